// Tokenizer: splits an article into paragraphs, sentences and tokens with ICU break iterators.
// Every token carries code-point and byte offsets into the original text; nothing is copied.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "docket/result.hpp"
#include "docket/span.hpp"
#include "docket/text_index.hpp"

namespace docket {

enum class TokenKind : uint8_t {
  Word,        // letters, possibly with inner apostrophes or dots ("don't", "U.S.")
  Number,      // digits, possibly with inner separators ("1,998", "3.5")
  Clitic,      // possessive "'s" / "’s" split from the word before it
  OpenQuote,   // “ ‘ « „ and straight quotes that open
  CloseQuote,  // ” ’ » and straight quotes that close
  Dash,        // - – — ‒ ―
  Punct,       // other punctuation
  Symbol,      // currency, math and other symbols, emoji
};

enum class Shape : uint8_t {
  Lower,        // "ruled"
  Capitalized,  // "Beeler", "McDonald" (first letter upper, rest not all upper)
  AllCaps,      // "CCP", "U.S."
  Digits,       // "2020"
  Mixed,        // "iPhone", "3pm", "A4"
  Other,        // punctuation, symbols
};

struct Token {
  Span span;                // code points
  uint32_t byte_begin = 0;  // bytes
  uint32_t byte_end = 0;
  uint32_t sentence = 0;   // index into Document::sentences
  uint32_t paragraph = 0;  // index into Document::paragraphs
  TokenKind kind = TokenKind::Word;
  Shape shape = Shape::Other;
  bool space_before = false;    // white space separates it from the previous token
  bool newline_before = false;  // a line break separates it from the previous token
};

// A run of tokens: a sentence or a paragraph.
struct Segment {
  Span span;                 // code points, from its first to its last token
  uint32_t first_token = 0;  // index of its first token
  uint32_t end_token = 0;    // one past its last token
  uint32_t paragraph = 0;    // for sentences: the paragraph holding it; for paragraphs: itself
};

struct Document {
  std::string_view text;  // the article as given (not owned)
  std::string lower;      // text lower-cased byte for byte (same offsets), for lexicon lookups
  TextIndex index;        // code point <-> byte offsets
  std::vector<Token> tokens;
  std::vector<Segment> sentences;
  std::vector<Segment> paragraphs;

  [[nodiscard]] std::string_view str(const Token& t) const {
    return text.substr(t.byte_begin, t.byte_end - t.byte_begin);
  }
  [[nodiscard]] std::string_view lower_str(const Token& t) const {
    return std::string_view(lower).substr(t.byte_begin, t.byte_end - t.byte_begin);
  }
  [[nodiscard]] std::string_view str(Span s) const { return index.slice(text, s); }
  // The code-point span from token i to token j (inclusive).
  [[nodiscard]] Span span(size_t i, size_t j) const {
    return {tokens[i].span.begin, tokens[j].span.end};
  }
};

class Lexicons;

// Sentence-boundary knowledge from lexicons/tokenizer/: abbreviations after which ICU's own
// suppression list still breaks ("U.S. Justice Department"), and the words that really do start a
// new sentence after an abbreviation ("... in the U.S. It was ...").
struct TokenizerRules {
  std::vector<std::string> no_break_after;     // lower-cased, with final period: "sen.", "u.s."
  std::vector<std::string> sentence_starters;  // lower-cased: "the", "it", "but"
  static Result<TokenizerRules> compile(const Lexicons& lex);
  [[nodiscard]] bool keeps_sentence(std::string_view abbrev_lower,
                                    std::string_view next_lower) const;
};

// Holds ICU break iterators, which are costly to create: make one per thread and reuse it.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Tokenizes valid UTF-8 text. The Document views `text`, which must outlive it.
  // With `rules`, sentence breaks after known abbreviations are undone unless a sentence starter
  // follows.
  [[nodiscard]] Document tokenize(std::string_view text, const TokenizerRules* rules = nullptr);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace docket
