// docket command-line interface: a thin shell over the library (flags, files, output, exit codes).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "batch_run.hpp"
#include "docket/docket.hpp"
#include "docket/input.hpp"
#include "docket/json_writer.hpp"
#include "docket/text_writer.hpp"
#include "exit_status.hpp"
#include "heap.hpp"
#include "interrupt.hpp"
#include "jsonl_stream.hpp"
#include "options.hpp"
#include "walk.hpp"

namespace {

using namespace docket::cli;  // exit statuses (exit_status.hpp)

constexpr const char* kFooter = R"(Examples:
  docket story.txt                                 readable report on a terminal
  docket < story.txt > story.json                  JSON when the output is not a terminal
  docket --format json --reference-date 2020-09-20 story.txt
  docket --format jsonl a.txt b.txt c.txt          one JSON object per line, per article
  docket --only deadlines,rulings story.txt        only those lists
  docket --format tsv --only deadlines story.txt | sort | cut -f1,3     dates and actions
  docket --lexicons my-lexicons/ story.txt         overlay your own word lists (lexicons/README.md)
  docket --include '*.txt' archive/ > all.jsonl    a whole tree, one line per article
  docket --out-dir out/ --skip-existing archive/   one NAME.json per article; resumable
  docket --input jsonl < articles.jsonl            stream {"id","text","reference_date"} lines

Relative dates ("on Saturday") resolve against --reference-date, else a dateline in the article
("WASHINGTON, Sept. 19 (Reuters) -"), else stay underspecified (XXXX-09-19); never today's date.

Exit status: 0 all inputs analysed; 1 some input could not be read or decoded (the others were
still analysed and printed); 2 bad options or lexicons; 3 output could not be written;
4 internal error; 130 interrupted by Ctrl-C (results finished before it are kept).)";

struct Cli {
  std::vector<std::string> paths;
  std::string format;  // "" = auto
  std::string reference_date;
  std::string lexicons;
  std::vector<std::string> only;
  std::string color = "auto";
  size_t max_bytes = 10u << 20;
  bool segments = false;
  std::string encoding;  // "" = detect
  bool partial_quotes = true;
};

bool stdout_is_terminal() {
  return isatty(STDOUT_FILENO) == 1;
}

}  // namespace

int main(int argc, char** argv) try {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe becomes a write error we report, not a crash

  Cli cli;
  CLI::App app{
      "docket — who is involved, what must happen by when, and what was decided by whom, in a news "
      "article.\n"
      "Reads UTF-8 text from each PATH (or standard input when there is none, or for '-') and "
      "prints\n"
      "its actors, dates, quotes, deadlines and rulings, each tied to the text that supports it.",
      "docket"};
  app.footer(kFooter);
  app.get_formatter()->column_width(34);
  app.add_option("PATH", cli.paths, "Article files to analyse ('-' is standard input)");
  app.add_option(
         "-f,--format", cli.format,
         "Output format: json, jsonl, text or tsv (default: text on a terminal, json otherwise)")
      ->check(CLI::IsMember({"json", "jsonl", "text", "tsv"}));
  app.add_option("-r,--reference-date", cli.reference_date,
                 "Date that relative dates resolve against (YYYY-MM-DD)");
  app.add_option("--lexicons", cli.lexicons,
                 "Directory of lexicon files overlaying the built-in ones")
      ->check(CLI::ExistingDirectory);
  app.add_option("--only", cli.only,
                 "Print only these lists: actors, dates, quotes, deadlines, rulings")
      ->check(CLI::IsMember({"actors", "dates", "quotes", "deadlines", "rulings"}))
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--color", cli.color, "Colour in the text report: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--max-bytes", cli.max_bytes, "Refuse inputs larger than this many bytes")
      ->capture_default_str();
  app.add_option(
      "--encoding", cli.encoding,
      "Read inputs in this encoding (e.g. windows-1252, UTF-16) instead of detecting it");
  app.add_flag("--segments", cli.segments, "Also print sentence and paragraph spans (JSON)");
  app.add_flag("--partial-quotes,!--no-partial-quotes", cli.partial_quotes,
               "Report quoted phrases inside the reporter's own sentences (default; "
               "--no-partial-quotes for full quotations only)");
  docket::cli::BatchOptions batch;
  docket::cli::add_batch_options(app, batch);
  app.set_version_flag("-V,--version", std::string("docket ") + docket::version());

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }

  docket::Options base;
  base.partial_quotes = cli.partial_quotes;
  if (!cli.reference_date.empty()) {
    base.reference_date = docket::CivilDate::parse(cli.reference_date);
    if (!base.reference_date) {
      std::cerr << "docket: --reference-date: '" << cli.reference_date
                << "' is not a date of the form YYYY-MM-DD\n";
      return kExitUsage;
    }
  }
  docket::cli::prefer_huge_heap_pages();  // before the lexicons fill the heap
  // The first worker's ICU break iterators need nothing from the lexicons and take half as long
  // to build as they take to load: for a one-article run that is a fifth of its time, so build
  // them on a second thread meanwhile. (A JSONL stream makes its own.)
  std::future<docket::Tokenizer> ready;
  if (batch.input != "jsonl")
    ready = std::async(std::launch::async, [] { return docket::Tokenizer(); });
  auto lex = docket::Lexicons::load(
      cli.lexicons.empty() ? std::nullopt : std::optional<std::filesystem::path>(cli.lexicons));
  if (!lex) {
    std::cerr << "docket: " << lex.error().message << '\n';
    return kExitUsage;
  }

  docket::Sections sections;
  sections.segments = cli.segments;
  if (!cli.only.empty()) {
    sections.actors = sections.dates = sections.quotes = sections.deadlines = sections.rulings =
        false;
    for (const auto& o : cli.only) {
      if (o == "actors") sections.actors = true;
      if (o == "dates") sections.dates = true;
      if (o == "quotes") sections.quotes = true;
      if (o == "deadlines") sections.deadlines = true;
      if (o == "rulings") sections.rulings = true;
    }
  }
  if (cli.paths.empty()) cli.paths.emplace_back("-");
  const docket::cli::WalkResult inputs = docket::cli::collect_inputs(cli.paths, batch.include);
  const bool many = inputs.files.size() > 1 || inputs.any_directory;
  if (inputs.files.empty() && batch.input != "jsonl") {
    // Only directories were named and they hold nothing to analyse: most likely a wrong path
    // or --include glob, which a script should hear about rather than get empty output.
    std::cerr << "docket: no input files found (check the paths and --include)\n";
    return kExitInputFailed;
  }
  const bool tty = stdout_is_terminal();
  std::string format = cli.format;
  if (format.empty())
    format = !batch.out_dir.empty() ? "json" : tty ? "text" : (many ? "jsonl" : "json");
  if (!batch.out_dir.empty() && format == "text") {
    std::cerr << "docket: --out-dir writes JSON files: use --format json or jsonl with it\n";
    return kExitUsage;
  }
  if (batch.skip_existing && batch.out_dir.empty()) {
    std::cerr << "docket: --skip-existing needs --out-dir\n";
    return kExitUsage;
  }
  docket::TextStyle style;
  style.color =
      cli.color == "always" ||
      (cli.color == "auto" && tty &&
       std::getenv("NO_COLOR") == nullptr);  // NOLINT(concurrency-mt-unsafe): no setenv anywhere

  docket::cli::RunConfig cfg;
  cfg.format = format;
  cfg.sections = sections;
  cfg.style = style;
  cfg.limits.max_bytes = cli.max_bytes;
  if (!cli.encoding.empty()) {
    auto known = docket::check_encoding_name(cli.encoding);
    if (!known) {
      std::cerr << "docket: --encoding: " << known.error().message << '\n';
      return kExitUsage;
    }
    cfg.limits.encoding = cli.encoding;
  }
  cfg.base = base;
  cfg.batch = batch;
  // Collected before the signal handler goes in, so that the main thread is the one to see it.
  std::optional<docket::Tokenizer> tokenizer;
  if (ready.valid()) tokenizer.emplace(ready.get());
  docket::cli::install_interrupt_handler();
  const int rc = batch.input == "jsonl"
                     ? docket::cli::run_jsonl_stream(cfg, *lex)
                     : docket::cli::run_batch(inputs, cfg, *lex, std::move(tokenizer));
  // The run has flushed and checked its output. Freeing the lexicons' tens of thousands of small
  // allocations one by one would cost about a third of a one-article run's analysis, for a
  // process that is ending: leave the memory to the OS.
  std::cout.flush();
  std::fflush(nullptr);
  std::_Exit(rc);
} catch (const std::exception& e) {  // a bug or out of memory: say so instead of aborting
  std::cerr << "docket: internal error: " << e.what() << '\n';
  return kExitInternal;
}
