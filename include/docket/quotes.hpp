// Quotes: finds direct and partial quotations and attributes each to its speaker.
// A pure function of (Document, actors, Lexicons); speech verbs and cues live in lexicons/quotes/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "docket/entities.hpp"
#include "docket/result.hpp"
#include "docket/span.hpp"
#include "docket/tokenizer.hpp"

namespace docket {

class Lexicons;

struct Quote {
  Span span;                   // first to last quoted character, marks excluded
  std::vector<Span> segments;  // the quoted pieces when an attribution interrupts the quote
  std::optional<Span> speaker_mention;  // the name, title or pronoun the speaker was read from
  int speaker_actor = -1;               // index into the actors, or -1
  std::string speaker_description;      // for an unnamed speaker ("a White House spokesman")
  std::string cue;                      // the speech verb or cue phrase ("said", "according to")
  bool partial = false;                 // a quoted phrase inside the reporter's own sentence
  uint32_t paragraph = 0;
};

// The compiled quote vocabulary (speech verbs, cue phrases, pronouns, ...).
class QuoteLexicon {
 public:
  static Result<QuoteLexicon> compile(const Lexicons& lex);

  enum class VerbKind : uint8_t { Speech, Term };
  enum class Side : uint8_t { Before, After };  // where a cue phrase's speaker stands
  enum class Kind : uint8_t { Person, Organization, Group, Self };
  struct Phrase {
    std::string text;  // lower case, single spaces
    Side side = Side::Before;
  };
  struct Description {
    Kind kind = Kind::Person;
    std::string role;
  };

  // Lookups take lower-cased words.
  [[nodiscard]] const VerbKind* verb(std::string_view w) const;
  [[nodiscard]] const std::vector<Phrase>* phrases_starting(std::string_view first_word) const;
  [[nodiscard]] const Kind* pronoun(std::string_view w) const;
  [[nodiscard]] const Description* description(std::string_view w) const;
  [[nodiscard]] bool modifier(std::string_view w) const { return modifiers_.count(w) > 0; }
  [[nodiscard]] bool boundary(std::string_view w) const { return boundaries_.count(w) > 0; }
  [[nodiscard]] bool determiner(std::string_view w) const { return determiners_.count(w) > 0; }
  [[nodiscard]] bool negation(std::string_view w) const { return negations_.count(w) > 0; }
  [[nodiscard]] const std::vector<std::string>& scare_cues() const { return scare_cues_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  Map<VerbKind> verbs_;
  Map<std::vector<Phrase>> phrases_;  // by first word
  Map<Kind> pronouns_;
  Map<Description> descriptions_;
  Map<bool> modifiers_, boundaries_, determiners_, negations_;
  std::vector<std::string> scare_cues_;
};

std::vector<Quote> extract_quotes(const Document& doc, const EntityResult& entities,
                                  const Lexicons& lex);
std::vector<Quote> extract_quotes(const Document& doc, const EntityResult& entities,
                                  const QuoteLexicon& lex);

}  // namespace docket
