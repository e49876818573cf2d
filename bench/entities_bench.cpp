// Entities extractor microbenchmark: actors over an already tokenized synthetic article.
#include <benchmark/benchmark.h>

#include "synthetic.hpp"

namespace {

using docket::bench::Prepared;
using docket::bench::set_bytes;

void BM_Entities(benchmark::State& state) {
  const Prepared p(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(docket::extract_entities(p.doc, p.lex));
  set_bytes(state, p);
}
BENCHMARK(BM_Entities)->Arg(32 << 10);

}  // namespace
