// Tokenizer microbenchmark: ICU segmentation plus docket's token, sentence and paragraph records.
#include <benchmark/benchmark.h>

#include "synthetic.hpp"

namespace {

void BM_Tokenize(benchmark::State& state) {
  const auto lex = *docket::Lexicons::load();
  const std::string text = docket::bench::synthetic_article(static_cast<size_t>(state.range(0)));
  docket::Tokenizer tok;
  for (auto _ : state) benchmark::DoNotOptimize(tok.tokenize(text, &lex.tokenizer()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize)->Arg(2 << 10)->Arg(32 << 10);

// Pure ASCII text takes the fast paths (no code-point table, no decoding).
void BM_TokenizeAscii(benchmark::State& state) {
  const auto lex = *docket::Lexicons::load();
  std::string text = docket::bench::synthetic_article(static_cast<size_t>(state.range(0)));
  for (char& c : text)
    if (static_cast<unsigned char>(c) >= 0x80) c = '"';
  docket::Tokenizer tok;
  for (auto _ : state) benchmark::DoNotOptimize(tok.tokenize(text, &lex.tokenizer()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TokenizeAscii)->Arg(32 << 10);

// What building the ICU iterators costs: paid once per worker thread, not per article.
void BM_TokenizerConstruction(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(docket::Tokenizer());
}
BENCHMARK(BM_TokenizerConstruction);

void BM_LexiconsLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(docket::Lexicons::load());
}
BENCHMARK(BM_LexiconsLoad);

}  // namespace
