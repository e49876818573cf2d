// Deadlines: dates whose clause ties them to something that must, is scheduled to, or was
// supposed to happen. A cue from deadline_cues.tsv near the date makes one; a date after the
// reference date needs none. Plain records of past events have neither and are left out.
#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "common.hpp"

namespace docket::reporter_detail {
namespace {

constexpr size_t kCueReachLeft = 16;  // tokens a clause cue may stand before its date
constexpr size_t kCueReachRight = 8;  // ... and after it
constexpr size_t kBeforeGap = 1;      // words allowed between a `before` cue and the date
constexpr size_t kActionReach = 14;   // tokens of an action read before the date
constexpr size_t kActionTail = 12;    // tokens read after the date when the left side is thin
constexpr size_t kSubjectWords = 10;  // tokens of a subject that names the event ("A hearing on
                                      // the authority's request for a stay is scheduled for ...")

// How much a status says: a merged deadline keeps the most telling one.
int weight(DeadlineStatus s) {
  switch (s) {
    case DeadlineStatus::Halted:
      return 5;
    case DeadlineStatus::Extended:
      return 4;
    case DeadlineStatus::Missed:
      return 3;
    case DeadlineStatus::Met:
      return 2;
    case DeadlineStatus::Scheduled:
      return 1;
    case DeadlineStatus::Unknown:
      return 0;
  }
  return 0;
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Window {
  size_t lo, hi;  // tokens [lo, hi) around the date, inside its clause
};

Window cue_window(const Document& doc, const Segment& s, const Timex& t) {
  size_t lo = t.first_token;
  while (lo > s.first_token && t.first_token - lo < kCueReachLeft) {
    if (clause_punct(doc, lo - 1, false) || word_is(doc, lo - 1, "but")) break;
    --lo;
  }
  size_t hi = t.end_token;
  while (hi < s.end_token && hi - t.end_token < kCueReachRight && !clause_punct(doc, hi, true))
    ++hi;
  return {lo, hi};
}

// The cue closest to the date inside the window, or nullptr.
const CuePhrase* find_cue(const Document& doc, const Timex& t, Window w,
                          const ReporterLexicon& rl) {
  const CuePhrase* best = nullptr;
  size_t best_dist = 0;
  for (size_t i = w.lo; i < w.hi; ++i) {
    if (i >= t.first_token && i < t.end_token) continue;
    size_t last = i;
    const CuePhrase* p = rl.deadline_cues.match(doc, i, w.hi, &last);
    if (!p) continue;
    if (p->value == "before" && !(last < t.first_token && t.first_token - last - 1 <= kBeforeGap))
      continue;
    const size_t dist = last < t.first_token ? t.first_token - last : i - t.end_token + 1;
    if (!best || dist < best_dist) best = p, best_dist = dist;
  }
  return best;
}

// A status word in the date's own clause: before the date only back to a comma, so that
// "Judge Blocks Permit, Orders Review by March 31" does not halt the review.
std::optional<DeadlineStatus> find_status(const Document& doc, const Timex& t, Window w,
                                          const ReporterLexicon& rl) {
  size_t lo = t.first_token;
  while (lo > w.lo && !clause_punct(doc, lo - 1, true)) --lo;
  for (size_t i = lo; i < w.hi; ++i) {
    size_t last = i;
    if (const CuePhrase* p = rl.status_cues.match(doc, i, w.hi, &last))
      return parse_status(p->value);
  }
  return std::nullopt;
}

bool ends_clause(const Document& doc, size_t i, const ReporterLexicon& rl) {
  return clause_punct(doc, i, true) || has_word(rl.clause_openers, doc.lower_str(doc.tokens[i]));
}

// The clause's verb phrase around the date: what comes after the last auxiliary before the date
// ("would be removed from US app stores on ..."), topped up from after the date when thin.
std::string action_of(const Document& doc, const Segment& s, const Timex& t,
                      const ReporterLexicon& rl) {
  // A date that qualifies an event names it: "the Nov. 8 presidential election", "the March 15
  // ballot".
  const bool qualifies = has_word(rl.determiners, doc.lower_str(doc.tokens[t.first_token])) ||
                         (t.first_token > s.first_token &&
                          has_word(rl.determiners, doc.lower_str(doc.tokens[t.first_token - 1])));
  // "Wednesday's vote" names its event the same way.
  const bool possessive =
      t.end_token < s.end_token && doc.tokens[t.end_token].kind == TokenKind::Clitic;
  if (qualifies || possessive) {
    const size_t from = possessive ? t.end_token + 1 : t.end_token;
    size_t e = from;
    while (e < s.end_token && e < from + 4 && doc.tokens[e].kind == TokenKind::Word &&
           doc.tokens[e].shape == Shape::Lower && !ends_clause(doc, e, rl) &&
           !has_word(rl.auxiliaries, doc.lower_str(doc.tokens[e])) &&
           !has_word(rl.prepositions, doc.lower_str(doc.tokens[e])))
      ++e;
    if (e > from) return tokens_text(doc, from, e - 1);
  }
  size_t lo = t.first_token;
  while (lo > s.first_token && t.first_token - lo < kActionReach && !ends_clause(doc, lo - 1, rl))
    --lo;
  size_t end = t.first_token;
  while (end > lo && has_word(rl.prepositions, doc.lower_str(doc.tokens[end - 1]))) --end;
  const size_t clause_lo = lo;
  for (size_t i = end; i > lo; --i) {
    if (has_word(rl.auxiliaries, doc.lower_str(doc.tokens[i - 1]))) {
      lo = i;
      break;
    }
  }
  // Nothing between the auxiliaries and the date: the subject is the event ("The hearing is
  // scheduled for March 3" -> "hearing").
  if (lo == end && lo > clause_lo) {
    size_t aux = lo - 1;
    while (aux > clause_lo && has_word(rl.auxiliaries, doc.lower_str(doc.tokens[aux - 1]))) --aux;
    size_t b = clause_lo;
    while (b < aux && has_word(rl.determiners, doc.lower_str(doc.tokens[b]))) ++b;
    const Token& last = doc.tokens[aux - (aux > b ? 1 : 0)];
    if (aux > b && aux - b <= kSubjectWords && last.kind == TokenKind::Word &&
        last.shape == Shape::Lower && !has_word(rl.stop_words, doc.lower_str(last)))
      return tokens_text(doc, b, aux - 1);
  }
  size_t words = 0;
  for (size_t i = lo; i < end; ++i) words += doc.tokens[i].kind == TokenKind::Word;
  std::string left = end > lo ? tokens_text(doc, lo, end - 1) : std::string();
  if (words >= 2) return left;
  // With nothing on the left, a dash or comma right after the date may open the action
  // ("two days - Wednesday and next Monday - to debate the plans").
  size_t from = t.end_token;
  if (left.empty() && from + 1 < s.end_token && clause_punct(doc, from, true)) ++from;
  size_t hi = from;
  while (hi < s.end_token && hi - from < kActionTail && !ends_clause(doc, hi, rl) &&
         !(hi + 1 == s.end_token && doc.tokens[hi].kind == TokenKind::Punct))
    ++hi;
  if (hi == from) return left;
  std::string right = tokens_text(doc, from, hi - 1);
  return left.empty() ? right : left + " " + right;
}

bool is_past_form(std::string_view w, const ReporterLexicon& rl) {
  if (has_word(rl.past_words, w)) return true;
  // A regular past form: "sent" is listed, "tendered" is read off its ending (not "need").
  return w.size() > 4 && !w.ends_with("eed") &&
         std::any_of(rl.past_endings.begin(), rl.past_endings.end(),
                     [&](const std::string& e) { return w.ends_with(e); });
}

// A date resolved after the reference date stands for a plan unless its clause tells of the past:
// "hopes to win seats this September" looks ahead, "the process began in February" looks back.
bool reads_as_plan(const Document& doc, const Segment& s, const Timex& t,
                   const ReporterLexicon& rl) {
  size_t lo = t.first_token;
  while (lo > s.first_token && !ends_clause(doc, lo - 1, rl)) --lo;
  for (size_t i = lo; i < t.first_token; ++i)
    if (has_word(rl.future_words, doc.lower_str(doc.tokens[i]))) return true;
  size_t wide = t.first_token;
  while (wide > s.first_token && !clause_punct(doc, wide - 1, true)) --wide;
  // On the right, past commas: "by Monday, officials hardened their stance" looks back.
  size_t hi = t.end_token;
  while (hi < s.end_token && hi - t.end_token < kCueReachRight && !clause_punct(doc, hi, false))
    ++hi;
  for (size_t i = wide; i < hi; ++i) {
    if (i >= t.first_token && i < t.end_token) continue;
    const Token& tok = doc.tokens[i];
    if (tok.kind == TokenKind::Word && tok.shape == Shape::Lower &&
        is_past_form(doc.lower_str(tok), rl))
      return false;
  }
  return true;
}

// The calendar part of a value: "2000-04-04T09:00" and "2000-04-04" are one day.
std::string_view day_of(std::string_view value) {
  return value.substr(0, value.find('T'));
}

// "in April next year" reads as two expressions; the deadline is the finer one (1999-04).
bool coarser_than_neighbour(const std::vector<Timex>& dates, size_t k) {
  const Timex& t = dates[k];
  for (size_t j = k > 0 ? k - 1 : 0; j < dates.size() && j <= k + 1; ++j) {
    const Timex& u = dates[j];
    if (j == k || u.sentence != t.sentence) continue;
    const bool near = u.first_token <= t.end_token + 2 && t.first_token <= u.end_token + 2;
    if (near && u.value.size() > t.value.size() && u.value.starts_with(t.value)) return true;
  }
  return false;
}

// The actors named in the date's clause (its cue window), in order of mention.
std::vector<int> actors_in(Window s, const ActorIndex& actors) {
  std::vector<int> out;
  for (size_t i = s.lo; i < s.hi; ++i) {
    const int a = actors.actor_of_token[i];
    if (a >= 0 && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  }
  return out;
}

// A headline in Title Case ("Judge Orders New Review by March 31") is telegraphic: its action
// has no subject, so the body's wording of the same deadline reads better.
bool title_case(const Document& doc, const Segment& s) {
  int long_words = 0, capitalised = 0;
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::Word || t.span.size() < 4) continue;
    ++long_words;
    capitalised += t.shape != Shape::Lower;
  }
  return long_words >= 3 && capitalised == long_words;
}

void merge_into(Deadline& into, Deadline&& d, bool body_wording) {
  // Dates come in text order, so a repeated sentence can only be the last one added; a search of
  // the whole list made a text repeating one date quadratic.
  for (Span e : d.evidence)
    if (into.evidence.empty() || into.evidence.back() != e) into.evidence.push_back(e);
  for (int a : d.actors)
    if (std::find(into.actors.begin(), into.actors.end(), a) == into.actors.end())
      into.actors.push_back(a);
  if (weight(d.status) > weight(into.status)) into.status = d.status;
  if (!d.cue.empty() && (into.cue.empty() || body_wording)) {
    into.cue = std::move(d.cue);
    into.action = std::move(d.action);
    into.date_span = d.date_span;
  }
}

}  // namespace

std::vector<Deadline> find_deadlines(const Document& doc, const ActorIndex& actors,
                                     const std::vector<Timex>& dates, const ReferenceDate& ref,
                                     const ReporterLexicon& rl) {
  std::vector<Deadline> out;
  std::unordered_map<std::string, size_t> by_day;  // day of a date value -> its item in `out`
  std::vector<bool> titled;  // per item: its wording comes from a Title Case headline
  for (size_t k = 0; k < dates.size(); ++k) {
    const Timex& t = dates[k];
    if ((t.type != TimexType::Date && t.type != TimexType::Time) || !has_digit(t.value)) continue;
    if (t.sentence >= doc.sentences.size() || t.end_token <= t.first_token) continue;
    const Segment& s = doc.sentences[t.sentence];
    const Window w = cue_window(doc, s, t);
    const CuePhrase* cue = find_cue(doc, t, w, rl);
    const std::optional<int> when = compare_to_reference(t.value, ref);
    if (coarser_than_neighbour(dates, k)) continue;
    const bool ahead = when && *when > 0;
    // Only a future date needs no cue; "by"/"until" before a date that has come need a plan.
    if (!cue && !(ahead && reads_as_plan(doc, s, t, rl))) continue;
    if (cue && cue->value == "before" && !ahead && !reads_as_plan(doc, s, t, rl)) continue;

    Deadline d;
    d.date = t.value;
    d.date_span = t.span;
    d.action = action_of(doc, s, t, rl);
    d.actors = actors_in(w, actors);
    d.cue = cue ? cue->text : std::string();
    d.evidence.push_back(s.span);
    std::optional<DeadlineStatus> st =
        cue && !cue->extra.empty() ? parse_status(cue->extra) : std::nullopt;
    if (!st) st = find_status(doc, t, w, rl);
    if (!st) st = when && *when >= 0 ? DeadlineStatus::Scheduled : DeadlineStatus::Unknown;
    d.status = *st;

    // The same deadline stated twice ("on September 20th" ... "on Sunday") is one item.
    // Keyed by day so a long list of dates stays linear.
    auto [same, added] = by_day.try_emplace(std::string(day_of(d.date)), out.size());
    const bool title = title_case(doc, s);
    if (!added) {
      const size_t at = same->second;
      const bool body_wording = titled[at] && !title && !d.cue.empty();
      if (body_wording) titled[at] = false;
      merge_into(out[at], std::move(d), body_wording);
    } else {
      out.push_back(std::move(d));
      titled.push_back(title);
    }
  }
  return out;
}

}  // namespace docket::reporter_detail
