#include "docket/tsv_writer.hpp"

#include <fmt/format.h>

#include <initializer_list>

namespace docket {
namespace {

// Every row ends with the article's source, so rows of a batch run stay attributable.
void line(std::ostream& out, std::string_view source,
          std::initializer_list<std::string_view> fields) {
  for (std::string_view f : fields) out << tsv_escape(f) << '\t';
  out << tsv_escape(source) << '\n';
}

std::string actor_name(const Summary& s, int index, const std::string& description) {
  if (index >= 0 && static_cast<size_t>(index) < s.actors.size())
    return s.actors[static_cast<size_t>(index)].name;
  return description;
}

std::string actor_id(const Summary& s, int index) {
  return index >= 0 && static_cast<size_t>(index) < s.actors.size()
             ? s.actors[static_cast<size_t>(index)].id
             : std::string();
}

std::string num(uint32_t n) {
  return std::to_string(n);
}

}  // namespace

std::string tsv_escape(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (char c : field) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void write_tsv(std::ostream& out, const Summary& s, const Sections& sec) {
  if (sec.actors) {
    out << "#id\tname\ttype\trole\tsalience\tmentions\tfirst_start\tfirst_end\tsource\n";
    for (const Actor& a : s.actors) {
      const Span first = a.mentions.empty() ? Span{} : a.mentions.front().span;
      line(out, s.source,
           {a.id, a.name, to_string(a.type), a.role, fmt::format("{:.3f}", a.salience),
            num(a.mentions.size()), a.mentions.empty() ? "" : num(first.begin),
            a.mentions.empty() ? "" : num(first.end)});
    }
  }
  if (sec.dates) {
    out << "#value\ttype\ttext\tstart\tend\tanchored\tsource\n";
    for (const Timex& t : s.dates)
      line(out, s.source,
           {t.value, to_string(t.type), s.str(t.span), num(t.span.begin), num(t.span.end),
            to_string(t.anchored)});
  }
  if (sec.quotes) {
    out << "#speaker\tspeaker_id\tcue\tpartial\tstart\tend\ttext\tsource\n";
    for (const Quote& q : s.quotes)
      line(out, s.source,
           {actor_name(s, q.speaker_actor, q.speaker_description), actor_id(s, q.speaker_actor),
            q.cue, q.partial ? "yes" : "no", num(q.span.begin), num(q.span.end), s.str(q.span)});
  }
  if (sec.deadlines) {
    out << "#date\tdate_text\taction\tstatus\tactors\tcue\tstart\tend\tevidence\tsource\n";
    for (const Deadline& d : s.deadlines) {
      std::string who;
      for (int a : d.actors) who += (who.empty() ? "" : "; ") + actor_name(s, a, "");
      const Span ev = d.evidence.empty() ? Span{} : d.evidence.front();
      line(out, s.source,
           {d.date, s.str(d.date_span), d.action, to_string(d.status), who, d.cue, num(ev.begin),
            num(ev.end), s.str(ev)});
    }
  }
  if (sec.rulings) {
    out << "#by\tby_id\toutcome\tdate\tdecision\tgrounds\tstart\tend\tevidence\tsource\n";
    for (const Ruling& r : s.rulings) {
      const Span ev = r.evidence.empty() ? Span{} : r.evidence.front();
      line(out, s.source,
           {actor_name(s, r.by_actor, r.by_description), actor_id(s, r.by_actor), r.outcome, r.date,
            r.decision, r.grounds, num(ev.begin), num(ev.end), s.str(ev)});
    }
  }
}

}  // namespace docket
