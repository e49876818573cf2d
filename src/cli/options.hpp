// Batch options: the flags for runs over many articles (directories, jobs, out-dir, streaming).
// Kept apart from the single-article flags in main.cpp so each set can grow without the other.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "docket/input.hpp"
#include "docket/json_writer.hpp"
#include "docket/options.hpp"
#include "docket/text_writer.hpp"

namespace docket::cli {

struct BatchOptions {
  std::vector<std::string> include;  // globs a walked file's name must match (any of them)
  unsigned jobs = 0;                 // 0: one per core
  std::string out_dir;               // write NAME.json files here instead of stdout
  bool skip_existing = false;        // with out_dir: leave inputs whose output exists alone
  bool quiet = false;                // no progress bar and no summary line
  std::string input = "text";        // "text" files, or "jsonl" records on stdin
};

void add_batch_options(CLI::App& app, BatchOptions& batch);

// The number of worker threads for `items` inputs (0: unknown, as when streaming).
unsigned effective_jobs(const BatchOptions& batch, size_t items);

// How every article of a run is analysed and printed; the same for all of them.
struct RunConfig {
  std::string format;  // json, jsonl or text
  Sections sections;
  TextStyle style;
  InputLimits limits;
  Options base;  // reference date; source is set per article
  BatchOptions batch;
};

}  // namespace docket::cli
