// The streaming JSON writer against the nlohmann::json tree it replaced: byte-identical output,
// compact and pretty, for analysed articles and for hand-made summaries with awkward strings and
// numbers.
#include "docket/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "builtin_lexicons.hpp"
#include "docket/docket.hpp"

namespace docket {
namespace {

// The former writer, kept as the reference: a tree built field by field, then dump().
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

json reference_json(const Summary& s, const Sections& sec) {
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

std::string reference(const Summary& s, const Sections& sec, bool compact) {
  return reference_json(s, sec).dump(compact ? -1 : 2);
}
std::string streamed(const Summary& s, const Sections& sec, bool compact) {
  std::string out;
  append_json(out, s, sec, compact);
  return out;
}

void expect_identical(const Summary& s, const Sections& sec = {}) {
  for (bool compact : {true, false})
    EXPECT_EQ(streamed(s, sec, compact), reference(s, sec, compact));
}

Summary analysed(std::string_view text, const char* reference_date = "2021-03-04") {
  Options opt;
  opt.source = "story \"one\".txt";
  opt.reference_date = CivilDate::parse(reference_date);
  return analyze(text, opt, test::builtin_lexicons());
}

TEST(JsonWriter, AnalysedArticlesMatchTheTreeWriter) {
  const char* articles[] = {
      "Court halts plan\n\nA federal judge on Tuesday blocked the city's plan to close the "
      "shelter, ruling that officials had ignored the law. \"This is a victory,\" said Maria "
      "Lopez, a lawyer for the residents. The council must respond by March 15, the judge "
      "said.\n\nMayor Tom Baker said he would appeal. \"We disagree with the decision,\" he "
      "told reporters on Wednesday.",
      "LONDON (Reuters) - Acme Corp said on Monday it would cut 200 jobs by the end of next "
      "year. Shares in the company fell 3% in early trading.\n\nThe firm's chief executive, "
      "Jane Smith, said: \"We have to act now.\" Unions said they would ballot members next "
      "week.",
      "Café owners in Zürich — «les patrons» — met the regulator. \"Ça suffit,\" one said.",
      "",
      "no names here, only words\twith a tab\rand a carriage return.",
  };
  Sections all;
  all.segments = true;
  for (const char* text : articles) {
    const Summary s = analysed(text);
    expect_identical(s);
    expect_identical(s, all);
  }
  Sections some;
  some.actors = some.rulings = false;
  expect_identical(analysed(articles[0]), some);
}

TEST(JsonWriter, EscapesAndNumbersMatchTheTreeWriter) {
  Summary s;
  s.text = "A \"quoted\" back\\slash, a\x01 control\x1f char, \x7f, tab\t, é and 😀.\nEnd";
  s.index = TextIndex(s.text);
  s.source = "dir/with \"quotes\"\\and\bcontrol\f.txt";
  s.encoding = "windows-1252";
  s.reference.date = CivilDate::parse("2020-02-29");
  s.reference.source = ReferenceSource::Dateline;
  s.counts = {1, 2, 3, 4, std::numeric_limits<uint32_t>::max()};
  s.headline = {0, 10};
  s.sentences = {{0, 5}, {5, 50}};
  s.paragraphs = {{0, 50}};
  const double saliences[] = {0.0,  1.0,   0.1,   1.0 / 3, 2.5e-7,  1e21,
                              -0.0, 123.0, 1e300, NAN,     INFINITY};
  int n = 0;
  for (double sal : saliences) {
    Actor a;
    a.id = "a" + std::to_string(++n);
    a.name = "Name\n" + std::to_string(n);
    a.type = EntityType::Person;
    a.salience = sal;
    if (n % 2) a.role = "role\u00e9";
    Mention m;
    m.span = {static_cast<uint32_t>(n), static_cast<uint32_t>(n + 20)};
    if (n % 3) m.title = "Dr\t";
    a.mentions = {m, m};
    s.actors.push_back(a);
  }
  s.actors.push_back(Actor{});  // no mentions: an empty array
  Timex t;
  t.span = {2, 10};
  t.value = "2020-XX-XX";
  t.mod = "APPROX";
  s.dates = {t, Timex{}};
  Quote q;
  q.span = {3, 30};
  q.segments = {{3, 10}, {12, 30}};
  q.speaker_mention = Span{40, 43};
  q.speaker_actor = 1;
  q.cue = "said";
  q.partial = true;
  Quote unnamed;
  unnamed.speaker_description = "a \"spokesman\"";
  s.quotes = {q, unnamed, Quote{}};
  Deadline d;
  d.date = "2020-03-01";
  d.date_span = {0, 4};
  d.action = "pay\\up";
  d.actors = {0, 99, -1};
  d.evidence = {{0, 50}, {1, 2}};
  s.deadlines = {d, Deadline{}};
  Ruling r;
  r.by_actor = 2;
  r.decision = "blocked";
  r.outcome = "blocked";
  r.date = "2020";
  r.grounds = "\x02";
  Ruling by_court;
  by_court.by_description = "a court";
  s.rulings = {r, by_court, Ruling{}};
  Sections all;
  all.segments = true;
  expect_identical(s, all);
  expect_identical(Summary{}, all);
}

TEST(JsonWriter, RejectsInvalidUtf8LikeTheTreeWriter) {
  for (std::string bad :
       {"\xC3", "a\xC3(", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80"}) {
    Summary s;
    s.source = bad;
    std::string out;
    EXPECT_THROW(append_json(out, s, Sections{}, true), std::runtime_error) << bad;
    EXPECT_THROW((void)reference(s, Sections{}, true), nlohmann::json::exception) << bad;
  }
}

TEST(JsonWriter, WriteJsonEndsWithANewline) {
  const Summary s = analysed("Ann Lee said so on Monday.");
  std::ostringstream out;
  write_json(out, s, Sections{}, true);
  EXPECT_EQ(out.str(), reference(s, Sections{}, true) + "\n");
}

}  // namespace
}  // namespace docket
