#include "docket/text_writer.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <string>

#include "docket/utf8.hpp"

namespace docket {
namespace {

struct Painter {
  bool on;
  [[nodiscard]] std::string bold(std::string_view s) const { return wrap("1", s); }
  [[nodiscard]] std::string dim(std::string_view s) const { return wrap("2", s); }
  [[nodiscard]] std::string head(std::string_view s) const { return wrap("1;36", s); }
  [[nodiscard]] std::string mark(std::string_view s) const { return wrap("33", s); }
  [[nodiscard]] std::string wrap(std::string_view code, std::string_view s) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  }
};

// Collapses runs of white space (line breaks included) so evidence prints on one line.
std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Cuts to at most `width` code points, with an ellipsis.
std::string clip(std::string s, size_t width) {
  if (utf8::count_code_points(s) <= width) return s;
  size_t i = 0, n = 0;
  while (i < s.size() && n + 1 < width) {
    i += utf8::sequence_length(static_cast<unsigned char>(s[i]));
    ++n;
  }
  s.resize(i);
  return s + "…";
}

std::string actor_name(const Summary& s, int index, const std::string& description) {
  if (index >= 0 && static_cast<size_t>(index) < s.actors.size())
    return s.actors[static_cast<size_t>(index)].name;
  return description.empty() ? "(unattributed)" : description;
}

}  // namespace

void write_text(std::ostream& out, const Summary& s, const Sections& sec, const TextStyle& style) {
  const Painter p{style.color};
  const auto w = static_cast<size_t>(std::max(40, style.width));
  out << p.bold(s.headline.empty() ? s.source : one_line(s.str(s.headline))) << '\n';
  out << p.dim(fmt::format("{} · {} sentences, {} paragraphs · reference date {} ({})", s.source,
                           s.counts.sentences, s.counts.paragraphs,
                           s.reference.date ? s.reference.date->iso() : "unknown",
                           to_string(s.reference.source)))
      << "\n";

  if (sec.actors) {
    out << '\n' << p.head(fmt::format("Actors ({})", s.actors.size())) << '\n';
    size_t name_w = 4;
    for (const Actor& a : s.actors)
      name_w = std::max(name_w, std::min<size_t>(32, utf8::count_code_points(a.name)));
    for (const Actor& a : s.actors) {
      const std::string name = clip(a.name, 32);
      const size_t pad = name_w - std::min(name_w, utf8::count_code_points(name));
      out << "  " << p.bold(name) << std::string(pad, ' ') << "  "
          << fmt::format("{:<13}", to_string(a.type))
          << fmt::format("{:<18}", a.role.empty() ? "" : clip(a.role, 17))
          << p.dim(fmt::format("×{}", a.mentions.size())) << '\n';
    }
  }
  if (sec.deadlines) {
    out << '\n' << p.head(fmt::format("Deadlines ({})", s.deadlines.size())) << '\n';
    std::vector<const Deadline*> ds;
    for (const auto& d : s.deadlines) ds.push_back(&d);
    std::stable_sort(ds.begin(), ds.end(), [](auto* a, auto* b) { return a->date < b->date; });
    for (const Deadline* d : ds) {
      std::string who;
      for (int a : d->actors) who += (who.empty() ? "" : ", ") + actor_name(s, a, "");
      out << "  " << p.bold(fmt::format("{:<12}", d->date))
          << p.mark(fmt::format("{:<10}", to_string(d->status)))
          << clip(one_line(d->action), w - 26) << (who.empty() ? "" : p.dim(" — " + who)) << '\n';
      if (!d->evidence.empty())
        out << "      " << p.dim(clip(one_line(s.str(d->evidence.front())), w - 6)) << '\n';
    }
  }
  if (sec.rulings) {
    out << '\n' << p.head(fmt::format("Rulings ({})", s.rulings.size())) << '\n';
    for (const Ruling& r : s.rulings) {
      out << "  " << p.bold(actor_name(s, r.by_actor, r.by_description)) << " " << p.mark(r.outcome)
          << (r.date.empty() ? "" : " on " + r.date) << ": " << clip(one_line(r.decision), w - 30)
          << '\n';
      if (!r.grounds.empty()) out << "      grounds: " << clip(one_line(r.grounds), w - 16) << '\n';
      if (!r.evidence.empty())
        out << "      " << p.dim(clip(one_line(s.str(r.evidence.front())), w - 6)) << '\n';
    }
  }
  if (sec.quotes) {
    out << '\n' << p.head(fmt::format("Quotes ({})", s.quotes.size())) << '\n';
    // Grouped under their speakers, speakers in order of first quote.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const Quote*>> by;
    for (const Quote& q : s.quotes) {
      const std::string who = actor_name(s, q.speaker_actor, q.speaker_description);
      if (!by.count(who)) order.push_back(who);
      by[who].push_back(&q);
    }
    for (const auto& who : order) {
      out << "  " << p.bold(who) << '\n';
      for (const Quote* q : by[who]) {
        // An interrupted quotation prints its pieces, not the attribution between them.
        std::string words;
        for (Span seg : q->segments.size() > 1 ? q->segments : std::vector<Span>{q->span})
          words += (words.empty() ? "" : " … ") + one_line(s.str(seg));
        out << "    “" << clip(words, w - 8) << "”\n";
      }
    }
  }
  if (sec.dates) {
    out << '\n' << p.head(fmt::format("Dates ({})", s.dates.size())) << '\n';
    for (const Timex& t : s.dates) {
      out << "  " << fmt::format("{:<14}", t.value) << fmt::format("{:<10}", to_string(t.type))
          << clip(one_line(s.str(t.span)), w - 26)
          << p.dim(fmt::format("  ({})", to_string(t.anchored))) << '\n';
    }
  }
}

}  // namespace docket
