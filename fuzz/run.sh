#!/bin/sh
# Builds the libFuzzer target in build-fuzz/ and runs it for $1 seconds (default 60), one process.
# Usage: fuzz/run.sh [seconds]. New corpus entries go to build-fuzz/corpus (fuzz/corpus stays the
# hand-written seeds); a crash leaves its input in build-fuzz/artifacts/ and exits non-zero.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ $# -gt 0 ] && shift  # the rest are extra libFuzzer flags, e.g. -seed=1 -runs=20000
cmake -S . -B build-fuzz -DDOCKET_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDOCKET_TESTS=OFF -DDOCKET_BENCH=OFF >/dev/null
cmake --build build-fuzz --target analyze_fuzz -j2
mkdir -p build-fuzz/corpus build-fuzz/artifacts
exec build-fuzz/analyze_fuzz build-fuzz/corpus fuzz/corpus -dict=fuzz/docket.dict -max_len=4096 -timeout=10 \
  -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/ "$@"
