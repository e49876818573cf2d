// Rulings: decisions by an authority. A ruling verb (ruling_verbs.tsv) is read with its decider:
// the agent after "by" in the passive, else the nearest actor or authority description before
// it in the sentence. Only deciders with power to decide (authority_roles.tsv, places) count.
#include <algorithm>
#include <cassert>
#include <set>

#include "common.hpp"

namespace docket::reporter_detail {
namespace {

constexpr size_t kSubjectReach = 20;  // tokens scanned back from a verb for its decider
constexpr size_t kAgentReach = 8;     // tokens scanned forward for a passive "by" agent
constexpr size_t kDescriptionWords = 6;
constexpr size_t kDecisionReach = 30;
constexpr size_t kDateAfterVerb = 3;    // "ruled on Friday that ..."
constexpr uint32_t kLeadSentences = 3;  // a headline and the first sentence or two
constexpr size_t kBenchReach = 400;     // tokens scanned back from "the judges" for their court

struct Decider {
  int actor = -1;
  std::string description;                // "a federal appeals court" when no actor is named
  std::string role;                       // its role word, stemmed ("court")
  std::optional<uint32_t> indefinite_at;  // where "a"/"an" opens the description
};

struct Found {
  Ruling ruling;
  uint32_t sentence = 0;
  std::string role;                       // the decider's role word when it is a description
  std::optional<uint32_t> indefinite_at;  // the description is indefinite ("an appeals court")
  bool complement = false;      // the decision is a "ruled that ..." complement, the clearest form
  std::set<std::string> words;  // content words of the decision, for merging restatements
};

bool is_word(const Token& t) {
  return t.kind == TokenKind::Word || t.kind == TokenKind::Number;
}

// Lower-case with a final plural "s" dropped, so "appeals" meets "Appeal".
std::string stem(std::string_view w) {
  std::string s(w);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (s.size() > 3 && s.back() == 's') s.pop_back();
  return s;
}

std::set<std::string> words_of(std::string_view text) {
  std::set<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '.' || text[i] == ',')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != ',') ++j;
    if (j > i) out.insert(stem(text.substr(i, j - i)));
    i = j;
  }
  return out;
}

// Whether token k ends an authority role phrase ("court", "attorney general").
bool ends_role(const Document& doc, size_t k, size_t lo, const ReporterLexicon& rl) {
  for (size_t back = 0; back < 3 && back + lo <= k; ++back) {
    size_t last = 0;
    if (rl.authority_roles.match(doc, k - back, k + 1, &last) && last == k) return true;
  }
  return false;
}

// Token j is no part of a mention, or part of a place that may qualify a description
// ("a Miami federal judge").
bool modifier_or_none(const EntityResult& ents, const ActorIndex& actors, size_t j) {
  const int a = actors.actor_of_token[j];
  return a < 0 || ents.actors[static_cast<size_t>(a)].type == EntityType::Place;
}

// An unnamed authority is taken for the named actor that holds its role word and shares enough
// words with it ("a US judge" for US Magistrate Judge Laurel Beeler). An indefinite description
// ("an appeals court") brings in someone new: it is an actor the article names only later (a lead
// that names the judge further down), never one it has named already.
int resolve(const std::set<std::string>& desc, const std::string& role, bool plural,
            std::optional<uint32_t> indefinite_at, const EntityResult& ents,
            const ActorIndex& actors) {
  int best = -1;
  size_t best_overlap = 0;
  const size_t need = std::min<size_t>(2, desc.size());
  for (size_t k = 0; k < ents.actors.size(); ++k) {
    const Actor& a = ents.actors[k];
    // "The judges" are a bench, not one judge the article names.
    if (!actors.authority[k] || (plural && a.type == EntityType::Person)) continue;
    if (indefinite_at && a.mentions.front().first_token < *indefinite_at) continue;
    std::set<std::string> aw = words_of(a.name);
    for (const std::string& w : words_of(a.role)) aw.insert(w);
    for (const Mention& m : a.mentions)
      for (const std::string& w : words_of(m.title)) aw.insert(w);
    size_t overlap = 0;
    for (const std::string& w : desc) overlap += aw.count(w);

    if (overlap >= need && overlap > best_overlap && aw.count(role))
      best = static_cast<int>(k), best_overlap = overlap;
  }
  if (best >= 0) return best;
  return -1;
}

// "The judges" (who stand for a court in authority_roles.tsv) are the nearest court named shortly
// before: their decision is the court's.
int bench_of(const Document& doc, size_t k, size_t first, const EntityResult& ents,
             const ActorIndex& actors, const ReporterLexicon& rl) {
  size_t last = 0;
  const CuePhrase* p = rl.authority_roles.match(doc, k, k + 1, &last);
  if (!p || p->value != "court") return -1;
  for (size_t j = first; j > 0 && first - j < kBenchReach;) {
    const int a = actors.actor_of_token[--j];
    if (a < 0 || !actors.authority[static_cast<size_t>(a)]) continue;
    const Actor& actor = ents.actors[static_cast<size_t>(a)];
    if (words_of(actor.name).count(p->value) || words_of(actor.role).count(p->value)) return a;
  }
  return -1;
}

// The description ending at role token k: back to its determiner, on over "of ..." to the verb.
Decider describe(const Document& doc, size_t k, size_t lo, size_t verb, const EntityResult& ents,
                 const ActorIndex& actors, const ReporterLexicon& rl) {
  size_t first = k;
  while (first > lo && k - first + 1 < kDescriptionWords) {
    const size_t p = first - 1;
    const Token& t = doc.tokens[p];
    const std::string_view w = doc.lower_str(t);
    if (w == "a" || w == "an" || w == "the") {
      first = p;
      break;
    }
    const bool hyphen = t.kind == TokenKind::Dash && !t.space_before;
    if ((!is_word(t) && !hyphen) ||
        (has_word(rl.stop_words, w) && !has_word(rl.authority_words, w)) ||
        has_word(rl.clause_openers, w) || !modifier_or_none(ents, actors, p))
      break;
    first = p;
  }
  size_t last = k;
  // On to the right over the rest of a name ("Government Accountability Office") and an "of"
  // phrase ("court of appeals", "board of elections"), short of the verb and of any date.
  int lower_after_of = 0;
  for (size_t j = k + 1; j < verb && j < k + 1 + kDescriptionWords; ++j) {
    const Token& t = doc.tokens[j];
    const std::string_view w = doc.lower_str(t);
    if (actors.in_date[j] || !is_word(t)) break;
    if (w == "of" || w == "for") {
      lower_after_of = 2;
      continue;
    }
    if (t.shape == Shape::Capitalized || t.shape == Shape::AllCaps) {
      last = j;
      continue;
    }
    if (lower_after_of > 0 && !has_word(rl.stop_words, w) && !has_word(rl.prepositions, w) &&
        !has_word(rl.auxiliaries, w) && !w.ends_with("ing") && !w.ends_with("ed")) {
      --lower_after_of;
      last = j;
      continue;
    }
    break;
  }

  Decider d;
  d.description = tokens_text(doc, first, last);
  d.role = stem(doc.lower_str(doc.tokens[k]));
  std::set<std::string> words;
  for (size_t i = first; i <= last; ++i) {
    const std::string_view w = doc.lower_str(doc.tokens[i]);
    if (is_word(doc.tokens[i]) && (!has_word(rl.stop_words, w) || has_word(rl.authority_words, w)))
      words.insert(stem(w));
  }
  const std::string_view head = doc.lower_str(doc.tokens[k]);
  const std::string_view det = doc.lower_str(doc.tokens[first]);
  const std::optional<uint32_t> indefinite =
      det == "a" || det == "an" ? std::optional<uint32_t>(static_cast<uint32_t>(first))
                                : std::nullopt;
  d.indefinite_at = indefinite;
  d.actor = resolve(words, stem(head), stem(head) != head, indefinite, ents, actors);
  if (d.actor < 0 && det == "the") d.actor = bench_of(doc, k, first, ents, actors, rl);
  // "the Dutch parliament", "the Canadian government": the country decides through it
  size_t role_last = 0;
  const CuePhrase* organ = rl.authority_roles.match(doc, k, k + 1, &role_last);
  for (size_t i = first; d.actor < 0 && organ && organ->value == "country" && i < k; ++i)
    if (auto it = actors.nation.find(std::string(doc.lower_str(doc.tokens[i])));
        it != actors.nation.end())
      d.actor = it->second;
  if (d.actor >= 0) d.description.clear();
  return d;
}

// The decider named in tokens [from, to): an authority actor, or a description with a role word.
std::optional<Decider> decider_in(const Document& doc, size_t from, size_t to,
                                  const EntityResult& ents, const ActorIndex& actors,
                                  const ReporterLexicon& rl) {
  for (size_t j = from; j < to; ++j) {
    const int a = actors.actor_of_token[j];
    if (a >= 0) {
      size_t e = j;
      while (e < to && actors.actor_of_token[e] == a) ++e;
      // "a U.S. district judge": the name only qualifies the description that follows.
      bool qualifies = false;
      for (size_t r = e; r < to && r < e + 3 && is_word(doc.tokens[r]); ++r)
        qualifies = qualifies || ends_role(doc, r, e, rl);
      if (qualifies) {
        j = e - 1;
        continue;
      }
      if (actors.authority[static_cast<size_t>(a)]) return Decider{a, {}, {}, std::nullopt};
      // A place may be the first word of a description ("by a U.S. district judge").
      if (modifier_or_none(ents, actors, j)) continue;
      return std::nullopt;
    }
    // The role word closes the description: run on to the last role word in a row.
    if (ends_role(doc, j, from, rl) && !(j + 1 < to && ends_role(doc, j + 1, from, rl)))
      return describe(doc, j, from, to, ents, actors, rl);
    if (clause_punct(doc, j, true)) break;
  }
  return std::nullopt;
}

// The passive agent: "upheld by U.S. Attorney General Janet Reno", "convicted in state court".
std::optional<Decider> agent_after(const Document& doc, size_t last, size_t end, bool passive,
                                   const EntityResult& ents, const ActorIndex& actors,
                                   const ReporterLexicon& rl) {
  for (size_t j = last + 1; j < end && j <= last + kAgentReach; ++j) {
    if (clause_punct(doc, j, true)) break;
    const bool by = word_is(doc, j, "by") && (passive || j == last + 1);
    const bool in = passive && word_is(doc, j, "in");
    if (!by && !in) continue;
    size_t stop = j + 1;
    while (stop < end && stop < j + 1 + kDescriptionWords + 2 && !clause_punct(doc, stop, true))
      ++stop;
    if (auto d = decider_in(doc, j + 1, stop, ents, actors, rl)) return d;
    if (by) return std::nullopt;
  }
  return std::nullopt;
}

// The subject before the verb: the nearest actor or authority description in the sentence.
std::optional<Decider> subject_before(const Document& doc, const Segment& s, size_t verb,
                                      const EntityResult& ents, const ActorIndex& actors,
                                      const ReporterLexicon& rl) {
  for (size_t j = verb; j > s.first_token && verb - j < kSubjectReach;) {
    --j;
    if (clause_punct(doc, j, false)) break;
    // "A Government Accountability Office report found": the report is the subject, not a decider.
    if (has_word(rl.non_deciders, doc.lower_str(doc.tokens[j]))) return std::nullopt;
    const int a = actors.actor_of_token[j];
    if (a >= 0) {
      if (!actors.authority[static_cast<size_t>(a)]) return std::nullopt;
      return Decider{a, {}, {}, std::nullopt};
    }
    if (ends_role(doc, j, s.first_token, rl))
      return describe(doc, j, s.first_token, verb, ents, actors, rl);
  }
  return std::nullopt;
}

bool blocked(const Document& doc, const Segment& s, size_t i, const ReporterLexicon& rl) {
  for (size_t j = i; j > s.first_token && i - j < 2;) {
    --j;
    if (has_word(rl.blockers, doc.lower_str(doc.tokens[j]))) return true;
  }
  return false;
}

bool passive_before(const Document& doc, const Segment& s, size_t i) {
  for (size_t j = i; j > s.first_token && i - j < 2;) {
    --j;
    const std::string_view w = doc.lower_str(doc.tokens[j]);
    if (w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" ||
        w == "being")
      return true;
  }
  return false;
}

size_t said_words(const Document& doc, size_t from, size_t to) {
  size_t n = 0;
  for (size_t j = from; j < to; ++j) n += is_word(doc.tokens[j]);
  return n;
}

// Quotes come in text order and do not nest: the one that could hold t is the last to start
// at or before it.
bool in_quote(const Token& t, const std::vector<Quote>& quotes) {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), t.span.begin,
                             [](uint32_t pos, const Quote& q) { return pos < q.span.begin; });
  return it != quotes.begin() && std::prev(it)->span.contains(t.span);
}

bool compatible(std::string_view a, std::string_view b) {
  auto family = [](std::string_view o) -> std::string_view {
    if (o == "halted") return "blocked";
    if (o == "dismissed") return "rejected";
    return o;
  };
  return a == "other" || b == "other" || family(a) == family(b);
}

void merge_into(Found& into, Found&& f) {
  Ruling& r = into.ruling;
  // Evidence stays in text order; restatements mostly come later in the text, so this is an
  // append (a sort per merge made an article of many restatements quadratic).
  for (Span e : f.ruling.evidence) {
    auto at = std::lower_bound(r.evidence.begin(), r.evidence.end(), e,
                               [](Span a, Span b) { return a.begin < b.begin; });
    if (std::find(at, r.evidence.end(), e) == r.evidence.end()) r.evidence.insert(at, e);
  }
  if ((r.outcome == "other" && f.ruling.outcome != "other") || (f.complement && !into.complement)) {
    if (f.ruling.outcome != "other") r.outcome = f.ruling.outcome;
    r.decision = f.ruling.decision;
    if (!f.ruling.grounds.empty()) r.grounds = f.ruling.grounds;
    into.complement = into.complement || f.complement;
  }
  if (r.date.empty()) r.date = f.ruling.date;
  // The named decider wins over a description, a fuller description over a shorter one.
  if (r.by_actor < 0 && f.ruling.by_actor >= 0) {
    r.by_actor = f.ruling.by_actor;
    r.by_description.clear();
  } else if (r.by_actor < 0 && f.ruling.by_description.size() > r.by_description.size()) {
    r.by_description = f.ruling.by_description;
  }
  if (r.grounds.empty()) r.grounds = f.ruling.grounds;
  into.words.insert(f.words.begin(), f.words.end());
}

// Two descriptions of one authority: the same role word, and one says no more than the other
// ("US Judge" and "a US Magistrate Judge").
// A described authority is the named one when the actor holds its role word ("a state judge"
// and Judge Lina Berg, a few sentences apart).
bool holds_role(const EntityResult& ents, int actor, const std::string& role) {
  if (actor < 0 || role.empty()) return false;
  const Actor& a = ents.actors[static_cast<size_t>(actor)];
  if (words_of(a.name).count(role) || words_of(a.role).count(role)) return true;
  return std::any_of(a.mentions.begin(), a.mentions.end(),
                     [&](const Mention& m) { return words_of(m.title).count(role) > 0; });
}

bool same_decider(const Found& fa, const Found& fb, const EntityResult& ents,
                  const ReporterLexicon& rl) {
  const Ruling& a = fa.ruling;
  const Ruling& b = fb.ruling;
  if (a.by_actor >= 0 && b.by_actor >= 0) return a.by_actor == b.by_actor;
  // An indefinite description is someone new, never the actor named before it (resolve()).
  auto named_before = [&](int actor, const Found& desc) {
    return actor >= 0 && desc.indefinite_at &&
           ents.actors[static_cast<size_t>(actor)].mentions.front().first_token <
               *desc.indefinite_at;
  };
  if (named_before(a.by_actor, fb) || named_before(b.by_actor, fa)) return false;
  if (a.by_actor >= 0 || b.by_actor >= 0)
    return holds_role(ents, a.by_actor, fb.role) || holds_role(ents, b.by_actor, fa.role);
  if (fa.role != fb.role) return false;
  auto content = [&](const std::string& d) {
    std::vector<std::string> out;
    for (const std::string& w : words_of(d))
      if (!has_word(rl.stop_words, w) || has_word(rl.authority_words, w)) out.push_back(w);
    return out;
  };
  const std::vector<std::string> x = content(a.by_description), y = content(b.by_description);
  if (std::includes(x.begin(), x.end(), y.begin(), y.end()) ||
      std::includes(y.begin(), y.end(), x.begin(), x.end()))
    return true;
  // "a federal appeals court" and "the ninth circuit court of appeals" share role and kind.
  std::vector<std::string> both;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
  return both.size() >= 2;
}

bool restates(const Found& a, const Found& b, const EntityResult& ents, const ReporterLexicon& rl) {
  if (!same_decider(a, b, ents, rl)) return false;
  if (a.sentence == b.sentence) return true;
  if (!compatible(a.ruling.outcome, b.ruling.outcome)) return false;
  // The next sentence or the one after usually goes on about the same decision.
  if (b.sentence <= a.sentence + 2) return true;
  // The same outcome a little further on: the same decision ("rejected a request ..." and, a
  // paragraph later, "declined to step in").
  if (a.ruling.outcome == b.ruling.outcome && a.ruling.outcome != "other" &&
      b.sentence <= a.sentence + 3)
    return true;
  // The lead states the decision, and a later "ruled that ..." by the same decider tells it in
  // detail; a decision with its own outcome word is a new one.
  if (a.sentence < kLeadSentences && (a.ruling.outcome == "other" || b.ruling.outcome == "other"))
    return true;
  return std::any_of(a.words.begin(), a.words.end(),
                     [&](const std::string& w) { return b.words.count(w) > 0; });
}

}  // namespace

std::vector<Ruling> find_rulings(const Document& doc, const EntityResult& entities,
                                 const ActorIndex& actors, const std::vector<Timex>& dates,
                                 const std::vector<Quote>& quotes, const ReporterLexicon& rl) {
  assert(std::is_sorted(dates.begin(), dates.end(),
                        [](const Timex& a, const Timex& b) { return a.sentence < b.sentence; }));
  std::vector<Found> found;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Segment& s = doc.sentences[si];
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      size_t last = i;
      const CuePhrase* verb = rl.ruling_verbs.match(doc, i, s.end_token, &last);
      if (!verb) continue;
      const size_t at = i;
      i = last;
      if (blocked(doc, s, at, rl) || in_quote(doc.tokens[at], quotes)) continue;
      if (actors.actor_of_token[at] >= 0) continue;  // part of a name ("... Rules Face Key Test")
      const bool passive = passive_before(doc, s, at);
      const bool opening = verb->extra == "opening";
      std::optional<Decider> by;
      size_t opening_end = last + 1;
      if (opening) {
        // "In rejecting the challenge, the commission said ...": the decider heads the main clause.
        // The opening clause may hold asides ("..., which is scheduled for next week, the
        // commission ..."): try after each of its first few commas.
        for (int commas = 0; commas < 3 && !by; ++commas) {
          while (opening_end < s.end_token && !clause_punct(doc, opening_end, true)) ++opening_end;
          if (opening_end + 1 >= s.end_token) break;
          by = decider_in(doc, opening_end + 1,
                          std::min<size_t>(s.end_token, opening_end + 1 + kAgentReach), entities,
                          actors, rl);
          ++opening_end;
        }
        if (!by) continue;
      } else {
        by = agent_after(doc, last, s.end_token, passive, entities, actors, rl);
      }
      if (!by && passive) {
        // "State Department officials said that visas had been approved": the speaker decided.
        for (size_t k = at; k > s.first_token; --k) {
          if (!has_word(rl.speech_words, doc.lower_str(doc.tokens[k - 1]))) continue;
          by = subject_before(doc, s, k - 1, entities, actors, rl);
          break;
        }
      }
      if (!by && !passive && !opening) {
        // A form that is also a noun ("rules", "orders") is a verb only right after its decider.
        const bool noun = verb->extra == "noun";
        if (noun && !(at > s.first_token && decider_in(doc, at - 1, at, entities, actors, rl)))
          continue;
        by = subject_before(doc, s, at, entities, actors, rl);
      }
      if (!by) continue;
      // A vote decides for a body, not for one of its members ("Minister Hill voted to ...").
      if (verb->extra == "body" && by->actor >= 0 &&
          entities.actors[static_cast<size_t>(by->actor)].type == EntityType::Person)
        continue;

      // The decision: the complement of "ruled that ...", else the verb phrase itself.
      size_t dlo = at;
      const bool that = last + 1 < s.end_token && word_is(doc, last + 1, "that");
      if (that && verb->value == "other") dlo = last + 2;
      if (opening) dlo = at + 1;  // "rejecting a similar challenge", without the "In"
      size_t dhi = last + 1;
      std::string grounds;
      while (dhi < s.end_token && dhi - at < kDecisionReach) {
        if (doc.tokens[dhi].kind == TokenKind::Punct && dhi + 1 == s.end_token) break;
        if (clause_punct(doc, dhi, false)) break;
        // A comma closes the decision once it says something ("awarded X an extension, enabling
        // ...").
        if (clause_punct(doc, dhi, true) && said_words(doc, std::max(dlo, last + 1), dhi) >= 2) {
          const size_t g = dhi + 1;
          size_t glast = g;
          if (!(g < s.end_token && rl.grounds_cues.match(doc, g, s.end_token, &glast))) break;
        }
        size_t glast = dhi;
        const size_t g = clause_punct(doc, dhi, true) ? dhi + 1 : dhi;
        if (g < s.end_token && rl.grounds_cues.match(doc, g, s.end_token, &glast) &&
            glast + 1 < s.end_token) {
          size_t ge = glast + 1;
          while (ge < s.end_token && !clause_punct(doc, ge, true) &&
                 !(doc.tokens[ge].kind == TokenKind::Punct && ge + 1 == s.end_token))
            ++ge;
          if (ge > glast + 1) grounds = tokens_text(doc, glast + 1, ge - 1);
          break;
        }
        ++dhi;
      }
      if (dlo >= dhi) dlo = at;
      const bool complement = dlo != at;

      Found f;
      f.sentence = si;
      f.complement = complement;
      f.role = by->role;
      f.indefinite_at = by->actor < 0 ? by->indefinite_at : std::nullopt;
      Ruling& r = f.ruling;
      r.by_actor = by->actor;
      r.by_description = by->description;
      r.decision = tokens_text(doc, dlo, dhi - 1);
      r.outcome = verb->value;
      bool cued = false;
      if (r.outcome == "other" || r.outcome == "granted") {
        for (size_t j = dlo; j < dhi && !cued; ++j) {
          size_t l = j;
          if (const CuePhrase* c = rl.decision_cues.match(doc, j, dhi, &l))
            r.outcome = c->value, cued = true;
        }
      }
      // A verb of finding decides only with a "that" clause or a telling word ("unconstitutional").
      // A verb of intent also with what it decided to do: "decided at its summit to invite ...".
      // A country "decided to" is mostly a team or a people, not a decision of its state.
      const bool place = by->actor >= 0 &&
                         entities.actors[static_cast<size_t>(by->actor)].type == EntityType::Place;
      bool to_do = false;
      for (size_t j = last + 1; verb->extra == "intent" && !place && j + 1 < dhi && !to_do; ++j)
        to_do = word_is(doc, j, "to") && doc.tokens[j + 1].kind == TokenKind::Word &&
                doc.tokens[j + 1].shape == Shape::Lower;
      if ((verb->extra == "weak" || verb->extra == "intent") && !that && !cued && !to_do) continue;
      r.grounds = std::move(grounds);
      // The ruling's date: the nearest date of the sentence outside the decision itself.
      size_t best = SIZE_MAX;
      // dates come in text order: start at the sentence's first (a scan of every date for every
      // ruling was quadratic)
      const auto first_date = std::partition_point(dates.begin(), dates.end(),
                                                   [&](const Timex& t) { return t.sentence < si; });
      for (auto it = first_date; it != dates.end() && it->sentence == si; ++it) {
        const Timex& t = *it;
        if (t.type != TimexType::Date && t.type != TimexType::Time) continue;
        if (std::none_of(t.value.begin(), t.value.end(),
                         [](char c) { return c >= '0' && c <= '9'; }))
          continue;  // "PRESENT_REF" says nothing about when
        // Before the verb, or right after it ("ruled Friday"); later dates belong to the decision.
        if (t.first_token >= last + 1 + kDateAfterVerb) continue;
        const size_t dist = t.first_token < at ? at - t.first_token : t.first_token - at;
        if (dist < best) best = dist, r.date = t.value;
      }
      r.evidence.push_back(s.span);
      for (size_t j = dlo; j < dhi; ++j) {
        const std::string_view w = doc.lower_str(doc.tokens[j]);
        if (is_word(doc.tokens[j]) && w.size() >= 3 && !has_word(rl.stop_words, w))
          f.words.insert(stem(w));
      }

      auto same = std::find_if(found.begin(), found.end(),
                               [&](const Found& o) { return restates(o, f, entities, rl); });
      if (same != found.end())
        merge_into(*same, std::move(f));
      else
        found.push_back(std::move(f));
    }
  }
  std::vector<Ruling> out;
  out.reserve(found.size());
  for (Found& f : found) out.push_back(std::move(f.ruling));
  return out;
}

}  // namespace docket::reporter_detail
