// analyze_one: runs raw bytes through the whole pipeline and checks what every output must satisfy.
// Shared by the libFuzzer target and the fuzz-regression test, so both check the same invariants.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "docket/docket.hpp"
#include "docket/input.hpp"
#include "docket/json_writer.hpp"
#include "docket/text_writer.hpp"

namespace docket::fuzz {

[[noreturn]] inline void broken(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

inline void check_span(const Summary& s, Span sp, const char* what) {
  if (sp.begin > sp.end || sp.end > s.counts.characters) broken(what);
}

// Decodes `bytes` like the CLI does; when they are accepted, analyses them and writes both
// reports. Aborts (a crash for the fuzzer) when a span leaves the text or a writer fails.
inline void analyze_one(Analyzer& analyzer, std::string_view bytes) {
  InputLimits limits;
  limits.max_bytes = 1u << 20;
  auto decoded = decode_input(std::string(bytes), limits);
  if (!decoded) {
    if (decoded.error().message.empty()) broken("empty error message");
    return;
  }
  Options opt;
  opt.reference_date = CivilDate{2020, 9, 20};
  opt.source = "fuzz";
  opt.encoding = decoded->encoding;
  const Summary s = analyzer.analyze(decoded->text, opt);
  check_span(s, s.headline, "headline");
  for (Span sp : s.sentences) check_span(s, sp, "sentence");
  for (Span sp : s.paragraphs) check_span(s, sp, "paragraph");
  for (const Actor& a : s.actors)
    for (const Mention& m : a.mentions) check_span(s, m.span, "actor mention");
  for (const Timex& t : s.dates) check_span(s, t.span, "date");
  for (const Quote& q : s.quotes) {
    check_span(s, q.span, "quote");
    for (Span sp : q.segments) check_span(s, sp, "quote segment");
    if (q.speaker_mention) check_span(s, *q.speaker_mention, "speaker mention");
  }
  for (const Deadline& d : s.deadlines) {
    check_span(s, d.date_span, "deadline date");
    for (Span sp : d.evidence) check_span(s, sp, "deadline evidence");
  }
  for (const Ruling& r : s.rulings)
    for (Span sp : r.evidence) check_span(s, sp, "ruling evidence");
  Sections all;
  all.segments = true;
  // append_json throws on invalid UTF-8, e.g. a span cut inside a character.
  std::string json;
  append_json(json, s, all, true);
  if (!nlohmann::json::accept(json)) broken("invalid JSON");
  std::ostringstream text;
  write_text(text, s, all, TextStyle{});
  if (!text) broken("text writer failed");
}

}  // namespace docket::fuzz
