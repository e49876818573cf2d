// JsonWriter: the Summary as JSON, schema "docket/1" (fields documented in README.md).
// The scorers in ../shared/eval read the same shape (see CONTRACT.md there).
#pragma once

#include <ostream>
#include <string>

#include "docket/summary.hpp"

namespace docket {

// Which item lists a writer prints; all by default (--only narrows it).
struct Sections {
  bool actors = true, dates = true, quotes = true, deadlines = true, rulings = true;
  bool segments = false;  // sentence and paragraph spans (--segments)
};

// Appends one pretty-printed object (indent 2), or one line with `compact` (JSON Lines), without
// a final newline. Written straight into `out`, no document tree. Throws std::runtime_error on a
// string that is not valid UTF-8 (a span cut inside a character is a bug, not something to hide).
void append_json(std::string& out, const Summary& s, const Sections& sections, bool compact);

// The same, then a newline, to a stream.
void write_json(std::ostream& out, const Summary& s, const Sections& sections, bool compact);

}  // namespace docket
