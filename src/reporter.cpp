#include "docket/reporter.hpp"

#include <algorithm>

#include "docket/entities/lexicon.hpp"
#include "docket/lexicons.hpp"
#include "reporter/common.hpp"

namespace docket {
namespace {

constexpr const char* kOutcomes[] = {"blocked",   "halted",    "upheld",   "overturned",
                                     "ordered",   "fined",     "approved", "banned",
                                     "rejected",  "dismissed", "granted",  "sentenced",
                                     "convicted", "acquitted", "extended", "other"};

bool known_outcome(std::string_view s) {
  return std::find(std::begin(kOutcomes), std::end(kOutcomes), s) != std::end(kOutcomes);
}

// Lower-cases ASCII and collapses runs of spaces, so "Struck  Down" matches "struck down".
std::string normalise_phrase(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Reads `name` into `table`; `check` vets the second column (nullptr: no second column to check).
Result<bool> load_table(const Lexicons& lex, std::string_view name, PhraseTable& table,
                        bool (*check)(std::string_view), std::string_view what,
                        bool (*extra_ok)(std::string_view) = nullptr,
                        std::string_view extra_what = "") {
  const LexiconFile& f = lex.file(name);
  for (const LexiconEntry& e : f.entries) {
    CuePhrase p{normalise_phrase(e[0]), std::string(e.get(1)), std::string(e.get(2))};
    if (check && !check(p.value))
      return f.error_at(e, "unknown " + std::string(what) + " '" + p.value + "'");
    if (!p.extra.empty() && !extra_ok(p.extra))
      return f.error_at(e, "unknown " + std::string(extra_what) + " '" + p.extra + "'");
    table.add(std::move(p));
  }
  return true;
}

std::vector<std::string> word_list(const Lexicons& lex, std::string_view name) {
  std::vector<std::string> out;
  for (const LexiconEntry& e : lex.file(name).entries) out.push_back(normalise_phrase(e[0]));
  std::sort(out.begin(), out.end());
  return out;
}

bool is_mode(std::string_view s) {
  return s == "noun" || s == "weak" || s == "intent" || s == "opening" || s == "body";
}
bool stands_for(std::string_view s) {
  return s.empty() || s == "court" || s == "country";
}
bool is_position(std::string_view s) {
  return s == "before" || s == "clause";
}
bool is_status(std::string_view s) {
  return parse_status(s).has_value();
}

}  // namespace

void PhraseTable::add(CuePhrase phrase) {
  const std::string first = phrase.text.substr(0, phrase.text.find(' '));
  by_first_word_[first].push_back(std::move(phrase));
}

const CuePhrase* PhraseTable::match(const Document& doc, size_t i, size_t end, size_t* last) const {
  const std::vector<CuePhrase>* phrases = by_first_word_.find(doc.lower_str(doc.tokens[i]));
  if (!phrases) return nullptr;
  const CuePhrase* best = nullptr;
  size_t best_last = 0;
  for (const CuePhrase& p : *phrases) {
    // Token texts and the spaces between them must spell the phrase exactly.
    std::string_view rest = p.text;
    for (size_t j = i; j < end; ++j) {
      if (j > i && doc.tokens[j].space_before) {
        if (rest.empty() || rest.front() != ' ') break;
        rest.remove_prefix(1);
      }
      const std::string_view w = doc.lower_str(doc.tokens[j]);
      if (!rest.starts_with(w)) break;
      rest.remove_prefix(w.size());
      if (rest.empty()) {
        if (!best || j > best_last) best = &p, best_last = j;
        break;
      }
    }
  }
  if (best && last) *last = best_last;
  return best;
}

Result<ReporterLexicon> ReporterLexicon::compile(const Lexicons& lex) {
  ReporterLexicon rl;
  for (const auto& r :
       {load_table(lex, "reporter/deadline_cues.tsv", rl.deadline_cues, is_position, "position",
                   is_status, "status"),
        load_table(lex, "reporter/status_cues.tsv", rl.status_cues, is_status, "status"),
        load_table(lex, "reporter/grounds_cues.tsv", rl.grounds_cues, nullptr, ""),
        load_table(lex, "reporter/ruling_verbs.tsv", rl.ruling_verbs, known_outcome, "outcome",
                   is_mode, "mode (noun, weak, intent, opening or body)"),
        load_table(lex, "reporter/decision_cues.tsv", rl.decision_cues, known_outcome, "outcome"),
        load_table(lex, "reporter/authority_roles.tsv", rl.authority_roles, stands_for,
                   "'stands for' (court or country)")}) {
    if (!r) return r.error();
  }
  rl.authority_words = word_list(lex, "reporter/authority_roles.tsv");
  rl.blockers = word_list(lex, "reporter/blockers.tsv");
  rl.stop_words = word_list(lex, "reporter/stop_words.tsv");
  rl.non_deciders = word_list(lex, "reporter/non_deciders.tsv");
  const LexiconFile& cw = lex.file("reporter/clause_words.tsv");
  for (const LexiconEntry& e : cw.entries) {
    const std::string_view kind = e[1];
    std::vector<std::string>* into = kind == "opener"        ? &rl.clause_openers
                                     : kind == "auxiliary"   ? &rl.auxiliaries
                                     : kind == "preposition" ? &rl.prepositions
                                     : kind == "determiner"  ? &rl.determiners
                                     : kind == "speech"      ? &rl.speech_words
                                                             : nullptr;
    if (!into)
      return cw.error_at(e, "unknown kind '" + std::string(kind) +
                                "' (opener, auxiliary, preposition, determiner or speech)");
    into->push_back(normalise_phrase(e[0]));
  }
  const LexiconFile& tm = lex.file("reporter/tense_markers.tsv");
  for (const LexiconEntry& e : tm.entries) {
    std::string w = normalise_phrase(e[0]);
    const bool ending = w.starts_with('*');
    if (ending) w.erase(0, 1);
    if (e[1] == "future" && !ending)
      rl.future_words.push_back(std::move(w));
    else if (e[1] == "past")
      (ending ? rl.past_endings : rl.past_words).push_back(std::move(w));
    else
      return tm.error_at(e, "expected tense 'past' or 'future' (endings only for past)");
  }
  for (auto* v : {&rl.determiners, &rl.speech_words, &rl.future_words, &rl.past_words,
                  &rl.clause_openers, &rl.auxiliaries, &rl.prepositions})
    std::sort(v->begin(), v->end());
  return rl;
}

Report build_report(const Document& doc, const EntityResult& entities,
                    const std::vector<Timex>& dates, const std::vector<Quote>& quotes,
                    const ReferenceDate& ref, const Lexicons& lex) {
  const ReporterLexicon& rl = lex.reporter();
  reporter_detail::ActorIndex actors = reporter_detail::index_actors(doc, entities, dates, rl);
  // "the Dutch parliament" acts for the Netherlands when the article names the country
  const auto& demonyms = lex.entities().tables->demonym_country;
  for (size_t k = 0; k < entities.actors.size(); ++k) {
    const Actor& a = entities.actors[k];
    if (a.type != EntityType::Place) continue;
    for (const auto& [demonym, country] : demonyms)
      if (country == a.name) actors.nation.emplace(demonym, static_cast<int>(k));
  }
  Report r;
  r.deadlines = reporter_detail::find_deadlines(doc, actors, dates, ref, rl);
  r.rulings = reporter_detail::find_rulings(doc, entities, actors, dates, quotes, rl);
  return r;
}

const char* to_string(DeadlineStatus s) {
  switch (s) {
    case DeadlineStatus::Scheduled:
      return "scheduled";
    case DeadlineStatus::Extended:
      return "extended";
    case DeadlineStatus::Halted:
      return "halted";
    case DeadlineStatus::Met:
      return "met";
    case DeadlineStatus::Missed:
      return "missed";
    case DeadlineStatus::Unknown:
      return "unknown";
  }
  return "unknown";
}

std::optional<DeadlineStatus> parse_status(std::string_view s) {
  for (auto st : {DeadlineStatus::Scheduled, DeadlineStatus::Extended, DeadlineStatus::Halted,
                  DeadlineStatus::Met, DeadlineStatus::Missed, DeadlineStatus::Unknown})
    if (s == to_string(st)) return st;
  return std::nullopt;
}

}  // namespace docket
