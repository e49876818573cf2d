// TsvWriter: the Summary as tab-separated lines for shell tools (sort, cut, awk, grep).
// One item per line under one header line per list; tabs, newlines and backslashes escaped.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "docket/json_writer.hpp"
#include "docket/summary.hpp"

namespace docket {

// Each selected list prints as a header line, "#" followed by its column names, then one line
// per item. Columns (spans are code-point offsets, start inclusive, end exclusive):
//   actors     id name type role salience mentions first_start first_end
//   dates      value type text start end anchored
//   quotes     speaker speaker_id cue partial start end text
//   deadlines  date date_text action status actors cue start end evidence
//   rulings    by by_id outcome date decision grounds start end evidence
// Lists of names are joined with "; ". `start`/`end`/`evidence` are the first evidence sentence.
// A missing value is an empty field. "\t", "\n", "\r" and "\\" inside a field are escaped as
// those two-character sequences, so every item stays on one line.
void write_tsv(std::ostream& out, const Summary& s, const Sections& sections);

// A field with tab, newline, carriage return and backslash escaped.
std::string tsv_escape(std::string_view field);

}  // namespace docket
