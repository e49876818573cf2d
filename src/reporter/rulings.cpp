// Rulings: decisions by an authority. A ruling verb (ruling_verbs.tsv) is read with its decider:
// the agent after "by" in the passive, else the nearest actor or authority description before
// it in the sentence. Only deciders with power to decide (authority_roles.tsv, places) count.
#include <algorithm>
#include <set>

#include "common.hpp"

namespace docket::reporter_detail {
namespace {

constexpr size_t kSubjectReach = 20;  // tokens scanned back from a verb for its decider
constexpr size_t kAgentReach = 8;     // tokens scanned forward for a passive "by" agent
constexpr size_t kDescriptionWords = 6;
constexpr size_t kDecisionReach = 30;

struct Decider {
  int actor = -1;
  std::string description;  // "a federal appeals court" when no actor is named
  std::string role;         // its role word, stemmed ("court")
};

struct Found {
  Ruling ruling;
  uint32_t sentence = 0;
  std::string role;             // the decider's role word when it is a description
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

// An unnamed authority is taken for a named actor that it shares enough words with ("a US judge"
// for US Magistrate Judge Laurel Beeler), or for the only actor that holds its role word.
int resolve(const std::set<std::string>& desc, const std::string& role, const EntityResult& ents,
            const ActorIndex& actors) {
  int best = -1, only = -1, holders = 0;
  size_t best_overlap = 0;
  const size_t need = std::min<size_t>(2, desc.size());
  for (size_t k = 0; k < ents.actors.size(); ++k) {
    if (!actors.authority[k]) continue;
    const Actor& a = ents.actors[k];
    std::set<std::string> aw = words_of(a.name);
    for (const std::string& w : words_of(a.role)) aw.insert(w);
    for (const Mention& m : a.mentions)
      for (const std::string& w : words_of(m.title)) aw.insert(w);
    size_t overlap = 0;
    for (const std::string& w : desc) overlap += aw.count(w);
    if (aw.count(role)) ++holders, only = static_cast<int>(k);
    if (overlap >= need && overlap > best_overlap && aw.count(role))
      best = static_cast<int>(k), best_overlap = overlap;
  }
  if (best >= 0) return best;
  return holders == 1 ? only : -1;
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
        has_word(rl.clause_openers, w) || actors.actor_of_token[p] >= 0)
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
    if (is_word(doc.tokens[i]) && !has_word(rl.stop_words, w)) words.insert(stem(w));
  }
  d.actor = resolve(words, stem(doc.lower_str(doc.tokens[k])), ents, actors);
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
      if (!actors.authority[static_cast<size_t>(a)]) return std::nullopt;
      return Decider{a, {}, {}};
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
    const int a = actors.actor_of_token[j];
    if (a >= 0) {
      if (!actors.authority[static_cast<size_t>(a)]) return std::nullopt;
      return Decider{a, {}, {}};
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

bool in_quote(const Token& t, const std::vector<Quote>& quotes) {
  return std::any_of(quotes.begin(), quotes.end(),
                     [&](const Quote& q) { return q.span.contains(t.span); });
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
  for (Span e : f.ruling.evidence)
    if (std::find(r.evidence.begin(), r.evidence.end(), e) == r.evidence.end())
      r.evidence.push_back(e);
  std::sort(r.evidence.begin(), r.evidence.end(), [](Span a, Span b) { return a.begin < b.begin; });
  if ((r.outcome == "other" && f.ruling.outcome != "other") || (f.complement && !into.complement)) {
    if (f.ruling.outcome != "other") r.outcome = f.ruling.outcome;
    r.decision = f.ruling.decision;
    into.complement = into.complement || f.complement;
  }
  if (r.date.empty()) r.date = f.ruling.date;
  if (r.grounds.empty()) r.grounds = f.ruling.grounds;
  into.words.insert(f.words.begin(), f.words.end());
}

// Two descriptions of one authority: the same role word, and one says no more than the other
// ("US Judge" and "a US Magistrate Judge").
bool same_decider(const Found& fa, const Found& fb, const ReporterLexicon& rl) {
  const Ruling& a = fa.ruling;
  const Ruling& b = fb.ruling;
  if (a.by_actor >= 0 || b.by_actor >= 0) return a.by_actor == b.by_actor;
  if (fa.role != fb.role) return false;
  auto content = [&](const std::string& d) {
    std::vector<std::string> out;
    for (const std::string& w : words_of(d))
      if (!has_word(rl.stop_words, w)) out.push_back(w);
    return out;
  };
  const std::vector<std::string> x = content(a.by_description), y = content(b.by_description);
  return std::includes(x.begin(), x.end(), y.begin(), y.end()) ||
         std::includes(y.begin(), y.end(), x.begin(), x.end());
}

bool restates(const Found& a, const Found& b, const ReporterLexicon& rl) {
  if (!same_decider(a, b, rl)) return false;
  if (a.sentence == b.sentence) return true;
  if (!compatible(a.ruling.outcome, b.ruling.outcome)) return false;
  return std::any_of(a.words.begin(), a.words.end(),
                     [&](const std::string& w) { return b.words.count(w) > 0; });
}

}  // namespace

std::vector<Ruling> find_rulings(const Document& doc, const EntityResult& entities,
                                 const ActorIndex& actors, const std::vector<Timex>& dates,
                                 const std::vector<Quote>& quotes, const ReporterLexicon& rl) {
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
      const bool passive = passive_before(doc, s, at);
      std::optional<Decider> by =
          agent_after(doc, last, s.end_token, passive, entities, actors, rl);
      if (!by && !passive) {
        // A form that is also a noun ("rules", "orders") is a verb only right after its decider.
        const bool noun = verb->extra == "noun";
        if (noun && !(at > s.first_token && decider_in(doc, at - 1, at, entities, actors, rl)))
          continue;
        by = subject_before(doc, s, at, entities, actors, rl);
      }
      if (!by) continue;

      // The decision: the complement of "ruled that ...", else the verb phrase itself.
      size_t dlo = at;
      const bool that = last + 1 < s.end_token && word_is(doc, last + 1, "that");
      if (that && verb->value == "other") dlo = last + 2;
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
      if (verb->extra == "weak" && !that && !cued) continue;
      r.grounds = std::move(grounds);
      // The ruling's date: the nearest date of the sentence outside the decision itself.
      size_t best = SIZE_MAX;
      for (const Timex& t : dates) {
        if (t.sentence != si || (t.type != TimexType::Date && t.type != TimexType::Time)) continue;
        if (t.first_token >= dlo && t.first_token < dhi) continue;
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
                               [&](const Found& o) { return restates(o, f, rl); });
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
