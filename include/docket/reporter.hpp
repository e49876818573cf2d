// Reporter: reads deadlines and rulings out of the sentences around the extracted dates and actors.
// A pure function of the extractors' output; its cue words live in lexicons/reporter/.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docket/dates.hpp"
#include "docket/entities.hpp"
#include "docket/quotes.hpp"
#include "docket/result.hpp"
#include "docket/span.hpp"
#include "docket/string_map.hpp"
#include "docket/tokenizer.hpp"

namespace docket {

class Lexicons;

enum class DeadlineStatus : uint8_t { Scheduled, Extended, Halted, Met, Missed, Unknown };

struct Deadline {
  std::string date;         // TIMEX3 value of the date
  Span date_span;           // where the date was read
  std::string action;       // what must happen ("removed from US app stores")
  std::vector<int> actors;  // indices into the actors
  DeadlineStatus status = DeadlineStatus::Unknown;
  std::string cue;             // the cue that made it a deadline ("scheduled to", "by")
  std::vector<Span> evidence;  // the sentence(s) it was read from
};

struct Ruling {
  int by_actor = -1;           // index into the actors, or -1
  std::string by_description;  // for an unnamed authority ("a federal appeals court")
  std::string decision;        // the decision clause
  std::string outcome;         // one word: blocked, upheld, fined, ...
  std::string date;            // TIMEX3 value, or empty
  std::string grounds;         // "lack of evidence", or empty
  std::vector<Span> evidence;  // the sentence(s) it was read from
};

struct Report {
  std::vector<Deadline> deadlines;
  std::vector<Ruling> rulings;
};

// A cue phrase of a lexicon file ("no later than", "struck down") with the values it carries.
struct CuePhrase {
  std::string text;   // lower case, words separated by single spaces
  std::string value;  // second column (an outcome, a status, a position), or empty
  std::string extra;  // third column, or empty
};

// Cue phrases keyed by their first word, matched token by token against a Document.
class PhraseTable {
 public:
  void add(CuePhrase phrase);
  // The longest phrase that starts at token i and ends before token `end`, or nullptr; sets *last
  // to the index of its final token.
  const CuePhrase* match(const Document& doc, size_t i, size_t end, size_t* last) const;
  [[nodiscard]] bool empty() const { return by_first_word_.empty(); }

 private:
  StringMap<std::vector<CuePhrase>> by_first_word_;  // looked up at nearly every token
};

// The compiled reporter vocabulary (deadline cues, ruling verbs and outcomes, authority roles).
class ReporterLexicon {
 public:
  static Result<ReporterLexicon> compile(const Lexicons& lex);

  PhraseTable deadline_cues;  // value: "before" | "clause"; extra: implied status
  PhraseTable status_cues;    // value: status
  PhraseTable grounds_cues;
  PhraseTable ruling_verbs;     // value: outcome
  PhraseTable decision_cues;    // value: outcome
  PhraseTable authority_roles;  // words that mark a decider ("court", "attorney general")
  std::vector<std::string> authority_words;  // the same, as a sorted list for names and roles
  std::vector<std::string> blockers;         // sorted: "could", "may", "not", ...
  std::vector<std::string>
      non_deciders;                     // sorted: "report", "lawsuit": subjects that decide nothing
  std::vector<std::string> stop_words;  // sorted: words two decisions may share by chance
  std::vector<std::string>
      clause_openers;  // sorted: "that", "which", "but": a clause starts after them
  std::vector<std::string> auxiliaries;   // sorted: "will", "be", "to": an action starts after them
  std::vector<std::string> future_words;  // sorted: "will", "to": a clause that looks ahead
  std::vector<std::string> past_words;    // sorted: "was", "began": a clause that looks back
  std::vector<std::string> past_endings;  // "ed": regular past forms
  std::vector<std::string> determiners;   // sorted: "the", "its": a date after one qualifies a noun
  std::vector<std::string> speech_words;  // sorted: "said": who says a passive decision was made
  std::vector<std::string> prepositions;  // sorted: "on", "by": dropped from an action's end
};

Report build_report(const Document& doc, const EntityResult& entities,
                    const std::vector<Timex>& dates, const std::vector<Quote>& quotes,
                    const ReferenceDate& ref, const Lexicons& lex);

const char* to_string(DeadlineStatus s);
// The status named `s` ("halted"), or nullopt.
std::optional<DeadlineStatus> parse_status(std::string_view s);

}  // namespace docket
