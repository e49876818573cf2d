// docket: the library entry point — one article in, one Summary out.
// tokenizer -> entities, dates, quotes -> reporter; no global state, so threads share a Lexicons.
#pragma once

#include <string_view>
#include <utility>

#include "docket/lexicons.hpp"
#include "docket/options.hpp"
#include "docket/summary.hpp"
#include "docket/tokenizer.hpp"

namespace docket {

// Keeps the per-thread machinery (ICU break iterators) between articles: one per worker thread.
class Analyzer {
 public:
  explicit Analyzer(const Lexicons& lex) : lex_(&lex) {}
  // With a Tokenizer built beforehand (e.g. on another thread while the lexicons loaded).
  Analyzer(const Lexicons& lex, Tokenizer tokenizer)
      : lex_(&lex), tokenizer_(std::move(tokenizer)) {}
  // `text` must be valid UTF-8 (see input.hpp for reading and checking bytes).
  Summary analyze(std::string_view text, const Options& opt);

 private:
  const Lexicons* lex_;
  Tokenizer tokenizer_;
};

// One-shot convenience: builds the per-thread machinery for this call only.
Summary analyze(std::string_view text, const Options& opt, const Lexicons& lex);

const char* version();

}  // namespace docket
