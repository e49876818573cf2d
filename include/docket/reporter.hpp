// Reporter: reads deadlines and rulings out of the sentences around the extracted dates and actors.
// A pure function of the extractors' output; its cue words live in lexicons/reporter/.
#pragma once

#include <string>
#include <vector>

#include "docket/dates.hpp"
#include "docket/entities.hpp"
#include "docket/quotes.hpp"
#include "docket/result.hpp"
#include "docket/span.hpp"
#include "docket/tokenizer.hpp"

namespace docket {

class Lexicons;

enum class DeadlineStatus : uint8_t { Scheduled, Extended, Halted, Met, Missed, Unknown };

struct Deadline {
  std::string date;                 // TIMEX3 value of the date
  Span date_span;                   // where the date was read
  std::string action;               // what must happen ("removed from US app stores")
  std::vector<int> actors;          // indices into the actors
  DeadlineStatus status = DeadlineStatus::Unknown;
  std::string cue;                  // the cue that made it a deadline ("scheduled to", "by")
  std::vector<Span> evidence;       // the sentence(s) it was read from
};

struct Ruling {
  int by_actor = -1;                // index into the actors, or -1
  std::string by_description;       // for an unnamed authority ("a federal appeals court")
  std::string decision;             // the decision clause
  std::string outcome;              // one word: blocked, upheld, fined, ...
  std::string date;                 // TIMEX3 value, or empty
  std::string grounds;              // "lack of evidence", or empty
  std::vector<Span> evidence;       // the sentence(s) it was read from
};

struct Report {
  std::vector<Deadline> deadlines;
  std::vector<Ruling> rulings;
};

// The compiled reporter vocabulary (deadline cues, ruling verbs and outcomes, authority roles).
class ReporterLexicon {
 public:
  static Result<ReporterLexicon> compile(const Lexicons& lex);
};

Report build_report(const Document& doc, const EntityResult& entities, const std::vector<Timex>& dates,
                    const std::vector<Quote>& quotes, const ReferenceDate& ref, const Lexicons& lex);

const char* to_string(DeadlineStatus s);

}  // namespace docket
