// Dates extractor microbenchmark: timexes over an already tokenized synthetic article.
#include <benchmark/benchmark.h>

#include "synthetic.hpp"

namespace {

using docket::bench::Prepared;
using docket::bench::set_bytes;

void BM_Dates(benchmark::State& state) {
  const Prepared p(static_cast<size_t>(state.range(0)));
  const auto ref = docket::find_reference_date(p.doc, p.lex, p.opt);
  for (auto _ : state) benchmark::DoNotOptimize(docket::extract_dates(p.doc, p.lex, ref));
  set_bytes(state, p);
}
BENCHMARK(BM_Dates)->Arg(32 << 10);

}  // namespace
