#include "batch_run.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <exception>
#include <iostream>

#include "docket/input.hpp"
#include "exit_status.hpp"
#include "interrupt.hpp"
#include "output_files.hpp"
#include "printer.hpp"
#include "render.hpp"
#include "worker_pool.hpp"

namespace docket::cli {
namespace {

void analyse_file(const InputFile& in, const RunConfig& cfg, Analyzer& analyzer, unsigned worker,
                  Outcome& o) {
  o = Outcome{};
  o.source = in.is_stdin ? "<stdin>" : in.path;
  const bool to_files = !cfg.batch.out_dir.empty();
  std::filesystem::path target;
  if (to_files) {
    target = output_path(cfg.batch.out_dir, in.relative);
    std::error_code ec;
    if (cfg.batch.skip_existing && std::filesystem::exists(target, ec)) {
      o.skipped = true;
      return;
    }
  }
  auto text =
      in.is_stdin ? read_input_stream(std::cin, cfg.limits) : read_input_file(in.path, cfg.limits);
  if (!text) {
    o.error = text.error().message;
    if (cfg.format == "jsonl" && !to_files) o.out = error_record(in.path, o.error);
    return;
  }
  o.bytes = text->text.size();
  if (text->guessed) o.warning = encoding_warning(*text);
  try {
    Options opt = cfg.base;
    opt.source = in.path;
    opt.encoding = text->encoding;
    std::string rendered = render(analyzer.analyze(text->text, opt), cfg);
    if (!to_files) {
      o.out = std::move(rendered);
      return;
    }
    if (!rendered.ends_with('\n')) rendered += '\n';
    o.error = write_atomically(target, rendered, worker);
  } catch (const std::exception& e) {
    o.error = std::string("internal error: ") + e.what();
    if (cfg.format == "jsonl" && !to_files) o.out = error_record(in.path, o.error);
  }
}

}  // namespace

int run_batch(const WalkResult& inputs, const RunConfig& cfg, const Lexicons& lex,
              std::optional<Tokenizer> ready) {
  const auto& files = inputs.files;
  const bool batch = files.size() > 1 || inputs.any_directory;
  const unsigned jobs = effective_jobs(cfg.batch, files.size());
  Progress progress(files.size(), batch && !cfg.batch.quiet && isatty(STDERR_FILENO) == 1);
  const bool array = cfg.format == "json" && batch && cfg.batch.out_dir.empty();
  Printer printer(cfg.format, array, cfg.format == "jsonl", progress);

  Analyzers analyzers(lex, jobs, std::move(ready));
  std::vector<Outcome> slots(static_cast<size_t>(jobs) * 4);
  std::atomic<bool> output_ok{true};  // set by the emitting worker, read by the submitting loop
  OrderedPool pool(
      jobs, slots.size(),
      [&](size_t worker, size_t seq) {
        analyse_file(files[seq], cfg, analyzers[worker], static_cast<unsigned>(worker),
                     slots[seq % slots.size()]);
      },
      [&](size_t seq) {
        Outcome& o = slots[seq % slots.size()];
        if (output_ok) output_ok = printer.print(o);
        o = Outcome{};  // release the article's memory now, not when the slot is reused
      });
  for (size_t i = 0; i < files.size() && output_ok && !interrupted(); ++i) pool.submit();
  pool.finish();
  return printer.finish(output_ok.load(), batch && !cfg.batch.quiet);
}

}  // namespace docket::cli
