// Options: what a caller may set for one analysis, independent of how docket was invoked.
// Plain data, copied freely; the CLI fills it from its flags.
#pragma once

#include <optional>
#include <string>

#include "docket/calendar.hpp"

namespace docket {

struct Options {
  // The date relative expressions resolve against. When unset, a dateline in the article is used;
  // failing that, relative dates stay underspecified (never the machine's "today").
  std::optional<CivilDate> reference_date;
  // How the article is named in the output ("-" for standard input).
  std::string source = "-";
  // The encoding the article was read as (see input.hpp), reported with the results.
  std::string encoding = "UTF-8";
  // Report partial quotations (a quoted phrase inside the reporter's own sentence, flagged
  // "partial"). On by default: they are quotations with speakers; off keeps full quotations only.
  bool partial_quotes = true;
};

}  // namespace docket
