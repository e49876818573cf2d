// JSON writing microbenchmark: a Summary to one JSON Lines record, as batch runs print it.
#include <benchmark/benchmark.h>

#include <sstream>

#include "docket/json_writer.hpp"
#include "synthetic.hpp"

namespace {

void BM_JsonLine(benchmark::State& state) {
  const docket::bench::Prepared p(static_cast<size_t>(state.range(0)));
  docket::Analyzer analyzer(p.lex);
  const docket::Summary s = analyzer.analyze(p.text, p.opt);
  const docket::Sections sections;
  size_t bytes = 0;
  for (auto _ : state) {
    std::string line;
    docket::append_json(line, s, sections, true);
    bytes += line.size();
    benchmark::DoNotOptimize(line);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_JsonLine)->Arg(2 << 10)->Arg(32 << 10);

void BM_JsonPretty(benchmark::State& state) {
  const docket::bench::Prepared p(static_cast<size_t>(state.range(0)));
  docket::Analyzer analyzer(p.lex);
  const docket::Summary s = analyzer.analyze(p.text, p.opt);
  for (auto _ : state) {
    std::ostringstream out;
    docket::write_json(out, s, docket::Sections{}, false);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_JsonPretty)->Arg(32 << 10);

}  // namespace
