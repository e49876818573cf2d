// Summary: everything docket reports about one article, ready for a writer.
// It owns a copy of the text so that every span can be quoted after the input buffer is gone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docket/dates.hpp"
#include "docket/entities.hpp"
#include "docket/quotes.hpp"
#include "docket/reporter.hpp"
#include "docket/span.hpp"
#include "docket/text_index.hpp"

namespace docket {

struct Counts {
  uint32_t characters = 0;  // code points
  uint32_t bytes = 0;
  uint32_t tokens = 0;
  uint32_t sentences = 0;
  uint32_t paragraphs = 0;
};

struct Summary {
  std::string source;    // file name, or "-" for standard input
  std::string encoding;  // what the input bytes were read as; offsets refer to the decoded text
  std::string text;      // the article as analysed
  TextIndex index;       // code points <-> bytes of `text`
  ReferenceDate reference;
  Counts counts;
  Span headline;  // the first paragraph when it reads as a headline, else empty
  std::vector<Span> sentences;
  std::vector<Span> paragraphs;
  std::vector<Actor> actors;
  std::vector<Timex> dates;
  std::vector<Quote> quotes;
  std::vector<Deadline> deadlines;
  std::vector<Ruling> rulings;

  [[nodiscard]] std::string_view str(Span s) const { return index.slice(text, s); }
};

}  // namespace docket
