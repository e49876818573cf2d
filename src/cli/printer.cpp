#include "printer.hpp"

#include <cstdio>

#include "exit_status.hpp"
#include "interrupt.hpp"

namespace docket::cli {
namespace {

bool put(std::string_view s) {
  return s.empty() || std::fwrite(s.data(), 1, s.size(), stdout) == s.size();
}

}  // namespace

Printer::Printer(std::string format, bool array, bool flush_each, Progress& progress)
    : format_(std::move(format)), array_(array), flush_each_(flush_each), progress_(progress) {}

bool Printer::print(Outcome& o) {
  if (!o.warning.empty()) progress_.note("docket: " + o.source + ": " + o.warning);
  if (!o.error.empty()) progress_.note("docket: " + o.source + ": " + o.error);
  progress_.add(o.bytes, !o.error.empty(), o.skipped);
  bool ok = true;
  if (!o.out.empty()) {
    if (format_ == "text") {
      if (!first_) ok = put("\n" + std::string(60, '-') + "\n\n");
      ok = ok && put(o.out);
    } else if (format_ == "tsv") {
      // With one list per article the header line repeats unchanged: print it once, so that
      // `sort`/`cut` see one table. Several lists keep their headers to stay separable.
      std::string_view body = o.out;
      const size_t nl = body.find('\n');
      const bool one_header = body.starts_with('#') && body.find("\n#") == std::string_view::npos;
      if (one_header && nl != std::string_view::npos) {
        const std::string_view header = body.substr(0, nl + 1);
        if (header == tsv_header_)
          body.remove_prefix(nl + 1);
        else
          tsv_header_ = std::string(header);
      }
      ok = put(body);
    } else if (format_ == "json") {
      ok = put(array_ ? (first_ ? "[\n" : ",\n") : "") && put(o.out) && (array_ || put("\n"));
    } else {
      ok = put(o.out);
    }
    first_ = false;
  }
  ++printed_;
  if (flush_each_) ok = std::fflush(stdout) == 0 && ok;
  return ok && !std::ferror(stdout);
}

int Printer::finish(bool output_ok, bool show_summary) {
  if (array_) output_ok = put(first_ ? "[\n" : "") && put("\n]\n") && output_ok;
  output_ok = std::fflush(stdout) == 0 && !std::ferror(stdout) && output_ok;
  const std::string summary = progress_.finish();
  if (!output_ok) {
    std::fputs("docket: cannot write output (closed pipe or full disk)\n", stderr);
    return kExitOutput;
  }
  if (interrupted())
    std::fprintf(stderr, "docket: interrupted; the %s results before it are complete\n",
                 with_commas(printed_).c_str());
  if (show_summary) std::fprintf(stderr, "%s\n", summary.c_str());
  if (interrupted()) return kExitInterrupted;
  return progress_.failed() ? kExitInputFailed : kExitOk;
}

}  // namespace docket::cli
