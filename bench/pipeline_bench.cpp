// Whole-library microbenchmark: one Analyzer reused over a synthetic article.
#include <benchmark/benchmark.h>

#include "synthetic.hpp"

namespace {

using docket::bench::Prepared;
using docket::bench::set_bytes;

// The whole library call: tokenizer, extractors and reporter, one Analyzer reused.
void BM_Analyze(benchmark::State& state) {
  const Prepared p(static_cast<size_t>(state.range(0)));
  docket::Analyzer analyzer(p.lex);
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.analyze(p.text, p.opt));
  set_bytes(state, p);
}
BENCHMARK(BM_Analyze)->Arg(2 << 10)->Arg(32 << 10);

}  // namespace
