#include "docket/dates.hpp"

#include "docket/lexicons.hpp"

namespace docket {

Result<DateLexicon> DateLexicon::compile(const Lexicons&) { return DateLexicon{}; }

ReferenceDate find_reference_date(const Document&, const Lexicons&, const Options& opt) {
  ReferenceDate ref;
  if (opt.reference_date) {
    ref.date = opt.reference_date;
    ref.source = ReferenceSource::Option;
  }
  return ref;
}

std::vector<Timex> extract_dates(const Document&, const Lexicons&, const ReferenceDate&) { return {}; }

const char* to_string(TimexType t) {
  switch (t) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
  }
  return "DATE";
}

const char* to_string(Anchoring a) {
  switch (a) {
    case Anchoring::Explicit: return "explicit";
    case Anchoring::Reference: return "reference";
    case Anchoring::Unresolved: return "unresolved";
  }
  return "unresolved";
}

const char* to_string(ReferenceSource s) {
  switch (s) {
    case ReferenceSource::Option: return "option";
    case ReferenceSource::Dateline: return "dateline";
    case ReferenceSource::None: return "none";
  }
  return "none";
}

}  // namespace docket
