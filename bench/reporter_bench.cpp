// Reporter microbenchmark: deadlines and rulings from the other stages' results.
#include <benchmark/benchmark.h>

#include "synthetic.hpp"

namespace {

using docket::bench::Prepared;
using docket::bench::set_bytes;

void BM_Reporter(benchmark::State& state) {
  const Prepared p(static_cast<size_t>(state.range(0)));
  const auto ref = docket::find_reference_date(p.doc, p.lex, p.opt);
  const auto entities = docket::extract_entities(p.doc, p.lex);
  const auto dates = docket::extract_dates(p.doc, p.lex, ref);
  const auto quotes = docket::extract_quotes(p.doc, entities, p.lex);
  for (auto _ : state)
    benchmark::DoNotOptimize(docket::build_report(p.doc, entities, dates, quotes, ref, p.lex));
  set_bytes(state, p);
}
BENCHMARK(BM_Reporter)->Arg(32 << 10);

}  // namespace
