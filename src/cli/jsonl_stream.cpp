#include "jsonl_stream.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <exception>
#include <nlohmann/json.hpp>

#include "batch_run.hpp"
#include "exit_status.hpp"
#include "interrupt.hpp"
#include "render.hpp"
#include "worker_pool.hpp"

namespace docket::cli {
namespace {

bool fail(Outcome& o, std::string message) {
  o.error = std::move(message);
  o.out = error_record(o.source, o.error);
  return false;
}

}  // namespace

bool parse_jsonl_record(const std::string& line, size_t line_no, const RunConfig& cfg,
                        std::string& text, Options& opt, Outcome& o) {
  o.source = "line " + std::to_string(line_no);
  const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return fail(o, "not a JSON object");
  opt = cfg.base;
  if (auto id = j.find("id"); id != j.end() && !id->is_null())
    o.source = id->is_string() ? id->get<std::string>() : id->dump();
  opt.source = o.source;
  auto t = j.find("text");
  if (t == j.end() || !t->is_string()) return fail(o, "no \"text\" string");
  if (auto rd = j.find("reference_date"); rd != j.end() && !rd->is_null()) {
    if (!rd->is_string()) return fail(o, "\"reference_date\" is not a string");
    opt.reference_date = CivilDate::parse(rd->get_ref<const std::string&>());
    if (!opt.reference_date)
      return fail(o, "\"reference_date\" is not a date of the form YYYY-MM-DD");
  }
  auto decoded = decode_text(t->get<std::string>(), cfg.limits);
  if (!decoded) return fail(o, decoded.error().message);
  text = std::move(*decoded);
  return true;
}

int run_jsonl_stream(const RunConfig& cfg, const Lexicons& lex) {
  const unsigned jobs = effective_jobs(cfg.batch, 0);
  Progress progress(0, !cfg.batch.quiet && isatty(STDERR_FILENO) == 1);
  RunConfig line_cfg = cfg;
  line_cfg.format = "jsonl";  // one line out per line in, whatever --format says
  Printer printer("jsonl", false, /*flush_each=*/true, progress);
  Analyzers analyzers(lex, jobs);
  struct Slot {
    std::string line;
    size_t line_no = 0;
    Outcome o;
  };
  std::vector<Slot> slots(static_cast<size_t>(jobs) * 4);
  std::atomic<bool> output_ok{true};  // set by the emitting worker, read by the submitting loop
  OrderedPool pool(
      jobs, slots.size(),
      [&](size_t worker, size_t seq) {
        Slot& s = slots[seq % slots.size()];
        s.o = Outcome{};
        std::string text;
        Options opt;
        if (!parse_jsonl_record(s.line, s.line_no, line_cfg, text, opt, s.o)) return;
        s.o.bytes = text.size();
        try {
          s.o.out = render(analyzers[worker].analyze(text, opt), line_cfg);
        } catch (const std::exception& e) {
          fail(s.o, std::string("internal error: ") + e.what());
        }
      },
      [&](size_t seq) {
        Slot& s = slots[seq % slots.size()];
        if (output_ok) output_ok = printer.print(s.o);
        s = Slot{};
      });
  char* buf = nullptr;
  size_t cap = 0;
  size_t line_no = 0;
  while (output_ok && !interrupted()) {
    const ssize_t n = ::getline(&buf, &cap, stdin);
    if (n < 0) break;
    std::string line(buf, static_cast<size_t>(n));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    Slot& s = slots[pool.reserve() % slots.size()];
    s.line = std::move(line);
    s.line_no = ++line_no;
    pool.submit();
  }
  std::free(buf);
  pool.finish();
  return printer.finish(output_ok.load(), !cfg.batch.quiet && isatty(STDERR_FILENO) == 1);
}

}  // namespace docket::cli
