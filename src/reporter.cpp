#include "docket/reporter.hpp"

#include "docket/lexicons.hpp"

namespace docket {

Result<ReporterLexicon> ReporterLexicon::compile(const Lexicons&) { return ReporterLexicon{}; }

Report build_report(const Document&, const EntityResult&, const std::vector<Timex>&, const std::vector<Quote>&,
                    const ReferenceDate&, const Lexicons&) {
  return {};
}

const char* to_string(DeadlineStatus s) {
  switch (s) {
    case DeadlineStatus::Scheduled: return "scheduled";
    case DeadlineStatus::Extended: return "extended";
    case DeadlineStatus::Halted: return "halted";
    case DeadlineStatus::Met: return "met";
    case DeadlineStatus::Missed: return "missed";
    case DeadlineStatus::Unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace docket
