#!/usr/bin/env bash
# Whole-process benchmark of docket over a corpus of article files, against the floor of ICU word
# segmentation alone over the same text (bench/icu_words.cpp), measured in the same run.
#
# usage: bench/run.sh [BUILD_DIR] [CORPUS_DIR]     (defaults: build, ../shared/corpora/bbc-fulltext/bbc)
# needs: hyperfine, /usr/bin/time (GNU), python3. Build first with -DCMAKE_BUILD_TYPE=Release.
# Figures are medians (the machines are shared and noisy); ratios come from this one run.
set -euo pipefail

build=${1:-build}
corpus=${2:-../shared/corpora/bbc-fulltext/bbc}
docket=$build/docket
icu=$build/bench/icu_words
runs=${RUNS:-7}
for tool in "$docket" "$icu"; do
  [[ -x $tool ]] || { echo "run.sh: $tool not built (cmake --build $build)" >&2; exit 2; }
done
command -v hyperfine >/dev/null || { echo "run.sh: hyperfine not installed" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$corpus" -name '*.txt' -not -path '*/.*' | LC_ALL=C sort >"$tmp/files"
articles=$(wc -l <"$tmp/files")
bytes=$(xargs -d '\n' cat <"$tmp/files" | wc -c)
one=$(head -1 "$tmp/files")

median() {  # median wall time in seconds from a hyperfine JSON export
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"
}
cpu() {  # mean user+sys CPU seconds per run from a hyperfine JSON export
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["user"]+r["system"])' "$1"
}
rate() { python3 -c "import sys; print(f'{$1/$2:.1f}')"; }

echo "corpus: $corpus ($articles articles, $bytes bytes); $("$docket" --version)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

icu_line=$(xargs -d '\n' "$icu" <"$tmp/files")
icu_mbs=$(sed -E 's/.* ([0-9.]+) MB\/s wall.*/\1/' <<<"$icu_line")
icu_cpu_mbs=$(sed -E 's/.* ([0-9.]+) MB\/s cpu$/\1/' <<<"$icu_line")
echo "$icu_line"

declare -A wall cpus
for jobs in 1 2; do
  hyperfine -i --style none --warmup 1 --runs "$runs" --export-json "$tmp/j$jobs.json" \
    "$docket -q --jobs $jobs --include '*.txt' $corpus > /dev/null" >/dev/null
  wall[$jobs]=$(median "$tmp/j$jobs.json")
  cpus[$jobs]=$(cpu "$tmp/j$jobs.json")
done
hyperfine --style none -N --warmup 20 --runs 300 --export-json "$tmp/one.json" "$docket $one" >/dev/null
one_ms=$(python3 -c "print(f'{$(median "$tmp/one.json")*1000:.2f}')")

peak_rss() {  # KB
  /usr/bin/time -v -o "$tmp/time.txt" "$docket" -q --jobs "$1" --include '*.txt' "$corpus" >/dev/null 2>&1 || true
  sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$tmp/time.txt"
}
rss1=$(peak_rss 1)
rss2=$(peak_rss 2)

mbs1=$(rate "$bytes/1e6" "${wall[1]}")
mbs2=$(rate "$bytes/1e6" "${wall[2]}")
printf '\n%-44s %12s %12s\n' "measure" "value" "bar"
printf '%-44s %12s %12s\n' "ICU word segmentation alone (MB/s)" "$icu_mbs" "-"
printf '%-44s %12s %12s\n' "docket --jobs 1 wall (s, median of $runs)" "$(python3 -c "print(f'{${wall[1]}:.3f}')")" "-"
printf '%-44s %12s %12s\n' "docket --jobs 1 (MB/s)" "$mbs1" "-"
printf '%-44s %12s %12s\n' "docket --jobs 1 (articles/s)" "$(rate "$articles" "${wall[1]}")" "-"
printf '%-44s %12s %12s\n' "docket --jobs 1 CPU user+sys (s, mean)" "$(python3 -c "print(f'{${cpus[1]}:.3f}')")" "-"
printf '%-44s %12s %12s\n' "ICU alone, CPU time (MB/s)" "$icu_cpu_mbs" "-"
printf '%-44s %12s %12s\n' "docket --jobs 1, CPU time (MB/s)" "$(rate "$bytes/1e6" "${cpus[1]}")" "-"
printf '%-44s %12s %12s\n' "docket / ICU alone, CPU time" "$(python3 -c "print(f'{$bytes/1e6/${cpus[1]}/$icu_cpu_mbs:.2f}')")" ">= 0.50"
printf '%-44s %12s %12s\n' "docket --jobs 1 / ICU alone, wall" "$(python3 -c "print(f'{$mbs1/$icu_mbs:.2f}')")" ">= 0.50"
printf '%-44s %12s %12s\n' "docket --jobs 2 (MB/s)" "$mbs2" "-"
printf '%-44s %12s %12s\n' "docket --jobs 2 (articles/s)" "$(rate "$articles" "${wall[2]}")" "-"
printf '%-44s %12s %12s\n' "docket --jobs 2 wall (s, median of $runs)" "$(python3 -c "print(f'{${wall[2]}:.3f}')")" "-"
printf '%-44s %12s %12s\n' "docket --jobs 2 CPU user+sys (s, mean)" "$(python3 -c "print(f'{${cpus[2]}:.3f}')")" "-"
printf '%-44s %12s %12s\n' "docket --jobs 2 / --jobs 1" "$(python3 -c "print(f'{${wall[1]}/${wall[2]}:.2f}')")" ">= 1.80"
printf '%-44s %12s %12s\n' "one article, start-up incl. (ms, median)" "$one_ms" "<= 5"
printf '%-44s %12s %12s\n' "peak RSS whole corpus --jobs 1 (MB)" "$(rate "$rss1" 1024)" "<= 64"
printf '%-44s %12s %12s\n' "peak RSS whole corpus --jobs 2 (MB)" "$(rate "$rss2" 1024)" "<= 64"
