#include "docket/dates.hpp"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "docket/dates/tables.hpp"
#include "docket/lexicons.hpp"

namespace docket {

using namespace dates;

namespace {

using Tables = DateLexicon::Tables;

struct Match {
  size_t end = 0;  // one past the last token
  TimexType type = TimexType::Date;
  std::string value;
  std::string mod;  // cppcheck-suppress unusedStructMember ; moved into Timex::mod
  Anchoring anchored = Anchoring::Explicit;
  bool takes_det = false;  // "the" before it joins the span ("the third quarter")
  bool modifiable = true;  // "early"/"late" before it joins the span
  bool vague = false;
  bool counted = false;  // a count of units: a duration or "two weeks ago"
};

std::string num2(int v) {
  char b[16];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

std::string year4(int y) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d", y);
  return b;
}

int season_index(std::string_view code) {
  static constexpr std::string_view kOrder[] = {"SP", "SU", "FA", "WI"};
  for (int i = 0; i < 4; ++i)
    if (kOrder[i] == code) return i;
  return 0;
}

int season_of_month(int m) {
  return m == 12 || m <= 2 ? 3 : (m - 3) / 3;
}

class Parser {
 public:
  Parser(const Document& doc, const Tables& t, const std::optional<CivilDate>& ref)
      : doc_(doc), t_(t), ref_(ref), n_(doc.tokens.size()) {
    info_.resize(n_, nullptr);
    for (size_t i = 0; i < n_; ++i) {
      if (doc.tokens[i].kind == TokenKind::Word || doc.tokens[i].kind == TokenKind::Clitic ||
          doc.tokens[i].kind == TokenKind::Number)
        info_[i] = t.find(doc.lower_str(doc.tokens[i]));
    }
    std::vector<bool> quarter_sentence(doc.sentences.size(), false);
    for (size_t i = 0; i < n_; ++i)
      if (info_[i] && info_[i]->period == "Q") quarter_sentence[doc.tokens[i].sentence] = true;
    last_quarter_sentence_.assign(doc.sentences.size(), -1);
    for (size_t s = 0; s < quarter_sentence.size(); ++s)
      last_quarter_sentence_[s] = quarter_sentence[s] ? static_cast<long>(s)
                                  : s > 0             ? last_quarter_sentence_[s - 1]
                                                      : -1;
  }

  std::vector<Timex> run() {
    std::vector<Timex> out;
    for (size_t i = 0; i < n_;) {
      std::optional<Match> m = match_at(i);
      if (!m || m->end <= i) {
        ++i;
        continue;
      }
      Timex x;
      x.span = doc_.span(i, m->end - 1);
      x.type = m->type;
      x.value = std::move(m->value);
      x.mod = std::move(m->mod);
      x.anchored = m->anchored;
      x.sentence = doc_.tokens[i].sentence;
      x.first_token = static_cast<uint32_t>(i);
      x.end_token = static_cast<uint32_t>(m->end);
      if ((x.type == TimexType::Date || x.type == TimexType::Time) && x.value.size() >= 4 &&
          std::all_of(x.value.begin(), x.value.begin() + 4,
                      [](char c) { return c >= '0' && c <= '9'; })) {
        anchor_ = x.value;
        anchor_how_ = x.anchored;
        anchor_sentence_ = x.sentence;
      }
      out.push_back(std::move(x));
      i = m->end;
    }
    return out;
  }

  // The latest year the article states, to complete a dateline that gives none ("Sept. 19").
  std::optional<int> latest_year() const {
    std::optional<int> best;
    for (size_t i = 0; i < n_; ++i)
      if (auto y = year_at(i); y && (!best || *y > *best)) best = y;
    return best;
  }

  // A full calendar date stated at token i ("Sept. 19, 2020", "2020-09-20"), for datelines.
  std::optional<std::pair<Match, size_t>> explicit_date_near_start(size_t limit) {
    for (size_t i = 0; i < std::min(limit, n_); ++i) {
      auto m = core(i);
      if (m && m->type == TimexType::Date && m->value.size() == 10) return std::make_pair(*m, i);
    }
    return std::nullopt;
  }

 private:
  const Document& doc_;
  const Tables& t_;
  std::optional<CivilDate> ref_;
  size_t n_;
  std::vector<const WordInfo*> info_;
  std::vector<long> last_quarter_sentence_;  // per sentence: the latest one so far naming a quarter
  std::string anchor_;  // the last calendar value emitted: what "the following year" counts from
  Anchoring anchor_how_ = Anchoring::Unresolved;
  uint32_t anchor_sentence_ = 0;

  // ---- token helpers
  [[nodiscard]] std::string_view lw(size_t i) const {
    return i < n_ ? doc_.lower_str(doc_.tokens[i]) : std::string_view();
  }

  [[nodiscard]] const WordInfo* wi(size_t i) const { return i < n_ ? info_[i] : nullptr; }
  [[nodiscard]] bool role(size_t i, uint32_t r) const { return wi(i) && (wi(i)->roles & r); }
  [[nodiscard]] bool same_sentence(size_t a, size_t b) const {
    return a < n_ && b < n_ && doc_.tokens[a].sentence == doc_.tokens[b].sentence;
  }
  [[nodiscard]] bool is(size_t i, std::string_view s) const { return i < n_ && lw(i) == s; }
  [[nodiscard]] bool dash(size_t i) const {
    return i < n_ && doc_.tokens[i].kind == TokenKind::Dash;
  }
  [[nodiscard]] bool attached(size_t i) const { return i < n_ && !doc_.tokens[i].space_before; }
  [[nodiscard]] bool capitalized(size_t i) const {
    return i < n_ &&
           (doc_.tokens[i].shape == Shape::Capitalized || doc_.tokens[i].shape == Shape::AllCaps);
  }
  // A plain digit string.
  [[nodiscard]] std::optional<int> digits(size_t i) const {
    if (i >= n_ || doc_.tokens[i].kind != TokenKind::Number) return std::nullopt;
    auto s = lw(i);
    if (s.empty() || s.size() > 6) return std::nullopt;
    for (char c : s)
      if (c < '0' || c > '9') return std::nullopt;
    return to_int(s);
  }
  // Skips a period glued to an abbreviation ("Sept.").
  [[nodiscard]] size_t after_abbrev(size_t i) const {
    return is(i + 1, ".") && attached(i + 1) ? i + 2 : i + 1;
  }

  // A year of four digits standing on its own (not "1,998", not "$1990", not "1990 people").
  [[nodiscard]] std::optional<int> year_at(size_t i) const {
    auto v = digits(i);
    if (!v || lw(i).size() != 4 || *v < 1000 || *v > 2199) return std::nullopt;
    if (i > 0 && attached(i) && doc_.tokens[i - 1].kind == TokenKind::Symbol) return std::nullopt;
    if (role(i + 1, kBlocker) || (is(i + 1, "%"))) return std::nullopt;
    return v;
  }

  // A day of the month: "20", "20th", "twentieth", "thirty-first".
  [[nodiscard]] std::optional<int> day_at(size_t i, size_t& end) const {
    if (auto v = digits(i); v && lw(i).size() <= 2 && *v >= 1 && *v <= 31) {
      end = i + 1;
      return v;
    }
    if (auto o = ordinal_at(i, end); o && *o >= 1 && *o <= 31) return o;
    return std::nullopt;
  }

  [[nodiscard]] std::optional<int> ordinal_at(size_t i, size_t& end) const {
    if (i >= n_) return std::nullopt;
    auto s = lw(i);
    size_t k = 0;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    if (k > 0 && k <= 3 && k < s.size()) {
      const auto* suf = t_.find(s.substr(k));
      if (suf && (suf->roles & kOrdSuffix)) {
        end = i + 1;
        return to_int(s.substr(0, k));
      }
      return std::nullopt;
    }
    const WordInfo* w = wi(i);
    if (!w) return std::nullopt;
    if (w->ordinal != kNone) {
      end = i + 1;
      return w->ordinal;
    }
    // "thirty-first"
    if (w->cardinal >= 20 && w->cardinal <= 90 && w->cardinal % 10 == 0 && dash(i + 1) &&
        attached(i + 1) && wi(i + 2) && wi(i + 2)->ordinal != kNone && wi(i + 2)->ordinal < 10) {
      end = i + 3;
      return w->cardinal + wi(i + 2)->ordinal;
    }
    return std::nullopt;
  }

  // A count: "three", "twenty-five", "30", "a", "several", "a few", "a couple of". -1 means X.
  [[nodiscard]] std::optional<int> count_at(size_t i, size_t& end) const {
    if (i >= n_) return std::nullopt;
    if (doc_.tokens[i].kind == TokenKind::Number) {
      auto s = lw(i);
      std::string d;
      for (char c : s) {
        if (c >= '0' && c <= '9')
          d += c;
        else if (c != ',')
          return std::nullopt;
      }
      if (d.empty() || d.size() > 6) return std::nullopt;
      end = i + 1;
      return to_int(d);
    }
    const WordInfo* w = wi(i);
    if (!w) return std::nullopt;
    if (w->roles & kOne) {
      size_t e2 = 0;
      if (wi(i + 1) && wi(i + 1)->quantity != kNone && count_at(i + 1, e2)) {
        end = is(e2, "of") ? e2 + 1 : e2;  // "a couple of"
        return wi(i + 1)->quantity;
      }
      end = i + 1;
      return 1;
    }
    if (w->quantity != kNone) {
      end = is(i + 1, "of") ? i + 2 : i + 1;
      return w->quantity;
    }
    if (w->cardinal != kNone) {
      int v = w->cardinal;
      end = i + 1;
      if (v >= 20 && v <= 90 && dash(i + 1) && attached(i + 1) && wi(i + 2) &&
          wi(i + 2)->cardinal != kNone && wi(i + 2)->cardinal < 10) {
        v += wi(i + 2)->cardinal;
        end = i + 3;
      } else if (v >= 20 && v <= 90 && wi(i + 1) && wi(i + 1)->cardinal > 0 &&
                 wi(i + 1)->cardinal < 10) {
        v += wi(i + 1)->cardinal;  // "twenty four hours"
        end = i + 2;
      }
      // "two thousand years", "three hundred days"
      if (v < 100 && wi(end) && (wi(end)->cardinal == 100 || wi(end)->cardinal == 1000)) {
        v *= wi(end)->cardinal;
        ++end;
      }
      return v;
    }
    return std::nullopt;
  }

  // ---- tense
  // A weekday without a tense cue lies ahead only when it is at most this many days away.
  static constexpr long kWeekdayLean = 2;
  // -1 past, +1 future, 0 no cue: the nearest listed cue before the expression, else after it,
  // else a regular past tense nearby.
  [[nodiscard]] int tense(size_t first, size_t end) const {
    // Cues further away mostly belong to another clause.
    constexpr size_t kBack = 6, kFwd = 5, kFwdOpening = 7;
    const uint32_t s = first < n_ ? doc_.tokens[first].sentence : 0;
    const size_t lo =
        std::max<size_t>(doc_.sentences[s].first_token, first >= kBack ? first - kBack : 0);
    // a sentence-opening expression waits for the subject before its verb ("On Sunday, police
    // and FBI agents said")
    const bool opening = first <= doc_.sentences[s].first_token + 1;
    const size_t hi =
        std::min<size_t>(doc_.sentences[s].end_token, end + (opening ? kFwdOpening : kFwd));
    // The nearest verb cue before the expression, else after it.
    for (size_t k = first; k-- > lo;)
      if (int t = cue_at(k, lo, first)) return t;
    for (size_t k = end; k < hi; ++k)
      if (int t = cue_at(k, first, hi)) return t;
    return 0;
  }
  // A listed cue, or a past tense that is no passive participle ("will be removed", "would be
  // paid": the auxiliary before it tells the tense).
  // Cues are read between lo and stop.
  [[nodiscard]] int cue_at(size_t k, size_t lo, size_t stop) const {
    if (wi(k) && wi(k)->tenseless) return 0;
    const int listed = listed_tense(k);
    // "were planning to", "was expected to": the future cue after the auxiliary decides
    if (listed < 0 && k + 1 < stop && listed_tense(k + 1) > 0) return 1;
    if (clitic_tense(k)) return 1;
    if (listed == 0 && (wi(k) && wi(k)->tense)) return 0;  // a listed cue out of place
    if (listed == 0 && !past_form(k)) return 0;
    for (size_t b = k; b-- > lo && b + 3 > k;) {
      if (!role(b, kPassive)) continue;
      // a participle: the auxiliary before "be" tells ("had been scheduled", "would be paid")
      for (size_t a = b; a-- > 0 && a + 3 > b;)
        if (int t = listed_tense(a)) return t;
      return listed > 0 ? listed : 0;
    }
    return listed != 0 ? listed : -1;
  }
  // The direction a listed cue gives where it stands: "the plan" is a noun, "to" counts only in
  // "is to".
  [[nodiscard]] int listed_tense(size_t k) const {
    const WordInfo* w = wi(k);
    if (!w || !w->tense) return 0;
    if (w->tense_verb_only && k > 0 && role(k - 1, kDet | kOne)) return 0;
    if (w->tense_after_copula && !(k > 0 && role(k - 1, kCopula))) return 0;
    if (w->month && capitalized(k) && k != doc_.sentences[doc_.tokens[k].sentence].first_token)
      return 0;  // "May" the month, not the modal
    return w->tense;
  }
  // A regular past tense: an "-ed" word that is no adjective after a determiner ("the reduced
  // dividend", "a still unspecified date").
  [[nodiscard]] bool past_form(size_t k) const {
    auto s = lw(k);
    if (doc_.tokens[k].shape != Shape::Lower || s.size() <= 4 || !s.ends_with("ed")) return false;
    if (k > 0 && role(k - 1, kDet | kOne)) return false;
    return !(k > 1 && role(k - 1, kAdverb) && role(k - 2, kDet | kOne));
  }
  // "'ll" glued to a pronoun ("he'll") also marks the future.
  [[nodiscard]] int clitic_tense(size_t k) const {
    auto s = lw(k);
    return s.ends_with("'ll") || s.ends_with("\u2019ll") ? 1 : 0;
  }

  // ---- value formatting against the reference date
  [[nodiscard]] Anchoring rel_anchor() const {
    return ref_ ? Anchoring::Reference : Anchoring::Unresolved;
  }

  [[nodiscard]] static std::string day_value(const CivilDate& d) { return d.iso(); }

  [[nodiscard]] static std::string week_value(const CivilDate& d) {
    int y = 0;
    const int w = d.iso_week(&y);
    return year4(y) + "-W" + num2(w);
  }

  // The reference date shifted by n units, written at that unit's granularity.
  [[nodiscard]] std::string shifted(std::string_view unit, int n) const {
    if (!ref_) {
      if (unit == "Y") return "XXXX";
      if (unit == "M") return "XXXX-XX";
      if (unit == "W" || unit == "WE") return unit == "W" ? "XXXX-WXX" : "XXXX-WXX-WE";
      return "XXXX-XX-XX";
    }
    const CivilDate r = *ref_;
    if (unit == "Y") return year4(r.year + n);
    if (unit == "M") {
      int idx = r.year * 12 + (r.month - 1) + n;
      return year4(idx / 12) + "-" + num2(idx % 12 + 1);
    }
    if (unit == "W") return week_value(r.plus_days(7L * n));
    if (unit == "WE") return week_value(r.plus_days(7L * n)) + "-WE";
    if (unit == "Q") {
      int idx = r.year * 4 + (r.month - 1) / 3 + n;
      return year4(idx / 4) + "-Q" + std::to_string(idx % 4 + 1);
    }
    return day_value(r.plus_days(n));
  }

  // The weekday w picked by direction: <0 on or before the reference, >0 on or after, 0 no cue.
  // `strict` skips the reference day itself ("last Friday" said on a Friday). Without a cue
  // news mostly reports what happened: the past day wins unless the next is two days off.
  [[nodiscard]] std::string weekday_value(int w, int dir, bool strict) const {
    if (!ref_) return "XXXX-WXX-" + std::to_string(w);
    const CivilDate r = *ref_;
    const int rw = r.weekday();
    long back = (rw - w + 7) % 7, fwd = (w - rw + 7) % 7;
    if (strict && back == 0) back = 7;
    if (strict && fwd == 0) fwd = 7;
    long delta = dir < 0   ? -back
                 : dir > 0 ? fwd
                           : (fwd < back && fwd <= kWeekdayLean ? fwd : -back);
    return day_value(r.plus_days(delta));
  }

  // A month (and day, when d > 0) without a year: the occurrence the direction points at.
  // A month (and day, when d > 0) without a year: the nearest occurrence, or the one the tense
  // points at when that lies within `reach` days (news rarely leaves the year out for more).
  [[nodiscard]] std::string month_day_value(int m, int d, int dir) const {
    if (!ref_) return "XXXX-" + num2(m) + (d > 0 ? "-" + num2(d) : "");
    const long reach = d > 0 ? 300 : 270;
    constexpr long kFutureLean = 120;
    const CivilDate r = *ref_;
    int nearest = r.year, directed = 0;
    long nearest_cost = LONG_MAX, directed_cost = LONG_MAX;
    for (int y = r.year - 1; y <= r.year + 1; ++y) {
      if (d > 0 && !CivilDate::valid(y, m, d)) continue;
      const long diff = d > 0 ? CivilDate{y, m, d}.days() - r.days()
                              : static_cast<long>((y * 12 + m) - (r.year * 12 + r.month)) * 30;
      if (std::labs(diff) < nearest_cost) {
        nearest_cost = std::labs(diff);
        nearest = y;
      }
      if (dir != 0 && (dir < 0 ? diff <= 0 : diff >= 0) && std::labs(diff) < directed_cost) {
        directed_cost = std::labs(diff);
        directed = y;
      }
    }
    int y = directed && directed_cost <= reach ? directed : nearest;
    // Without a cue news leans to the past: a later occurrence wins only when it is close.
    if (dir == 0 && !(directed && directed_cost <= reach)) {
      const long diff = d > 0 ? CivilDate{y, m, d}.days() - r.days()
                              : static_cast<long>((y * 12 + m) - (r.year * 12 + r.month)) * 30;
      if (diff > kFutureLean && (d == 0 || CivilDate::valid(y - 1, m, d))) --y;
    }
    return year4(y) + "-" + num2(m) + (d > 0 ? "-" + num2(d) : "");
  }

  [[nodiscard]] static std::string full_date(int y, int m, int d) {
    return year4(y) + "-" + num2(m) + (d > 0 ? "-" + num2(d) : "");
  }

  // ---- rules
  std::optional<Match> match_at(size_t i) {
    std::optional<Match> best = core(i);
    if (auto p = prefixed(i); p && (!best || p->end > best->end)) best = p;
    if (!best) return std::nullopt;
    return best;
  }

  // "the", "early", "late", "mid-", "the end of", "earlier" before a time expression.
  std::optional<Match> prefixed(size_t i) {
    const WordInfo* w = wi(i);
    // multi-word modifiers ("the end of", "more than")
    if (!w) return std::nullopt;
    for (size_t idx : w->phrases) {
      const Phrase& p = t_.phrases[idx];
      if (p.kind != PhraseKind::Modifier) continue;
      size_t e = 0;
      if (!phrase_matches(i, p, e)) continue;
      if (auto m = modified(e, p.value)) return m;
    }
    if (w->modifier) {
      size_t j = i + 1;
      if (dash(j) && attached(j)) ++j;
      if (auto m = modified(j, w->mod)) return m;
    }
    if (w->roles & kDet) {
      if (auto m = day_before_after(i)) return m;
      if (auto m = core(i + 1); m && m->takes_det) return m;
      if (role(i + 1, kFiscal) || is(i + 1, "full"))  // "the fiscal first quarter", "the full year"
        if (auto m = core(i + 2); m && m->takes_det) return m;
      // "the first nine months"
      size_t oe = 0, ce = 0;
      if (ordinal_at(i + 1, oe) && oe == i + 2)
        if (auto c = count_at(oe, ce); c && *c > 1)
          if (auto d = duration_at(ce, *c)) return d;
      if (wi(i + 1) && wi(i + 1)->modifier && !quantity_mod(wi(i + 1)->mod))
        if (auto m = prefixed(i + 1)) return m;
    }
    return std::nullopt;
  }

  // "the day before last Tuesday's hearing", "the day after Christmas": a day next to a date
  std::optional<Match> day_before_after(size_t i) {
    const WordInfo* u = wi(i + 1);
    if (!u || u->unit != "D" || u->unit_mult != 1 || lw(i + 1).ends_with("s")) return std::nullopt;
    const int step = role(i + 2, kBefore) ? -1 : role(i + 2, kAfter) ? 1 : 0;
    if (step == 0) return std::nullopt;
    auto d = match_at(i + 3);
    if (!d || d->type != TimexType::Date || d->value.size() != 10) return std::nullopt;
    const auto day = CivilDate::parse(d->value);
    if (!day) return std::nullopt;
    return Match{d->end, TimexType::Date, day_value(day->plus_days(step)), "", d->anchored};
  }

  static bool quantity_mod(std::string_view mod) {
    return mod == "APPROX" || mod == "LESS_THAN" || mod == "MORE_THAN" || mod == "EQUAL_OR_MORE" ||
           mod == "EQUAL_OR_LESS";
  }

  // The expression at j narrowed by a modifier: quantity mods go before counts ("nearly two
  // months"), START/MID/END before dated expressions, an empty mod ("earlier") only before a
  // deictic or a day word ("earlier this month", "later today").
  std::optional<Match> modified(size_t j, std::string_view mod) {
    const WordInfo* u = wi(j);
    if (mod.empty() && !(u && (u->shift != kNone || u->day_offset != kNone))) return std::nullopt;
    std::optional<Match> m = core_or_det(j);
    if (!m && !mod.empty() && role(j, kDet) && wi(j + 1) && wi(j + 1)->unit_mult == 1 &&
        (wi(j + 1)->unit == "Y" || wi(j + 1)->unit == "M" || wi(j + 1)->unit == "W") &&
        !lw(j + 1).ends_with("s")) {
      m = Match{j + 2, TimexType::Date, shifted(wi(j + 1)->unit, 0), "",
                rel_anchor()};  // "the end of the month"
    }
    if (!m || m->vague) return std::nullopt;
    if (quantity_mod(mod) ? !m->counted : !m->modifiable) return std::nullopt;
    if (!mod.empty()) m->mod = mod;
    return m;
  }

  std::optional<Match> core_or_det(size_t j) {
    if (role(j, kDet))
      if (auto m = core(j + 1); m && m->takes_det) return m;
    return core(j);
  }

  bool phrase_matches(size_t i, const Phrase& p, size_t& end) const {
    size_t j = i;
    for (const std::string& w : p.words) {
      if (j >= n_ || lw(j) != w) {
        // the tokenizer keeps "’s" as the curly form
        if (!(w == "'s" && (lw(j) == "\u2019s"))) return false;
      }
      ++j;
    }
    end = j;
    return true;
  }

  // The longest time expression starting exactly at token i (no prefix).
  std::optional<Match> core(size_t i) {
    if (i >= n_) return std::nullopt;
    std::optional<Match> best;
    auto consider = [&](std::optional<Match> m) {
      if (m && (!best || m->end > best->end)) best = std::move(m);
    };
    const WordInfo* w = wi(i);
    if (w && !w->phrases.empty()) consider(phrase_rule(i, w->phrases));
    if (doc_.tokens[i].kind == TokenKind::Number ||
        (w && (w->cardinal != kNone || (w->roles & kOne) || w->quantity != kNone))) {
      consider(numeric_date(i));
      consider(year_rule(i));
      consider(clock_rule(i));
      consider(count_rule(i));
      consider(quarter_compact(i));
      if (doc_.tokens[i].kind == TokenKind::Number) consider(day_month_rule(i));
    }
    if (doc_.tokens[i].kind == TokenKind::Word && doc_.tokens[i].shape == Shape::Mixed) {
      consider(decade_rule(i));
      consider(clock_rule(i));
    }
    if (w) {
      if (w->month) consider(month_rule(i));
      if (w->weekday) consider(weekday_rule(i));
      if (w->day_offset != kNone) consider(day_word_rule(i));
      if (w->shift != kNone) consider(deictic_rule(i));
      if (w->ordinal != kNone || w->cardinal >= 20) {
        consider(ordinal_rule(i));
        consider(day_month_rule(i));
      }
      if (!w->season.empty()) consider(season_rule(i, 0, false));
      if (!w->set_value.empty())
        consider(Match{i + 1, TimexType::Set, w->set_value, "", Anchoring::Explicit});
      if (w->roles & kEvery) consider(every_rule(i));
      if (w->roles & kFiscal) consider(fiscal_rule(i));
      if (!w->clock.empty() && w->clock[0] == 'T') consider(clock_word_rule(i));
      if (w->unit == "Y" && !lw(i).ends_with("s")) consider(year_ago_rule(i));
      if (!w->unit.empty()) consider(bare_units_rule(i));
      if (w->unit == "Y" && w->unit_mult == 1 && !lw(i).ends_with("s")) consider(the_year_rule(i));
      if (w->unit == "WE" && i > 0 && role(i - 1, kDet)) {  // "the weekend"
        const bool before = ref_ && ref_->weekday() < 6 && tense(i, i + 1) < 0;
        Match m{i + 1, TimexType::Date, shifted("WE", before ? -1 : 0), "", rel_anchor()};
        m.takes_det = true;
        consider(m);
      }
      if (w->cardinal >= 11 && w->cardinal <= 20) consider(spoken_year_rule(i));
      if (w->decade != kNone && i > 0 && role(i - 1, kDet)) consider(decade_word_rule(i));
      if (!w->part.empty()) consider(part_rule(i));
      if (w->unit == "W" && w->unit_mult == 1 && !lw(i).ends_with("s") && i > 0 &&
          role(i - 1, kDet) && role(i + 1, kOf))
        consider(week_of_rule(i));
      if (!w->period.empty() && !w->period_qualified && i > 0 && role(i - 1, kDet))
        consider(period_value(i, i + 1, w->period, 0, w->period_parts));
    } else if (size_t oe = 0; ordinal_at(i, oe)) {
      consider(ordinal_rule(i));
      consider(day_month_rule(i));
    }
    return best;
  }

  std::optional<Match> phrase_rule(size_t i, const std::vector<size_t>& idx) {
    for (size_t k : idx) {
      const Phrase& p = t_.phrases[k];
      if (p.kind == PhraseKind::Modifier) continue;
      size_t e = 0;
      if (!phrase_matches(i, p, e)) continue;
      Match m{e, TimexType::Date, "", "", Anchoring::Explicit};
      if (p.kind == PhraseKind::Vague) {
        m.value = p.value;
        m.vague = true;
        if (p.value.starts_with("PX")) m.type = TimexType::Duration;
        if (is(e, "as") && i > 0 && is(i - 1, "as")) continue;  // "as soon as" is a conjunction
        // "He was soon released": soon after a past event, no reference to the future
        if (p.words.size() == 1 && p.value == "FUTURE_REF" && tense(i, e) < 0) continue;
        // "current" before a unit is a deictic ("the current quarter"), handled elsewhere
        if (p.words.size() == 1 && (calendar_unit(e) || (role(e, kFiscal) && calendar_unit(e + 1))))
          continue;
        return m;
      }
      // holiday
      if (auto y = year_at(e); y) {
        m.value = holiday_date(p, *y);
        m.end = e + 1;
        return m;
      }
      if (!ref_) {
        m.value = p.weekday ? "XXXX-" + num2(p.month) : "XXXX-" + num2(p.month) + "-" + num2(p.day);
        m.anchored = Anchoring::Unresolved;
        return m;
      }
      // the occurrence nearest the reference date in the direction of the sentence's tense
      const int dir = tense(i, e);
      std::string best;
      long best_cost = LONG_MAX;
      for (int y = ref_->year - 1; y <= ref_->year + 1; ++y) {
        auto v = holiday_date(p, y);
        const long diff = CivilDate::parse(v)->days() - ref_->days();
        if ((dir < 0 && diff > 0) || (dir > 0 && diff < 0)) continue;
        if (std::labs(diff) < best_cost) {
          best_cost = std::labs(diff);
          best = v;
        }
      }
      m.value = best.empty() ? holiday_date(p, ref_->year) : best;
      m.anchored = Anchoring::Reference;
      return m;
    }
    return std::nullopt;
  }

  static std::string holiday_date(const Phrase& p, int y) {
    if (!p.weekday) return CivilDate{y, p.month, p.day}.iso();
    if (p.day > 0) {
      const CivilDate first{y, p.month, 1};
      const int off = (p.weekday - first.weekday() + 7) % 7 + 7 * (p.day - 1);
      return first.plus_days(off).iso();
    }
    const CivilDate last{y, p.month, CivilDate::days_in_month(y, p.month)};
    return last.plus_days(-((last.weekday() - p.weekday + 7) % 7)).iso();
  }

  // "2020-09-20", "9/20/2020", "9/20"
  std::optional<Match> numeric_date(size_t i) {
    auto a = digits(i);
    if (!a) return std::nullopt;
    auto b = digits(i + 2), c = digits(i + 4);
    const bool dashed = dash(i + 1) && dash(i + 3);
    const bool slashed = is(i + 1, "/") && is(i + 3, "/");
    if ((dashed || slashed) && b && c && attached(i + 1) && attached(i + 2) && attached(i + 3) &&
        attached(i + 4)) {
      int y = 0, m = 0, d = 0;
      if (dashed && lw(i).size() == 4) {
        y = *a, m = *b, d = *c;
      } else if (slashed) {
        m = *a, d = *b, y = *c;
        if (lw(i + 4).size() == 2) y += y < 50 ? 2000 : 1900;
      } else {
        return std::nullopt;
      }
      if (!CivilDate::valid(y, m, d)) return std::nullopt;
      return Match{i + 5, TimexType::Date, full_date(y, m, d), "", Anchoring::Explicit};
    }
    return std::nullopt;
  }

  std::optional<Match> year_rule(size_t i) {
    auto y = year_at(i);
    if (!y) return std::nullopt;
    // "2020 Vision", "Orion 1980": a year inside a name is part of the name
    const bool opens = i == doc_.sentences[doc_.tokens[i].sentence].first_token ||
                       (capitalized(i - 1) && (!calendar_word(i - 1) || role(i - 1, kDet)));
    if (capitalized(i + 1) && !calendar_word(i + 1) && same_sentence(i, i + 1) && opens)
      return std::nullopt;
    if (dash(i + 1) && digits(i + 2)) return std::nullopt;  // a score or a range of numbers
    // "the 1988 second quarter"
    size_t oe = 0;
    if (auto o = ordinal_at(i + 1, oe);
        o && wi(oe) && !wi(oe)->period.empty() && *o <= wi(oe)->period_parts) {
      Match m{oe + 1, TimexType::Date, year4(*y) + "-" + wi(oe)->period + std::to_string(*o), "",
              Anchoring::Explicit};
      m.takes_det = true;
      return m;
    }
    // "the 1988 quarter", "the 1989 period": that year's quarter matching the one last reported
    if (wi(i + 1) && wi(i + 1)->period == "Q" && ref_ && i > 0 && role(i - 1, kDet)) {
      const int q = ((ref_->month - 1) / 3 + 3) % 4 + 1;
      Match m{i + 2, TimexType::Date, year4(*y) + "-Q" + std::to_string(q), "",
              Anchoring::Explicit};
      m.takes_det = true;
      return m;
    }
    return Match{i + 1, TimexType::Date, year4(*y), "", Anchoring::Explicit};
  }

  // "1990s", "the 90s"
  std::optional<Match> decade_rule(size_t i) {
    auto s = lw(i);
    if (s.size() != 5 || s.back() != 's') return std::nullopt;
    auto v = to_int(s.substr(0, 4));
    if (!v || *v % 10 != 0 || *v < 1000) return std::nullopt;
    Match m{i + 1, TimexType::Date, std::to_string(*v / 10), "", Anchoring::Explicit};
    m.takes_det = true;
    return m;
  }

  // "mid-afternoon yesterday", "late evening": a part of the day named after it, else of the
  // reference day. A bare part needs a modifier ("early", "mid-") before it: "the morning",
  // "the night the plane went down" mostly mean some other day of the story.
  std::optional<Match> part_rule(size_t i) {
    const bool modded = (i > 0 && wi(i - 1) && wi(i - 1)->modifier) ||
                        (i > 1 && dash(i - 1) && attached(i) && wi(i - 2) && wi(i - 2)->modifier);
    if (!modded) return std::nullopt;
    const std::string part = "T" + wi(i)->part;
    const size_t k = role(i + 1, kOf) ? i + 2 : i + 1;
    if (auto d = day_at_token(i + 1, k))
      return Match{d->end, TimexType::Time, d->value + part, "", d->anchored};
    Match m{i + 1, TimexType::Time, (ref_ ? ref_->iso() : std::string("XXXX-XX-XX")) + part, "",
            rel_anchor()};
    m.takes_det = true;
    return m;
  }

  // "the week of March 6": the ISO week holding that day
  std::optional<Match> week_of_rule(size_t i) {
    auto d = core(i + 2);
    if (!d || d->type != TimexType::Date || d->value.size() != 10) return std::nullopt;
    const auto day = CivilDate::parse(d->value);
    if (!day) return std::nullopt;
    Match m{d->end, TimexType::Date, week_value(*day), "", d->anchored};
    m.takes_det = true;
    return m;
  }

  // "the nineties": the latest such decade that has begun by the reference date
  std::optional<Match> decade_word_rule(size_t i) {
    const int d = wi(i)->decade;
    Match m{i + 1, TimexType::Date, "", "", rel_anchor()};
    m.takes_det = true;
    if (!ref_) {
      m.value = "XX" + std::to_string(d / 10);
      return m;
    }
    int y = ref_->year / 100 * 100 + d;
    if (y > ref_->year) y -= 100;
    m.value = std::to_string(y / 10);
    return m;
  }

  // "3 p.m.", "10:30 a.m. EST", "10am", "14:00 GMT"
  std::optional<Match> clock_rule(size_t i) {
    int h = 0, mi = 0;
    size_t j = 0;
    std::string half;
    auto s = lw(i);
    if (doc_.tokens[i].kind == TokenKind::Word) {  // "10am"
      size_t k = 0;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
      if (k == 0 || k > 2) return std::nullopt;
      const WordInfo* w = t_.find(s.substr(k));
      if (!w || (w->clock != "am" && w->clock != "pm")) return std::nullopt;
      h = *to_int(s.substr(0, k));
      half = w->clock;
      j = i + 1;
    } else {
      auto hv = digits(i);
      if (!hv || s.size() > 2 || *hv > 24) return std::nullopt;
      h = *hv;
      j = i + 1;
      bool have_minutes = false;
      if (is(j, ":") && attached(j) && attached(j + 1) && digits(j + 1) && lw(j + 1).size() == 2) {
        mi = *digits(j + 1);
        if (mi > 59) return std::nullopt;
        j += 2;
        have_minutes = true;
      }
      const WordInfo* w = wi(j);
      if (w && (w->clock == "am" || w->clock == "pm")) {
        half = w->clock;
        ++j;
      } else if (w && w->clock == "oclock") {
        ++j;
      } else if (const WordInfo* p = wi(j + 2); !have_minutes && role(j, kCue) &&
                                                role(j + 1, kDet) && p && !p->part.empty() &&
                                                p->part != "DT" && *hv >= 1 && *hv <= 12) {
        half = p->part == "MO" ? "am" : "pm";  // "4 in the morning", "8 in the evening"
        j += 3;
      } else if (!(have_minutes && w && (w->roles & kZone))) {
        return std::nullopt;
      }
    }
    if (!half.empty() && (h < 1 || h > 12)) return std::nullopt;
    if (half == "pm" && h < 12) h += 12;
    if (half == "am" && h == 12) h = 0;
    if (role(j, kZone)) ++j;
    return on_day(j, "T" + num2(h) + ":" + num2(mi));
  }

  std::optional<Match> clock_word_rule(size_t i) {
    if (ends_name(i)) return std::nullopt;  // "High Noon"
    return on_day(i + 1, wi(i)->clock);
  }

  // A capitalised word after a capitalised word inside a sentence ends a name ("USA Today",
  // "High Noon"), unless that word is itself a calendar word ("Monday Noon").
  [[nodiscard]] bool ends_name(size_t i) const {
    return doc_.tokens[i].shape == Shape::Capitalized && i > 0 && same_sentence(i - 1, i) &&
           i - 1 != doc_.sentences[doc_.tokens[i].sentence].first_token && capitalized(i - 1) &&
           doc_.tokens[i - 1].kind == TokenKind::Word && !calendar_word(i - 1);
  }

  // A clock time ending before token j, on the day named right after it ("noon Thursday",
  // "5 p.m. EST, Nov. 6") or else on the reference day.
  std::optional<Match> on_day(size_t j, const std::string& clock) {
    if (auto d = day_at_token(j, is(j, ",") ? j + 1 : j))
      return Match{d->end, TimexType::Time, d->value + clock, "", d->anchored};
    // "10:35 a.m. (0735 GMT) Friday": the day after a bracketed conversion dates the time, as
    // does one at its end ("4 in the morning (4 a.m. EDT Thursday)")
    const size_t open = is(j, ".") && attached(j) ? j + 1 : j;  // "a.m." may end on its own "."
    if (is(open, "("))
      for (size_t c = open + 1; c < n_ && c < open + 8; ++c)
        if (is(c, ")")) {
          if (auto d = day_at_token(open + 1, c + 1))
            return Match{j, TimexType::Time, d->value + clock, "", d->anchored};
          if (auto d = day_at_token(open + 1, c - 1))
            return Match{j, TimexType::Time, d->value + clock, "", d->anchored};
          break;
        }
    return Match{j, TimexType::Time, (ref_ ? ref_->iso() : std::string("XXXX-XX-XX")) + clock, "",
                 rel_anchor()};
  }

  // A full date named at token k, in the sentence of token j - 1.
  std::optional<Match> day_at_token(size_t j, size_t k) {
    if (k < n_ && same_sentence(j - 1, k) && wi(k) &&
        (wi(k)->weekday || wi(k)->month || wi(k)->day_offset != kNone))
      if (auto d = core(k); d && d->type == TimexType::Date && d->value.size() == 10) return d;
    return std::nullopt;
  }

  // "the year ended June 30" is a fiscal year's length; "for the year" is the current one.
  std::optional<Match> the_year_rule(size_t i) {
    size_t d = i;
    while (d > 0 && d + 2 > i && !role(d - 1, kDet) && (is(d - 1, "full") || role(d - 1, kFiscal)))
      --d;
    if (d == 0 || !role(d - 1, kDet)) return std::nullopt;
    Match m{i + 1, TimexType::Date, "", "", rel_anchor()};
    m.takes_det = true;
    size_t ye = 0;
    if (auto y = year_named_at(i + 1, ye)) {  // "the year 2000", "the year two thousand"
      m.end = ye;
      m.value = year4(*y);
      m.anchored = Anchoring::Explicit;
      return m;
    }
    if (role(i + 1, kEnded)) {
      m.type = TimexType::Duration;
      m.value = "P1Y";
      m.anchored = Anchoring::Explicit;
      return m;
    }
    if (d - 1 == 0 || !role(d - 2, kFor)) return std::nullopt;
    m.value = shifted("Y", 0);
    return m;
  }

  // A year in digits or words ("2000", "two thousand and one", "nineteen ninety-eight").
  std::optional<int> year_named_at(size_t j, size_t& end) {
    if (auto y = year_at(j)) {
      end = j + 1;
      return y;
    }
    const WordInfo* w = wi(j);
    if (!w) return std::nullopt;
    if (w->cardinal >= 1 && w->cardinal <= 9 && wi(j + 1) && wi(j + 1)->cardinal == 1000) {
      int y = w->cardinal * 1000;
      end = j + 2;
      size_t k = is(end, "and") ? end + 1 : end, e = 0;
      if (auto c = count_at(k, e); c && *c >= 1 && *c <= 99 && wi(k) && wi(k)->cardinal != kNone) {
        y += *c;
        end = e;
      }
      return y;
    }
    if (w->cardinal >= 11 && w->cardinal <= 20)
      if (auto m = spoken_year_rule(j)) {
        end = m->end;
        return to_int(std::string_view(m->value));
      }
    return std::nullopt;
  }

  // "nineteen ninety-seven"
  std::optional<Match> spoken_year_rule(size_t i) {
    size_t e = 0;
    auto hi = wi(i)->cardinal;
    auto lo = count_at(i + 1, e);
    if (!lo || *lo < 10 || *lo > 99 || !wi(i + 1) || wi(i + 1)->cardinal < 10) return std::nullopt;
    return Match{e, TimexType::Date, year4(hi * 100 + *lo), "", Anchoring::Explicit};
  }

  // "Q3", "Q3 2013"
  std::optional<Match> quarter_compact(size_t i) {
    auto s = lw(i);
    if (s.size() != 2 || s[1] < '1' || s[1] > '4') return std::nullopt;
    const WordInfo* p = t_.find(s.substr(0, 1) == "q" ? "quarter" : "");
    if (s[0] != 'q' || !p) return std::nullopt;
    const int q = s[1] - '0';
    if (auto y = year_at(i + 1))
      return Match{i + 2, TimexType::Date, year4(*y) + "-Q" + std::to_string(q), "",
                   Anchoring::Explicit};
    return period_value(i, i + 1, "Q", q, 4);
  }

  // A quarter or half of an unstated year: the one the tense points at.
  std::optional<Match> period_value(size_t first, size_t end, std::string_view code, int n,
                                    int parts) {
    Match m{end, TimexType::Date, "", "", rel_anchor()};
    m.takes_det = true;
    if (!ref_) {
      m.value = "XXXX-" + std::string(code) + (n ? std::to_string(n) : "X");
      return m;
    }
    int y = ref_->year;
    const int current = (ref_->month - 1) * parts / 12 + 1;
    if (n == 0) {  // "the quarter": the one last reported, before the current one
      int idx = y * parts + current - 2;
      // "the quarter a year ago": that quarter of the year before
      if (role(end, kOne) && wi(end + 1) && wi(end + 1)->unit == "Y" &&
          wi(end + 1)->unit_mult == 1 && role(end + 2, kAgo)) {
        idx -= parts;
        m.end = end + 3;
      }
      m.value = year4(idx / parts) + "-" + std::string(code) + std::to_string(idx % parts + 1);
      return m;
    }
    if (n > current && tense(first, end) <= 0) --y;
    m.value = year4(y) + "-" + std::string(code) + std::to_string(n);
    return m;
  }

  // "the third quarter", "third-quarter", "the first half of 2013", "the 20th century"
  std::optional<Match> ordinal_rule(size_t i) {
    size_t j = 0;
    auto o = ordinal_at(i, j);
    if (!o) return std::nullopt;
    if (dash(j) && attached(j)) ++j;
    // "the first two quarters of 1990", "the first six months of 1990": that year's first half
    if (size_t ce = 0; *o == 1)
      if (auto c = count_at(j, ce); c && wi(ce) && role(ce + 1, kOf) && year_at(ce + 2) &&
                                    (((wi(ce)->period == "Q" || wi(ce)->unit == "Q") && *c == 2) ||
                                     (wi(ce)->unit == "M" && wi(ce)->unit_mult == 1 && *c == 6))) {
        Match m{ce + 3, TimexType::Date, year4(*year_at(ce + 2)) + "-H1", "", Anchoring::Explicit};
        m.takes_det = true;
        return m;
      }
    const WordInfo* u = wi(j);
    if (!u) return std::nullopt;
    if (!u->period.empty() && *o >= 1 && *o <= u->period_parts) {
      size_t e = j + 1;
      std::optional<int> y;
      if (role(e, kOf) && year_at(e + 1)) {
        y = year_at(e + 1);
        e += 2;
      } else if (year_at(e)) {
        y = year_at(e);
        ++e;
      }
      if (y) {
        Match m{e, TimexType::Date, year4(*y) + "-" + u->period + std::to_string(*o), "",
                Anchoring::Explicit};
        m.takes_det = true;
        return m;
      }
      return period_value(i, e, u->period, *o, u->period_parts);
    }
    if (u->unit == "Y" && u->unit_mult == 100 && lw(j) == "century") {
      Match m{j + 1, TimexType::Date, num2(*o - 1), "", Anchoring::Explicit};
      m.takes_det = true;
      return m;
    }
    return std::nullopt;
  }

  // "20 September 2020", "the 20th of September"
  std::optional<Match> day_month_rule(size_t i) {
    size_t j = 0;
    auto d = day_at(i, j);
    if (!d) return std::nullopt;
    if (role(j, kOf)) ++j;
    const WordInfo* w = wi(j);
    if (!w || !w->month || !capitalized(j)) return std::nullopt;
    const int m = w->month;
    size_t e = after_abbrev(j);
    size_t ye = e;
    if (is(ye, ",")) ++ye;
    if (auto y = year_at(ye); y && CivilDate::valid(*y, m, *d)) {
      Match r{ye + 1, TimexType::Date, full_date(*y, m, *d), "", Anchoring::Explicit};
      r.takes_det = true;
      return r;
    }
    Match r{e, TimexType::Date, month_day_value(m, *d, tense(i, e)), "", rel_anchor()};
    r.takes_det = true;
    return r;
  }

  // "September 20th", "Sept. 20, 2020", "March 2013", "in May"
  std::optional<Match> month_rule(size_t i) {
    const WordInfo* w = wi(i);
    if (!capitalized(i)) return std::nullopt;
    const int m = w->month;
    size_t j = after_abbrev(i);
    const bool abbreviated = j == i + 2;
    size_t e = 0;
    if (auto d = day_at(j, e); d && !(year_at(j) && lw(j).size() == 4)) {
      size_t ye = e;
      if (is(ye, ",")) ++ye;
      if (auto y = year_at(ye); y && CivilDate::valid(*y, m, *d))
        return Match{ye + 1, TimexType::Date, full_date(*y, m, *d), "", Anchoring::Explicit};
      if (!CivilDate::valid(2000, m, *d)) return std::nullopt;
      return Match{e, TimexType::Date, month_day_value(m, *d, tense(i, e)), "", rel_anchor()};
    }
    {
      size_t ye = j;
      if (is(ye, ",")) ++ye;
      if (auto y = year_at(ye))
        return Match{ye + 1, TimexType::Date, full_date(*y, m, 0), "", Anchoring::Explicit};
      if (role(j, kOf) && year_at(j + 1))
        return Match{j + 2, TimexType::Date, full_date(*year_at(j + 1), m, 0), "",
                     Anchoring::Explicit};
      if (wi(ye) && wi(ye)->cardinal >= 11 && wi(ye)->cardinal <= 20)
        if (auto y = spoken_year_rule(ye))
          return Match{y->end, TimexType::Date, y->value + "-" + num2(m), "", Anchoring::Explicit};
      if (wi(j) && wi(j)->shift != kNone && wi(j + 1) && wi(j + 1)->unit == "Y" &&
          wi(j + 1)->unit_mult == 1 && !lw(j + 1).ends_with("s")) {
        Match r{j + 2, TimexType::Date, "", "", rel_anchor()};
        r.value = ref_ ? full_date(ref_->year + wi(j)->shift, m, 0) : "XXXX-" + num2(m);
        return r;
      }
    }
    // A bare month: ambiguous names need a cue before them, abbreviations need their period.
    const bool cued = (i > 0 && (role(i - 1, kCue) || (wi(i - 1) && wi(i - 1)->modifier))) ||
                      (i > 1 && dash(i - 1) && wi(i - 2) && wi(i - 2)->modifier);
    if (w->month_ambiguous && !cued) return std::nullopt;
    if (abbreviated && !cued) return std::nullopt;
    if (!abbreviated && j != i + 1) return std::nullopt;
    return Match{i + 1, TimexType::Date, month_day_value(m, 0, tense(i, i + 1)), "", rel_anchor()};
  }

  // "Saturday", "Monday morning", "Friday, Oct. 23"
  std::optional<Match> weekday_rule(size_t i) {
    const WordInfo* w = wi(i);
    if (!capitalized(i)) return std::nullopt;
    size_t j = after_abbrev(i);
    size_t k = is(j, ",") ? j + 1 : j;
    if (wi(k) && wi(k)->month) {
      if (auto m = month_rule(k); m && m->value.size() == 10)
        return Match{m->end, m->type, m->value, "", m->anchored};
    }
    if (auto m = day_month_rule(k); m && m->value.size() == 10)
      return Match{m->end, m->type, m->value, "", m->anchored};
    if (w->weekday_ambiguous) return std::nullopt;
    // "Sunday Times": a weekday run into a name
    if (capitalized(j) && !calendar_word(j) && same_sentence(i, j) &&
        doc_.tokens[j].kind == TokenKind::Word)
      return std::nullopt;
    const int dir = tense(i, i + 1);
    Match m{i + 1, TimexType::Date, weekday_value(w->weekday, dir, false), "", rel_anchor()};
    add_part_of_day(m);
    return m;
  }

  void add_part_of_day(Match& m) const {
    const WordInfo* p = wi(m.end);
    if (p && !p->part.empty() && same_sentence(m.end - 1, m.end)) {
      m.value += "T" + p->part;
      m.type = TimexType::Time;
      m.end += 1;
    }
  }

  // "yesterday", "tomorrow morning", "tonight"
  std::optional<Match> day_word_rule(size_t i) {
    const WordInfo* w = wi(i);
    if (ends_name(i)) return std::nullopt;  // "USA Today"
    Match m{i + 1, TimexType::Date, shifted("D", w->day_offset), "", rel_anchor()};
    if (!w->day_part.empty()) {
      m.value += "T" + w->day_part;
      m.type = TimexType::Time;
      return m;
    }
    add_part_of_day(m);
    return m;
  }

  // "last year", "this week", "next Friday", "last fall", "the past six months", "this morning"
  // A word naming a calendar thing ("Sunday Morning" is a date, "Sunday Times" a name).
  [[nodiscard]] bool calendar_word(size_t k) const {
    const WordInfo* w = wi(k);
    return w && (w->month || w->weekday || !w->part.empty() || !w->unit.empty() ||
                 !w->season.empty() || w->day_offset != kNone || w->shift != kNone);
  }

  [[nodiscard]] bool possessive(size_t i) const {
    return i < n_ && doc_.tokens[i].kind == TokenKind::Clitic;
  }

  // A calendar unit counted from the last date the article named ("the following year" after
  // "1995" -> 1996, "that day" after "Oct. 23"), when that date is precise enough for the unit.
  std::optional<Match> anaphoric_value(size_t j, int shift) const {
    constexpr uint32_t kAnaphorReach = 2;  // sentences
    const WordInfo* u = wi(j);
    if (!u || anchor_.empty() || u->unit_mult != 1 || lw(j).ends_with("s")) return std::nullopt;
    // "that day" far from any date is a day of its own ("Unfortunately, that day has come.")
    if (shift == 0 && doc_.tokens[j].sentence > anchor_sentence_ + kAnaphorReach)
      return std::nullopt;
    const std::string& a = anchor_;
    auto digits_at = [&](size_t p, size_t len) {
      if (a.size() < p + len) return false;
      for (size_t q = p; q < p + len; ++q)
        if (a[q] < '0' || a[q] > '9') return false;
      return true;
    };
    const bool has_month = a.size() >= 7 && a[4] == '-' && digits_at(5, 2);
    const bool has_day = has_month && a.size() >= 10 && a[7] == '-' && digits_at(8, 2);
    const int y = *to_int(std::string_view(a).substr(0, 4));
    Match m{j + 1, TimexType::Date, "", "", anchor_how_};
    m.takes_det = true;
    if (u->unit == "Y") {
      m.value = year4(y + shift);
    } else if (u->unit == "M" && has_month) {
      const int idx = y * 12 + *to_int(std::string_view(a).substr(5, 2)) - 1 + shift;
      m.value = year4(idx / 12) + "-" + num2(idx % 12 + 1);
    } else if ((u->unit == "D" || u->unit == "W") && has_day) {
      const auto d = CivilDate::parse(std::string_view(a).substr(0, 10));
      if (!d) return std::nullopt;
      m.value =
          u->unit == "D" ? day_value(d->plus_days(shift)) : week_value(d->plus_days(7L * shift));
    } else if (u->unit == "D" && has_month && shift == 0) {
      m.value = a.substr(0, 7) + "-XX";  // "that same day" after "October"
    } else {
      return std::nullopt;
    }
    return m;
  }

  // A unit or a period word: "year", "quarter".
  [[nodiscard]] bool calendar_unit(size_t k) const {
    return wi(k) && (!wi(k)->unit.empty() || !wi(k)->period.empty());
  }

  std::optional<Match> deictic_rule(size_t i) {
    const int shift = wi(i)->shift;
    // "the current fiscal year" is that year
    const size_t j = role(i + 1, kFiscal) && calendar_unit(i + 2) ? i + 2 : i + 1;
    if (wi(i)->anaphoric) {
      const size_t k = wi(j) && wi(j)->anaphoric && wi(j)->shift == 0 ? j + 1 : j;  // "that same"
      if (auto m = anaphoric_value(k, shift)) return m;
      if (shift == 0) return std::nullopt;  // "that year" with no year named before it
    }
    const WordInfo* u = wi(j);
    // a count makes a duration: "the past six months", "the next three days"
    size_t ce = 0;
    if (auto c = count_at(j, ce); c && !(u && u->shift != kNone)) {
      if (auto d = duration_at(ce, *c)) {
        d->takes_det = true;
        return d;
      }
    }
    if (!u) return std::nullopt;
    Match m{j + 1, TimexType::Date, "", "", rel_anchor()};
    m.takes_det = true;
    if (!u->unit.empty()) {
      // "This Week", "Next Year" in title case name a programme or a book
      if (capitalized(i) && doc_.tokens[j].shape == Shape::Capitalized) return std::nullopt;
      if (lw(j).ends_with("s") && u->unit != "WE") return std::nullopt;
      if (u->unit == "H" || u->unit == "MIN" || u->unit == "S") {
        m.type = TimexType::Duration;
        m.value = "PT1" + (u->unit == "MIN" ? std::string("M") : u->unit);
        m.anchored = Anchoring::Explicit;
        return m;
      }
      if (u->unit == "Y" && u->unit_mult > 1) {
        if (wi(i)->stretch) {
          m.type = TimexType::Duration;
          m.value = "P" + std::to_string(u->unit_mult) + "Y";
          m.anchored = Anchoring::Explicit;
          return m;
        }
        if (!ref_) {
          m.value = u->unit_mult == 10 ? "XXX" : "XX";
        } else {
          const int y = ref_->year + shift * u->unit_mult;
          m.value = u->unit_mult == 10 ? std::to_string(y / 10) : num2(y / 100);
        }
        return m;
      }
      if (u->unit == "D") {  // "the next day", "the previous day"
        if (shift == 0) return std::nullopt;
        m.value = shifted("D", shift);
        return m;
      }
      m.value = shifted(u->unit, shift);
      // "the corresponding period last year": the year-ago quarter
      if (u->unit == "Y" && shift == -1 && ref_ && i > 0 && wi(i - 1) && wi(i - 1)->period == "Q")
        m.value = shifted("Q", -5);
      size_t oe = 0;  // "this year's third quarter"
      if (possessive(j + 1) && u->unit == "Y")
        if (auto o = ordinal_at(j + 2, oe);
            o && wi(oe) && !wi(oe)->period.empty() && *o <= wi(oe)->period_parts) {
          m.value += "-" + wi(oe)->period + std::to_string(*o);
          m.end = oe + 1;
        }
      // "last year's quarter": the quarter last reported, in that year
      if (possessive(j + 1) && u->unit == "Y" && wi(j + 2) && wi(j + 2)->period == "Q" &&
          !wi(j + 2)->period_qualified && ref_) {
        const int last_reported = ((ref_->month - 1) / 3 + 3) % 4 + 1;
        const int y = ref_->year + shift - (last_reported == 4 ? 1 : 0);
        m.value = year4(y) + "-Q" + std::to_string(last_reported);
        m.end = j + 3;
      }
      return m;
    }
    if (!u->period.empty()) {
      if (shift < 0 && role(j + 1, kOf) && year_at(j + 2)) {  // "the last half of 1989"
        m.value = year4(*year_at(j + 2)) + "-" + u->period + std::to_string(u->period_parts);
        m.end = j + 3;
        m.anchored = Anchoring::Explicit;
        return m;
      }
      if (!ref_) {
        m.value = "XXXX-" + u->period + "X";
        return m;
      }
      if (u->period == "Q") {
        m.value = shifted("Q", shift);
      } else {
        const int idx = ref_->year * 2 + (ref_->month - 1) / 6 + shift;
        m.value = year4(idx / 2) + "-H" + std::to_string(idx % 2 + 1);
      }
      return m;
    }
    if (u->weekday && capitalized(j)) {
      // "the previous Friday" after "Friday, Oct. 27": the one before the day last named
      const auto named = anchor_.size() >= 10
                             ? CivilDate::parse(std::string_view(anchor_).substr(0, 10))
                             : std::nullopt;
      if (wi(i)->anaphoric && shift != 0 && named) {
        const long back = (named->weekday() - u->weekday + 7) % 7,
                   fwd = (u->weekday - named->weekday() + 7) % 7;
        m.value = day_value(named->plus_days(shift < 0 ? -(back ? back : 7) : (fwd ? fwd : 7)));
        m.anchored = anchor_how_;
        add_part_of_day(m);
        return m;
      }
      m.value = weekday_value(u->weekday, shift == 0 ? 1 : shift, shift != 0);
      add_part_of_day(m);
      return m;
    }
    if (u->month && capitalized(j)) {
      if (!ref_) {
        m.value = "XXXX-" + num2(u->month);
        return m;
      }
      int y = ref_->year;
      size_t de = 0;
      const size_t after = after_abbrev(j);
      if (auto d = day_at(after, de);
          d && !year_at(after) && CivilDate::valid(2000, u->month, *d)) {
        // "last Oct. 23": the latest such day before the reference date, "next" the first after
        const int day = CivilDate::valid(y, u->month, *d) ? *d : 28;  // Feb. 29 in another year
        const long diff = CivilDate{y, u->month, day}.days() - ref_->days();
        if (shift < 0 && diff >= 0) --y;
        if (shift > 0 && diff <= 0) ++y;
        if (!CivilDate::valid(y, u->month, *d)) return std::nullopt;
        m.value = full_date(y, u->month, *d);
        m.end = de;
        m.takes_det = false;
        return m;
      }
      if (shift < 0 && u->month >= ref_->month) --y;
      if (shift > 0 && u->month <= ref_->month) ++y;
      m.value = full_date(y, u->month, 0);
      m.takes_det = false;
      return m;
    }
    if (!u->season.empty()) return season_rule(j, shift, true);
    if (!u->part.empty()) {  // "this morning", "last night", "the next morning"
      m.type = TimexType::Time;
      m.value = shifted("D", shift) + "T" + u->part;
      return m;
    }
    return std::nullopt;
  }

  // "this summer", "last fall", "fall 2020", "the spring of 1998"
  std::optional<Match> season_rule(size_t i, int shift, bool cued) {
    const WordInfo* w = wi(i);
    Match m{i + 1, TimexType::Date, "", "", rel_anchor()};
    m.takes_det = true;
    size_t e = role(i + 1, kOf) ? i + 2 : i + 1;
    if (wi(e) && wi(e)->cardinal >= 11 && wi(e)->cardinal <= 20)
      if (auto y = spoken_year_rule(e)) {
        m.value = y->value + "-" + w->season;
        m.end = y->end;
        m.anchored = Anchoring::Explicit;
        return m;
      }
    if (auto y = year_at(e)) {
      m.value = year4(*y) + "-" + w->season;
      m.end = e + 1;
      m.anchored = Anchoring::Explicit;
      return m;
    }
    if (w->season_ambiguous && !cued &&
        !(i > 0 && (role(i - 1, kDet) || (role(i - 1, kCue) && !is(i - 1, "to")))))
      return std::nullopt;
    if (w->season_ambiguous && !cued && role(i + 1, kOf))
      return std::nullopt;  // "the fall of the wall"
    if (!ref_) {
      m.value = "XXXX-" + w->season;
      return m;
    }
    int y = ref_->month <= 2 ? ref_->year - 1 : ref_->year;  // January is in last year's winter
    const int s = season_index(w->season), cur = season_of_month(ref_->month);
    if (shift < 0 && s >= cur) --y;
    if (shift > 0 && s <= cur) ++y;
    m.value = year4(y) + "-" + w->season;
    return m;
  }

  // A unit after a count at j: "years", "days", "-year"; the count's duration or an "ago" date.
  std::optional<Match> duration_at(size_t j, int count) {
    const bool hyphened = dash(j) && attached(j);
    if (hyphened) ++j;
    const WordInfo* u = wi(j);
    if (!u || u->unit.empty() || u->unit == "WE") return std::nullopt;
    // "6-year-old" is an age; "year-earlier" qualifies another expression
    if (dash(j + 1) && attached(j + 1) &&
        (role(j + 2, kOld) || role(j + 2, kAgo) || role(j + 2, kBefore)))
      return std::nullopt;
    const std::string& unit = u->unit;
    if (role(j + 1, kOld)) return std::nullopt;
    if (unit == "Q" && (hyphened || role(j + 1, kOf))) return std::nullopt;  // "three-quarters of"
    Match m{j + 1, TimexType::Duration, "", "", Anchoring::Explicit};
    const bool clock = unit == "H" || unit == "MIN" || unit == "S";
    const std::string n = count < 0 ? "X" : std::to_string(count * u->unit_mult);
    m.value = std::string("P") + (clock ? "T" : "") + n + (unit == "MIN" ? "M" : unit);
    m.takes_det = !hyphened;
    m.modifiable = false;
    m.counted = true;
    return m;
  }

  // "2 1/2 years" -> P2Y6M: the fraction written in the next smaller unit when it divides evenly.
  static void add_fraction(Match& d, int count, int num, int den) {
    if (den <= 0 || num <= 0 || num >= den || d.type != TimexType::Duration) return;
    const std::string_view v = d.value;
    const std::string whole = std::to_string(count);
    struct Split {
      std::string_view unit, sub;
      int parts;
      bool clock;
    };
    static constexpr Split kSplits[] = {
        {"Y", "M", 12, false}, {"D", "H", 24, false}, {"H", "M", 60, true}, {"M", "S", 60, true}};
    for (const Split& sp : kSplits) {
      const std::string plain = std::string(sp.clock ? "PT" : "P") + whole + std::string(sp.unit);
      if (v != plain || (sp.parts * num) % den != 0) continue;
      const std::string part = std::to_string(sp.parts * num / den) + std::string(sp.sub);
      d.value = plain;
      if (!sp.clock && sp.sub == "H") d.value += 'T';
      d.value += part;
      return;
    }
  }

  // A fraction after a count ("2 1/2 years"): the end of the count including it.
  [[nodiscard]] size_t skip_fraction(size_t j) const {
    if (digits(j) && is(j + 1, "/") && attached(j + 1) && attached(j + 2) && digits(j + 2) &&
        !attached(j))
      return j + 3;
    return j;
  }

  // "three years", "30 days", "a decade", "two weeks ago", "a year earlier", "in three days"
  std::optional<Match> count_rule(size_t i) {
    size_t j = 0;
    auto c = count_at(i, j);
    if (!c) return std::nullopt;
    if (doc_.tokens[i].kind == TokenKind::Number && lw(i).size() == 4 && year_at(i) && !wi(j))
      return std::nullopt;
    if (role(j, kExtra) && !role(j + 1, kOf) && !is(j + 1, "than")) ++j;  // "two more weeks"
    const size_t frac = j;
    j = skip_fraction(j);
    auto d = duration_at(j, *c);
    if (!d) return std::nullopt;
    if (j != frac && *c >= 0) add_fraction(*d, *c, *digits(frac), *digits(frac + 2));
    const size_t unit_end = d->end;
    // "an hour and a half": a half of the unit ("half" is the period with two parts)
    if (const size_t h = d->end; j == frac && *c >= 0 && is(h, "and") && role(h + 1, kOne) &&
                                 wi(h + 2) && wi(h + 2)->period_parts == 2) {
      const std::string before = d->value;
      add_fraction(*d, *c, 1, 2);
      // cppcheck-suppress knownConditionTrueFalse ; add_fraction changes d->value
      if (d->value != before) d->end = h + 3;
    }
    // "$2 million a year", "24 hours a day" are rates; a lone "a year" needs a word governing it
    if (wi(i) && (wi(i)->roles & kOne) && j == i + 1 && d->end == unit_end && !role(d->end, kAgo) &&
        !(i > 0 && wi(i - 1) && (wi(i - 1)->roles & (kFor | kCue) || wi(i - 1)->modifier)))
      return std::nullopt;
    // "60 Minutes": a capitalised unit inside a sentence is a name
    if (capitalized(unit_end - 1) &&
        unit_end - 1 != doc_.sentences[doc_.tokens[i].sentence].first_token && !capitalized(i))
      return std::nullopt;
    const WordInfo* u = wi(unit_end - 1);
    const bool calendar = u->unit == "Y" || u->unit == "M" || u->unit == "W" || u->unit == "D";
    const size_t e = d->end;
    if (role(e, kOld)) return std::nullopt;  // "52 years old"
    if (calendar && role(e, kAgo) && same_sentence(i, e)) {
      const int sign = -1;
      Match m{e + 1, TimexType::Date, "", "", rel_anchor()};
      m.counted = true;
      const int n = *c * u->unit_mult * sign;
      if (*c < 0) {  // "several years ago"
        m.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
        m.anchored = Anchoring::Explicit;
      } else if (u->unit == "Y" && *c == 1 && quarter_context(i) && ref_) {
        m.value = shifted("Q", -5);
      } else {
        m.value = shifted(u->unit, n);
      }
      return m;
    }
    // "Islam will one day be ...": some day in the future, not a day's length
    if (u->unit == "D" && *c == 1 && is(i, "one") && unit_end == i + 2 && i > 0 && wi(i - 1) &&
        listed_tense(i - 1) > 0)
      return Match{unit_end, TimexType::Date, "FUTURE_REF", "", Anchoring::Explicit};
    if (calendar && *c > 0 && i > 0 && is(i - 1, "in") && tense(i, e) > 0 && !role(e, kOf)) {
      Match m{e, TimexType::Date, shifted(u->unit, *c * u->unit_mult), "", rel_anchor()};
      m.counted = true;
      return m;
    }
    return d;
  }

  // "for years", "over decades": a bare plural unit after a preposition is a duration of open
  // length.
  std::optional<Match> bare_units_rule(size_t i) {
    const WordInfo* u = wi(i);
    if (i == 0 || !role(i - 1, kFor) || !lw(i).ends_with("s") || u->unit == "WE")
      return std::nullopt;
    if (role(i + 1, kOf) || role(i + 1, kAgo)) return std::nullopt;
    auto d = duration_at(i, -1);
    if (d) d->takes_det = false;
    return d;
  }

  // Business news counting in quarters: "a year ago" then means the year-ago quarter.
  [[nodiscard]] bool quarter_context(size_t i) const {
    const uint32_t s = doc_.tokens[i].sentence;
    return last_quarter_sentence_[s] >= 0 && s - last_quarter_sentence_[s] <= 1;
  }

  // "year-ago", "year-earlier" (as in "the year-earlier quarter")
  std::optional<Match> year_ago_rule(size_t i) {
    if (!(dash(i + 1) && attached(i + 1) && (role(i + 2, kAgo) || role(i + 2, kBefore))))
      return std::nullopt;
    size_t e = i + 3;
    Match m{e, TimexType::Date, "", "", rel_anchor()};
    m.takes_det = true;
    const bool quarter = (wi(e) && wi(e)->period == "Q") || quarter_context(i);
    if (wi(e) && wi(e)->period == "Q") m.end = e + 1;
    // "the year-ago third quarter", "the year-earlier nine months"
    size_t oe = 0, ce = 0;
    if (auto o = ordinal_at(e, oe); o && wi(oe) && !wi(oe)->period.empty() && ref_) {
      m.value = year4(ref_->year - 1) + "-" + wi(oe)->period + std::to_string(*o);
      m.end = oe + 1;
      return m;
    }
    if (auto c = count_at(e, ce); c && *c > 0)
      if (auto d = duration_at(ce, *c)) return d;
    m.value = quarter && ref_ ? shifted("Q", -5) : shifted("Y", -1);
    return m;
  }

  // "every Monday", "each year", "per week"
  std::optional<Match> every_rule(size_t i) {
    size_t j = i + 1;
    if (is(j, "other")) ++j;
    const WordInfo* u = wi(j);
    if (!u) return std::nullopt;
    Match m{j + 1, TimexType::Set, "", "", Anchoring::Explicit};
    if (u->weekday && capitalized(j)) {
      m.value = "XXXX-WXX-" + std::to_string(u->weekday);
      return m;
    }
    if (u->month && capitalized(j)) {  // "each July"
      m.value = "XXXX-" + num2(u->month);
      return m;
    }
    if (!u->unit.empty() && u->unit != "WE") {
      const bool clock = u->unit == "H" || u->unit == "MIN" || u->unit == "S";
      const int n = (j == i + 2 ? 2 : 1) * u->unit_mult;
      m.value = std::string("P") + (clock ? "T" : "") + std::to_string(n) +
                (u->unit == "MIN" ? "M" : u->unit);
      return m;
    }
    if (!u->part.empty()) {
      m.value = "XXXX-XX-XXT" + u->part;
      return m;
    }
    return std::nullopt;
  }

  // "fiscal 1998", "fiscal year 1998"
  std::optional<Match> fiscal_rule(size_t i) {
    size_t j = i + 1;
    if (wi(j) && wi(j)->unit == "Y" && wi(j)->unit_mult == 1) ++j;
    if (auto y = year_at(j))
      return Match{j + 1, TimexType::Date, year4(*y), "", Anchoring::Explicit};
    size_t e = 0;
    if (ordinal_at(j, e)) {
      auto m = ordinal_rule(j);
      if (m) return m;
    }
    return std::nullopt;
  }
};

}  // namespace

ReferenceDate find_reference_date(const Document& doc, const Lexicons& lex, const Options& opt) {
  ReferenceDate ref;
  if (opt.reference_date) {
    ref.date = opt.reference_date;
    ref.source = ReferenceSource::Option;
    return ref;
  }
  // A dateline or publication line: a full date among the first tokens of the article that
  // stands on its own line, follows a label ("Published:"), or leads into the story ("-", "(AP)").
  Parser p(doc, lex.dates().tables(), std::nullopt);
  auto found = p.explicit_date_near_start(60);
  if (!found) return ref;
  const auto& [m, start] = *found;
  const Token& first = doc.tokens[start];
  const Segment& para = doc.paragraphs[first.paragraph];
  const bool own_line = para.end_token - para.first_token <= 14 ||
                        (m.end < doc.tokens.size() && doc.tokens[m.end].newline_before);
  const bool leads = m.end < doc.tokens.size() && (doc.tokens[m.end].kind == TokenKind::Dash ||
                                                   doc.str(doc.tokens[m.end]) == "(");
  const bool labelled = start > 0 && (doc.str(doc.tokens[start - 1]) == ":");
  if (!(own_line || leads || labelled)) return ref;
  std::string iso = m.value;
  if (iso.starts_with("XXXX-")) {  // "WASHINGTON, Sept. 19 (Reuters) -": the year from the story
    // Counted from its paragraph: a headline may stand above the dateline.
    if (!leads || start - para.first_token > 12) return ref;
    auto y = p.latest_year();
    if (!y) return ref;
    iso.replace(0, 4, std::to_string(*y));
  }
  ref.date = CivilDate::parse(iso);
  if (!ref.date) return ref;
  ref.source = ReferenceSource::Dateline;
  ref.evidence = doc.span(start, m.end - 1);
  return ref;
}

std::vector<Timex> extract_dates(const Document& doc, const Lexicons& lex,
                                 const ReferenceDate& ref) {
  Parser p(doc, lex.dates().tables(), ref.date);
  return p.run();
}

const char* to_string(TimexType t) {
  switch (t) {
    case TimexType::Date:
      return "DATE";
    case TimexType::Time:
      return "TIME";
    case TimexType::Duration:
      return "DURATION";
    case TimexType::Set:
      return "SET";
  }
  return "DATE";
}

const char* to_string(Anchoring a) {
  switch (a) {
    case Anchoring::Explicit:
      return "explicit";
    case Anchoring::Reference:
      return "reference";
    case Anchoring::Unresolved:
      return "unresolved";
  }
  return "unresolved";
}

const char* to_string(ReferenceSource s) {
  switch (s) {
    case ReferenceSource::Option:
      return "option";
    case ReferenceSource::Dateline:
      return "dateline";
    case ReferenceSource::None:
      return "none";
  }
  return "none";
}

}  // namespace docket
