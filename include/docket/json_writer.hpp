// JsonWriter: the Summary as JSON, schema "docket/1" (fields documented in README.md).
// The scorers in ../shared/eval read the same shape (see CONTRACT.md there).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "docket/summary.hpp"

namespace docket {

// Which item lists a writer prints; all by default (--only narrows it).
struct Sections {
  bool actors = true, dates = true, quotes = true, deadlines = true, rulings = true;
  bool segments = false;  // sentence and paragraph spans (--segments)
};

nlohmann::ordered_json to_json(const Summary& s, const Sections& sections = {});

// One pretty-printed object (indent 2), or one line with `compact` (JSON Lines).
void write_json(std::ostream& out, const Summary& s, const Sections& sections, bool compact);

}  // namespace docket
