// Printer: the single place a run writes to stdout and stderr, article by article in input order
// (separators between objects or reports, error lines, the progress bar and the summary line).
#pragma once

#include <cstdint>
#include <string>

#include "progress.hpp"

namespace docket::cli {

// What analysing one input produced; filled on a worker thread, printed by Printer.
struct Outcome {
  std::string source;
  std::string out;      // rendered result (or error record in JSON Lines), may be empty
  std::string error;    // why the input failed, "" when it did not
  std::string warning;  // e.g. the encoding was guessed; printed on stderr, the input still counts
  uint64_t bytes = 0;
  bool skipped = false;  // --skip-existing found its output already there
};

class Printer {
 public:
  // format: json, jsonl, tsv or text; `array`: several json objects go into one [ ... ] array.
  Printer(std::string format, bool array, bool flush_each, Progress& progress);
  // Prints one outcome; false when stdout cannot be written any more.
  bool print(Outcome& o);
  // Ends the run: closes an open array, flushes, prints the summary line when asked and says
  // why the run stopped early. Returns the exit status (exit_status.hpp).
  int finish(bool output_ok, bool show_summary);

 private:
  std::string format_;
  bool array_, flush_each_;
  Progress& progress_;
  bool first_ = true;
  std::string tsv_header_;  // the single TSV header printed so far, not repeated per article
  size_t printed_ = 0;
};

}  // namespace docket::cli
