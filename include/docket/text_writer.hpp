// TextWriter: the Summary as a short report for a person at a terminal.
// Cast by salience, deadlines by date, rulings, quotes under their speakers; colour on request.
#pragma once

#include <ostream>

#include "docket/json_writer.hpp"
#include "docket/summary.hpp"

namespace docket {

struct TextStyle {
  bool color = false;  // ANSI colours (the CLI turns them on for terminals)
  int width = 100;     // wrap evidence and quotes to this many columns
};

void write_text(std::ostream& out, const Summary& s, const Sections& sections,
                const TextStyle& style);

}  // namespace docket
