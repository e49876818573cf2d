// Render: one article's result as the text a run prints or stores, built on a worker thread so
// that formatting runs in parallel too; the run only concatenates these strings in order.
#pragma once

#include <string>
#include <string_view>

#include "docket/summary.hpp"
#include "options.hpp"

namespace docket::cli {

// json: indented object without final newline; jsonl: one line ending in '\n'; text: the report.
std::string render(const Summary& s, const RunConfig& cfg);

// {"source":…,"error":…} on one line ending in '\n': what JSON Lines output holds for a failure.
std::string error_record(std::string_view source, std::string_view message);

}  // namespace docket::cli
