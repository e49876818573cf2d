// Quotes: finds direct and partial quotations and attributes each to its speaker.
// A pure function of (Document, actors, Lexicons); speech verbs and cues live in lexicons/quotes/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "docket/entities.hpp"
#include "docket/result.hpp"
#include "docket/span.hpp"
#include "docket/tokenizer.hpp"

namespace docket {

class Lexicons;

struct Quote {
  Span span;                        // first to last quoted character, marks excluded
  std::vector<Span> segments;       // the quoted pieces when an attribution interrupts the quote
  std::optional<Span> speaker_mention;  // the name, title or pronoun the speaker was read from
  int speaker_actor = -1;           // index into the actors, or -1
  std::string speaker_description;  // for an unnamed speaker ("a White House spokesman")
  std::string cue;                  // the speech verb or cue phrase ("said", "according to")
  bool partial = false;             // a quoted phrase inside the reporter's own sentence
  uint32_t paragraph = 0;
};

// The compiled quote vocabulary (speech verbs, cue phrases, pronouns, ...).
class QuoteLexicon {
 public:
  static Result<QuoteLexicon> compile(const Lexicons& lex);
};

std::vector<Quote> extract_quotes(const Document& doc, const EntityResult& entities, const Lexicons& lex);

}  // namespace docket
