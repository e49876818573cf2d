#include "docket/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>
#include <type_traits>

namespace docket {
namespace {

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7: no overlong forms, no
// surrogates, nothing past U+10FFFF), or 0.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto cont = [](unsigned c, unsigned lo = 0x80, unsigned hi = 0xBF) { return c >= lo && c <= hi; };
  const unsigned c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return cont(at(1)) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) && cont(at(3)) ? 4 : 0;
  }
  return 0;
}

// Writes JSON tokens in order, with nlohmann::json's dump() layout: `compact` as dump(), else as
// dump(2). Only whether the open container has an element yet needs tracking: once a child closes,
// its parent has one.
class Out {
 public:
  Out(std::string& out, bool compact) : out_(out), compact_(compact) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  Out& key(std::string_view k) {
    element();
    string(k);
    out_ += compact_ ? ":" : ": ";
    after_key_ = true;
    return *this;
  }
  void value(std::string_view v) {
    element();
    string(v);
  }
  void value(const std::string& v) { value(std::string_view(v)); }
  void value(const char* v) { value(std::string_view(v)); }
  void value(bool v) {
    element();
    out_ += v ? "true" : "false";
  }
  template <typename Int, std::enable_if_t<std::is_integral_v<Int>, int> = 0>
  void value(Int v) {
    element();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<size_t>(r.ptr - buf));
  }
  void value(double v) {
    element();
    if (!std::isfinite(v)) {
      out_ += "null";
      return;
    }
    // nlohmann's own shortest round-trip formatting, so numbers read as before
    char buf[64];
    const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<size_t>(end - buf));
  }
  void null() {
    element();
    out_ += "null";
  }
  // A string, or null when it is empty.
  void string_or_null(std::string_view v) {
    if (v.empty())
      null();
    else
      value(v);
  }
  // {"start": .., "end": ..}
  void span_bounds(Span sp) {
    begin_object();
    key("start").value(sp.begin);
    key("end").value(sp.end);
    end_object();
  }

 private:
  // Separator and indentation before an element of the open container.
  void element() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (!first_) out_ += ',';
    first_ = false;
    newline();
  }
  void newline() {
    if (compact_) return;
    out_ += '\n';
    out_.append(depth_ * 2, ' ');
  }
  void open(char c) {
    element();
    out_ += c;
    ++depth_;
    first_ = true;
  }
  void close(char c) {
    --depth_;
    if (!first_) newline();
    out_ += c;
    first_ = false;
  }
  void string(std::string_view v) {
    out_ += '"';
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < v.size();) {
      const auto c = static_cast<unsigned char>(v[i]);
      if (c >= 0x80) {
        const size_t n = utf8_sequence(v, i);
        if (n == 0)
          throw std::runtime_error("JSON output: invalid UTF-8 byte at index " + std::to_string(i));
        i += n;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      out_.append(v.data() + run, i - run);
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default: {
          static const char* hex = "0123456789abcdef";
          out_ += "\\u00";
          out_ += hex[c >> 4];
          out_ += hex[c & 15];
        }
      }
      run = ++i;
    }
    out_.append(v.data() + run, v.size() - run);
    out_ += '"';
  }

  std::string& out_;
  bool compact_;
  size_t depth_ = 0;
  bool first_ = true;
  bool after_key_ = false;
};

// {"start", "end", "text"} plus whatever the caller adds before closing it.
void open_span(Out& o, const Summary& s, Span sp) {
  o.begin_object();
  o.key("start").value(sp.begin);
  o.key("end").value(sp.end);
  o.key("text").value(s.str(sp));
}

void span_object(Out& o, const Summary& s, Span sp) {
  open_span(o, s, sp);
  o.end_object();
}

void span_list(Out& o, const Summary& s, const std::vector<Span>& spans) {
  o.begin_array();
  for (Span sp : spans) span_object(o, s, sp);
  o.end_array();
}

void bounds_list(Out& o, const std::vector<Span>& spans) {
  o.begin_array();
  for (Span sp : spans) o.span_bounds(sp);
  o.end_array();
}

std::string_view actor_id(const Summary& s, int index) {
  return index >= 0 && static_cast<size_t>(index) < s.actors.size()
             ? std::string_view(s.actors[static_cast<size_t>(index)].id)
             : std::string_view();
}

// An actor's id, else the description of someone who is not an actor, else null.
void actor_ref(Out& o, const Summary& s, int index, const std::string& description) {
  if (index >= 0)
    o.value(actor_id(s, index));
  else
    o.string_or_null(description);
}

void actors(Out& o, const Summary& s) {
  o.begin_array();
  for (const Actor& a : s.actors) {
    o.begin_object();
    o.key("id").value(a.id);
    o.key("name").value(a.name);
    o.key("type").value(to_string(a.type));
    o.key("role").string_or_null(a.role);
    o.key("salience").value(a.salience);
    o.key("mention_count").value(a.mentions.size());
    o.key("mentions").begin_array();
    for (const Mention& m : a.mentions) {
      open_span(o, s, m.span);
      if (!m.title.empty()) o.key("title").value(m.title);
      o.end_object();
    }
    o.end_array();
    o.end_object();
  }
  o.end_array();
}

void dates(Out& o, const Summary& s) {
  o.begin_array();
  for (const Timex& t : s.dates) {
    open_span(o, s, t.span);
    o.key("type").value(to_string(t.type));
    o.key("value").value(t.value);
    if (!t.mod.empty()) o.key("mod").value(t.mod);
    o.key("anchored").value(to_string(t.anchored));
    o.end_object();
  }
  o.end_array();
}

void quotes(Out& o, const Summary& s) {
  o.begin_array();
  for (const Quote& q : s.quotes) {
    open_span(o, s, q.span);
    if (q.segments.size() > 1) bounds_list(o.key("segments"), q.segments);
    actor_ref(o.key("speaker"), s, q.speaker_actor, q.speaker_description);
    o.key("speaker_mention");
    if (q.speaker_mention)
      span_object(o, s, *q.speaker_mention);
    else
      o.null();
    o.key("cue").string_or_null(q.cue);
    o.key("partial").value(q.partial);
    o.end_object();
  }
  o.end_array();
}

void deadlines(Out& o, const Summary& s) {
  o.begin_array();
  for (const Deadline& d : s.deadlines) {
    o.begin_object();
    o.key("date").value(d.date);
    o.key("date_text").value(s.str(d.date_span));
    o.key("action").value(d.action);
    o.key("actors").begin_array();
    for (int a : d.actors) o.value(actor_id(s, a));
    o.end_array();
    o.key("status").value(to_string(d.status));
    o.key("cue").string_or_null(d.cue);
    span_list(o.key("evidence"), s, d.evidence);
    o.end_object();
  }
  o.end_array();
}

void rulings(Out& o, const Summary& s) {
  o.begin_array();
  for (const Ruling& r : s.rulings) {
    o.begin_object();
    actor_ref(o.key("by"), s, r.by_actor, r.by_description);
    o.key("decision").value(r.decision);
    o.key("outcome").value(r.outcome);
    o.key("date").string_or_null(r.date);
    o.key("grounds").string_or_null(r.grounds);
    span_list(o.key("evidence"), s, r.evidence);
    o.end_object();
  }
  o.end_array();
}

}  // namespace

void append_json(std::string& out, const Summary& s, const Sections& sec, bool compact) {
  Out o(out, compact);
  o.begin_object();
  o.key("schema").value("docket/1");
  o.key("source").value(s.source);
  o.key("encoding").value(s.encoding);
  o.key("reference_date");
  if (s.reference.date)
    o.value(s.reference.date->iso());
  else
    o.null();
  o.key("reference_date_source").value(to_string(s.reference.source));
  o.key("counts").begin_object();
  o.key("characters").value(s.counts.characters);
  o.key("bytes").value(s.counts.bytes);
  o.key("tokens").value(s.counts.tokens);
  o.key("sentences").value(s.counts.sentences);
  o.key("paragraphs").value(s.counts.paragraphs);
  o.end_object();
  o.key("headline").string_or_null(s.headline.empty() ? std::string_view() : s.str(s.headline));
  if (sec.actors) actors(o.key("actors"), s);
  if (sec.dates) dates(o.key("dates"), s);
  if (sec.quotes) quotes(o.key("quotes"), s);
  if (sec.deadlines) deadlines(o.key("deadlines"), s);
  if (sec.rulings) rulings(o.key("rulings"), s);
  if (sec.segments) {
    bounds_list(o.key("sentences"), s.sentences);
    bounds_list(o.key("paragraphs"), s.paragraphs);
  }
  o.end_object();
}

void write_json(std::ostream& out, const Summary& s, const Sections& sections, bool compact) {
  std::string text;
  append_json(text, s, sections, compact);
  text += '\n';
  out << text;
}

}  // namespace docket
