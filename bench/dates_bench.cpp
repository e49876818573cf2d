// Dates benchmark: throughput of extract_dates alone on a tokenized news-like document.
// Run: build/bench/dates_bench (the text repeats sentences written for this bench).
#include <benchmark/benchmark.h>

#include <string>

#include "docket/dates.hpp"
#include "docket/lexicons.hpp"
#include "docket/tokenizer.hpp"

namespace {

std::string sample_text() {
  const std::string para =
      "WASHINGTON - The judge ruled on Saturday that the ban, which was scheduled to take effect on "
      "Sunday, September 20th, could not go ahead. Shares fell 3% in the third quarter from a year "
      "earlier, and the company said it would cut 1,998 jobs over the next two years. A hearing is set "
      "for 10:30 a.m. EST next Friday; lawyers met every Monday for the past six months. Profit rose "
      "in fiscal 2019 and again last year, the firm said in a statement on Tuesday evening.\n\n";
  std::string s;
  while (s.size() < (1u << 20)) s += para;
  return s;
}

void BM_ExtractDates(benchmark::State& state) {
  static const auto lex = docket::Lexicons::load();
  const std::string text = sample_text();
  docket::Tokenizer tok;
  const docket::Document doc = tok.tokenize(text, &lex->tokenizer());
  docket::ReferenceDate ref;
  ref.date = docket::CivilDate::parse("2020-09-20");
  for (auto _ : state) {
    auto dates = docket::extract_dates(doc, *lex, ref);
    benchmark::DoNotOptimize(dates);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ExtractDates)->Unit(benchmark::kMillisecond);

}  // namespace
