// Pathological inputs of issue 8 at growing sizes: Google Benchmark fits the time to O(N) per
// shape (see the _BigO and _RMS rows). tests/bad_inputs/make_pathological.py writes the same
// shapes.
#include <benchmark/benchmark.h>

#include <string>

#include "docket/docket.hpp"

namespace {

// Repeats `unit(i)` until the text is `bytes` long.
template <typename Unit>
std::string grow(size_t bytes, Unit unit) {
  std::string s;
  s.reserve(bytes + 64);
  for (size_t i = 0; s.size() < bytes; ++i) s += unit(i);
  return s;
}

const char* const kWords[] = {"court", "ruling",   "minister", "said",
                              "the",   "deadline", "appeal",   "council"};
const char* const kNames[] = {"Alder",  "Birch",   "Cedar",  "Dunmore",
                              "Ellery", "Fenwick", "Garrow", "Hollis"};
const char* const kMarks[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D",
                              "'",  "\xE2\x80\x98", "\xE2\x80\x99"};
const char* const kDates[] = {"by 12 May 2020", "on March 3", "next Monday", "2020-09-20",
                              "until Friday"};

std::string one_line(size_t n) {
  return grow(n, [](size_t) {
    return std::string("The council said the appeal court would rule by Friday. ");
  });
}
std::string quotes(size_t n) {
  return grow(n, [](size_t i) { return std::string(kMarks[i % 6]) + kWords[i % 8] + " "; });
}
std::string capitalised(size_t n) {
  return grow(n, [](size_t i) { return std::string(kNames[i % 8]) + " "; });
}
std::string dates(size_t n) {
  return grow(n, [](size_t i) { return std::string(kDates[i % 5]) + ", "; });
}
// One ruling restated over and over: every restatement merges into the first ruling.
std::string rulings(size_t n) {
  return grow(n, [](size_t) { return std::string("The judges denied the appeal on Monday. "); });
}
std::string punctuation(size_t n) {
  return grow(
      n, [](size_t) { return std::string("!?.,;:\"'()[]{}-\xE2\x80\x94\xE2\x80\xA6...!!!???\n"); });
}

template <std::string (*Make)(size_t)>
void BM_Pathological(benchmark::State& state) {
  static const auto lex = docket::Lexicons::load();
  if (!lex) {
    state.SkipWithError(lex.error().message.c_str());
    return;
  }
  const std::string text = Make(static_cast<size_t>(state.range(0)));
  docket::Analyzer analyzer(*lex);
  docket::Options opt;
  opt.reference_date = docket::CivilDate{2020, 9, 20};
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.analyze(text, opt));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.SetComplexityN(static_cast<int64_t>(text.size()));
}

// 16 KB .. 1 MB, x4 steps: enough range for the O(N) fit to tell N from N log N or N^2.
#define DOCKET_PATHOLOGICAL(fn)           \
  BENCHMARK_TEMPLATE(BM_Pathological, fn) \
      ->RangeMultiplier(4)                \
      ->Range(16 << 10, 1 << 20)          \
      ->Unit(benchmark::kMillisecond)     \
      ->Complexity(benchmark::oN)

DOCKET_PATHOLOGICAL(one_line);
DOCKET_PATHOLOGICAL(quotes);
DOCKET_PATHOLOGICAL(capitalised);
DOCKET_PATHOLOGICAL(dates);
DOCKET_PATHOLOGICAL(punctuation);
DOCKET_PATHOLOGICAL(rulings);

}  // namespace
