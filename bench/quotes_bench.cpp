// Quotes extractor microbenchmark: quotes and speakers over a tokenized synthetic article.
#include <benchmark/benchmark.h>

#include "synthetic.hpp"

namespace {

using docket::bench::Prepared;
using docket::bench::set_bytes;

void BM_Quotes(benchmark::State& state) {
  const Prepared p(static_cast<size_t>(state.range(0)));
  const auto entities = docket::extract_entities(p.doc, p.lex);
  for (auto _ : state) benchmark::DoNotOptimize(docket::extract_quotes(p.doc, entities, p.lex));
  set_bytes(state, p);
}
BENCHMARK(BM_Quotes)->Arg(32 << 10);

}  // namespace
