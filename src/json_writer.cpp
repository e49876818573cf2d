#include "docket/json_writer.hpp"

namespace docket {
namespace {

using json = nlohmann::ordered_json;

json span_json(const Summary& s, Span sp) {
  json j;
  j["start"] = sp.begin;
  j["end"] = sp.end;
  j["text"] = std::string(s.str(sp));
  return j;
}

std::string actor_id(const Summary& s, int index) {
  return index >= 0 && static_cast<size_t>(index) < s.actors.size()
             ? s.actors[static_cast<size_t>(index)].id
             : std::string();
}

json actor_ref(const Summary& s, int index, const std::string& description) {
  if (index >= 0) return actor_id(s, index);
  if (!description.empty()) return description;
  return nullptr;
}

}  // namespace

json to_json(const Summary& s, const Sections& sec) {
  json j;
  j["schema"] = "docket/1";
  j["source"] = s.source;
  j["encoding"] = s.encoding;
  j["reference_date"] = s.reference.date ? json(s.reference.date->iso()) : json(nullptr);
  j["reference_date_source"] = to_string(s.reference.source);
  j["counts"] = {{"characters", s.counts.characters},
                 {"bytes", s.counts.bytes},
                 {"tokens", s.counts.tokens},
                 {"sentences", s.counts.sentences},
                 {"paragraphs", s.counts.paragraphs}};
  j["headline"] = s.headline.empty() ? json(nullptr) : json(std::string(s.str(s.headline)));

  if (sec.actors) {
    json arr = json::array();
    for (const Actor& a : s.actors) {
      json ja;
      ja["id"] = a.id;
      ja["name"] = a.name;
      ja["type"] = to_string(a.type);
      ja["role"] = a.role.empty() ? json(nullptr) : json(a.role);
      ja["salience"] = a.salience;
      ja["mention_count"] = a.mentions.size();
      json ms = json::array();
      for (const Mention& m : a.mentions) {
        json jm = span_json(s, m.span);
        if (!m.title.empty()) jm["title"] = m.title;
        ms.push_back(std::move(jm));
      }
      ja["mentions"] = std::move(ms);
      arr.push_back(std::move(ja));
    }
    j["actors"] = std::move(arr);
  }
  if (sec.dates) {
    json arr = json::array();
    for (const Timex& t : s.dates) {
      json jt = span_json(s, t.span);
      jt["type"] = to_string(t.type);
      jt["value"] = t.value;
      if (!t.mod.empty()) jt["mod"] = t.mod;
      jt["anchored"] = to_string(t.anchored);
      arr.push_back(std::move(jt));
    }
    j["dates"] = std::move(arr);
  }
  if (sec.quotes) {
    json arr = json::array();
    for (const Quote& q : s.quotes) {
      json jq = span_json(s, q.span);
      if (q.segments.size() > 1) {
        json segs = json::array();
        for (Span sp : q.segments) segs.push_back({{"start", sp.begin}, {"end", sp.end}});
        jq["segments"] = std::move(segs);
      }
      jq["speaker"] = actor_ref(s, q.speaker_actor, q.speaker_description);
      jq["speaker_mention"] = q.speaker_mention ? span_json(s, *q.speaker_mention) : json(nullptr);
      jq["cue"] = q.cue.empty() ? json(nullptr) : json(q.cue);
      jq["partial"] = q.partial;
      arr.push_back(std::move(jq));
    }
    j["quotes"] = std::move(arr);
  }
  if (sec.deadlines) {
    json arr = json::array();
    for (const Deadline& d : s.deadlines) {
      json jd;
      jd["date"] = d.date;
      jd["date_text"] = std::string(s.str(d.date_span));
      jd["action"] = d.action;
      json actors = json::array();
      for (int a : d.actors) actors.push_back(actor_id(s, a));
      jd["actors"] = std::move(actors);
      jd["status"] = to_string(d.status);
      jd["cue"] = d.cue.empty() ? json(nullptr) : json(d.cue);
      json ev = json::array();
      for (Span sp : d.evidence) ev.push_back(span_json(s, sp));
      jd["evidence"] = std::move(ev);
      arr.push_back(std::move(jd));
    }
    j["deadlines"] = std::move(arr);
  }
  if (sec.rulings) {
    json arr = json::array();
    for (const Ruling& r : s.rulings) {
      json jr;
      jr["by"] = actor_ref(s, r.by_actor, r.by_description);
      jr["decision"] = r.decision;
      jr["outcome"] = r.outcome;
      jr["date"] = r.date.empty() ? json(nullptr) : json(r.date);
      jr["grounds"] = r.grounds.empty() ? json(nullptr) : json(r.grounds);
      json ev = json::array();
      for (Span sp : r.evidence) ev.push_back(span_json(s, sp));
      jr["evidence"] = std::move(ev);
      arr.push_back(std::move(jr));
    }
    j["rulings"] = std::move(arr);
  }
  if (sec.segments) {
    json sents = json::array();
    for (Span sp : s.sentences) sents.push_back({{"start", sp.begin}, {"end", sp.end}});
    json paras = json::array();
    for (Span sp : s.paragraphs) paras.push_back({{"start", sp.begin}, {"end", sp.end}});
    j["sentences"] = std::move(sents);
    j["paragraphs"] = std::move(paras);
  }
  return j;
}

void write_json(std::ostream& out, const Summary& s, const Sections& sections, bool compact) {
  out << to_json(s, sections).dump(compact ? -1 : 2) << '\n';
}

}  // namespace docket
