// Dates: finds time expressions and normalises them to TimeML TIMEX3 types and values.
// A pure function of (Document, Lexicons, reference date); the rules' words live in
// lexicons/dates/.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "docket/calendar.hpp"
#include "docket/options.hpp"
#include "docket/result.hpp"
#include "docket/span.hpp"
#include "docket/tokenizer.hpp"

namespace docket {

class Lexicons;

enum class TimexType : uint8_t { Date, Time, Duration, Set };

// How a value was obtained: stated in full, resolved against the reference date, or left open.
enum class Anchoring : uint8_t { Explicit, Reference, Unresolved };

struct Timex {
  Span span;
  TimexType type = TimexType::Date;
  std::string value;  // TIMEX3 value: "2020-09-20", "XXXX-09-20", "P3D", "PRESENT_REF", ...
  std::string mod;    // TIMEX3 mod where one applies ("APPROX", "START", ...), else empty
  Anchoring anchored = Anchoring::Explicit;
  uint32_t sentence = 0;
  uint32_t first_token = 0, end_token = 0;  // the tokens it covers
};

enum class ReferenceSource : uint8_t { Option, Dateline, None };

struct ReferenceDate {
  std::optional<CivilDate> date;
  ReferenceSource source = ReferenceSource::None;
  std::optional<Span> evidence;  // the dateline it was read from, if any
};

// The compiled date vocabulary (month names, number words, holidays, relative cues, ...).
class DateLexicon {
 public:
  static Result<DateLexicon> compile(const Lexicons& lex);

  struct Tables;  // hashed word classes and phrase tables, defined in src/dates.cpp
  [[nodiscard]] const Tables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const Tables> tables_;
};

// The reference date: the option when given, else a dateline or publication line in the article.
ReferenceDate find_reference_date(const Document& doc, const Lexicons& lex, const Options& opt);

// Every time expression in the article, in text order, normalised against `ref`.
std::vector<Timex> extract_dates(const Document& doc, const Lexicons& lex,
                                 const ReferenceDate& ref);

const char* to_string(TimexType t);
const char* to_string(Anchoring a);
const char* to_string(ReferenceSource s);

}  // namespace docket
