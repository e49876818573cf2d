#include "options.hpp"

#include <algorithm>
#include <thread>

namespace docket::cli {

void add_batch_options(CLI::App& app, BatchOptions& batch) {
  app.add_option("--include", batch.include,
                 "In directories, analyse only files whose name matches one of these globs (e.g. "
                 "'*.txt'); repeatable")
      ->allow_extra_args(false)
      ->delimiter(',');
  app.add_option("-j,--jobs", batch.jobs,
                 "Analyse this many articles in parallel (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("-o,--out-dir", batch.out_dir,
                 "Write one NAME.json per input under this directory, mirroring the input tree");
  app.add_flag("--skip-existing", batch.skip_existing,
               "With --out-dir: skip inputs whose output file already exists (resume a run)");
  app.add_flag("-q,--quiet", batch.quiet, "No progress bar and no summary line on stderr");
  app.add_option(
         "--input", batch.input,
         "Input kind: text (files, default) or jsonl (one {\"id\",\"text\",\"reference_date\"} "
         "object per line on stdin, one result line out per line in)")
      ->check(CLI::IsMember({"text", "jsonl"}));
}

unsigned effective_jobs(const BatchOptions& batch, size_t items) {
  unsigned jobs = batch.jobs ? batch.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (items > 0 && items < jobs) jobs = static_cast<unsigned>(items);
  return jobs;
}

}  // namespace docket::cli
