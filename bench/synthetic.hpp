// Synthetic news text for the stage microbenchmarks: written for docket, no corpus text.
// Deterministic, so runs compare; a mix of names, dates, quotes, deadlines and rulings.
#pragma once

#include <benchmark/benchmark.h>

#include <string>

#include "docket/docket.hpp"

namespace docket::bench {

// About `bytes` bytes of news-like prose in paragraphs of a few sentences.
inline std::string synthetic_article(size_t bytes) {
  static const char* const kSentences[] = {
      "WASHINGTON, Sept. 19 (Reuters) - A federal judge on Saturday blocked the Commerce "
      "Department's ban.",
      "U.S. Magistrate Judge Laurel Beeler said the order was \"likely unlawful\" and set a "
      "hearing for Oct. 5.",
      "\xe2\x80\x9cWe will appeal,\xe2\x80\x9d said Anna Kowalski, a spokeswoman for the "
      "department.",
      "The company has until Nov. 12 to sell its U.S. operations, officials said on Friday.",
      "Lawmakers must approve the budget by the end of the month, Sen. Mark Ortiz told reporters.",
      "The court ruled 5-4 that the law stands; the dissent called it \"a grave mistake\".",
      "Prices rose 3.5% in 2019, to $1,998 a unit, the report published on 14 March 2020 showed.",
      "The board will meet again next Tuesday, and a decision is expected within two weeks.",
  };
  std::string out;
  size_t k = 0;
  while (out.size() < bytes) {
    for (int s = 0; s < 3; ++s, ++k) {
      out += kSentences[(k * 5) % (sizeof kSentences / sizeof kSentences[0])];
      out += ' ';
    }
    out += '\n';
  }
  return out;
}

// The pipeline's inputs for one article, built once outside the timed loop.
struct Prepared {
  Lexicons lex;
  std::string text;
  Document doc;
  Options opt;

  explicit Prepared(size_t bytes) : lex(*Lexicons::load()), text(synthetic_article(bytes)) {
    Tokenizer tok;
    doc = tok.tokenize(text, &lex.tokenizer());
    opt.reference_date = CivilDate::parse("2020-09-20");
  }
};

inline void set_bytes(benchmark::State& state, const Prepared& p) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * p.text.size()));
}

}  // namespace docket::bench
