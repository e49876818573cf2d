#include <algorithm>

#include "docket/dates/tables.hpp"
#include "docket/lexicons.hpp"

namespace docket {
namespace dates {
namespace {

using Tables = DateLexicon::Tables;

// Splits a lexicon phrase into the tokens the tokenizer would make of it.
std::vector<std::string> phrase_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ' ') {
      flush();
    } else if (c == '-') {
      flush();
      out.emplace_back("-");
    } else if (c == '\'' && i + 1 < s.size() && s[i + 1] == 's' &&
               (i + 2 == s.size() || s[i + 2] == ' ')) {
      flush();
      out.emplace_back("'s");
      ++i;
    } else {
      cur += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  flush();
  return out;
}

using Loader = std::optional<Error> (*)(const LexiconFile&, const LexiconEntry&, WordInfo&);

std::optional<Error> load_words(Tables& t, const Lexicons& lex, std::string_view name, Loader fn) {
  const LexiconFile& f = lex.file(name);
  for (const LexiconEntry& e : f.entries) {
    std::string key(e[0]);
    for (char& c : key) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (auto err = fn(f, e, t.words[key])) return err;
  }
  return std::nullopt;
}

std::optional<Error> need_int(const LexiconFile& f, const LexiconEntry& e, size_t col, int lo,
                              int hi, int& out) {
  auto v = to_int(e.get(col));
  if (!v || *v < lo || *v > hi) {
    return f.error_at(e, "column " + std::to_string(col + 1) + " must be a number from " +
                             std::to_string(lo) + " to " + std::to_string(hi));
  }
  out = *v;
  return std::nullopt;
}

std::optional<Error> flag(const LexiconFile& f, const LexiconEntry& e, std::string_view name,
                          bool& out) {
  if (e.get(2).empty()) return std::nullopt;
  if (e.get(2) != name)
    return f.error_at(e, "third column must be '" + std::string(name) + "' or empty");
  out = true;
  return std::nullopt;
}

std::optional<Error> one_of(const LexiconFile& f, const LexiconEntry& e, size_t col,
                            std::initializer_list<std::string_view> allowed) {
  for (auto a : allowed)
    if (e.get(col) == a) return std::nullopt;
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  return f.error_at(e, "column " + std::to_string(col + 1) + " must be one of: " + list);
}

std::optional<Error> load_phrases(Tables& t, const Lexicons& lex, std::string_view name,
                                  PhraseKind kind) {
  const LexiconFile& f = lex.file(name);
  for (const LexiconEntry& e : f.entries) {
    Phrase p;
    p.words = phrase_words(e[0]);
    p.kind = kind;
    if (p.words.empty()) return f.error_at(e, "empty phrase");
    if (kind == PhraseKind::Holiday) {
      if (auto err = need_int(f, e, 1, 1, 12, p.month)) return err;
      if (auto err = need_int(f, e, 2, -1, 31, p.day)) return err;
      if (!e.get(3).empty())
        if (auto err = need_int(f, e, 3, 1, 7, p.weekday)) return err;
      if (p.day == 0 || (p.weekday && p.day > 5)) return f.error_at(e, "bad day or occurrence");
    } else {
      p.value = e[1];
      if (kind == PhraseKind::Vague)
        if (auto err = one_of(
                f, e, 1, {"PRESENT_REF", "PAST_REF", "FUTURE_REF", "PXD", "PXW", "PXM", "PXY"}))
          return err;
      if (kind == PhraseKind::Modifier)
        if (auto err = one_of(f, e, 1,
                              {"START", "MID", "END", "-", "APPROX", "LESS_THAN", "MORE_THAN",
                               "EQUAL_OR_MORE", "EQUAL_OR_LESS"}))
          return err;
      if (p.value == "-") p.value.clear();
    }
    if (kind == PhraseKind::Modifier && p.words.size() == 1) {
      WordInfo& w = t.words[p.words[0]];
      w.modifier = true;
      w.mod = p.value;
      continue;
    }
    t.words[p.words[0]].phrases.push_back(t.phrases.size());
    t.phrases.push_back(std::move(p));
  }
  return std::nullopt;
}

}  // namespace

}  // namespace dates

using namespace dates;

Result<DateLexicon> DateLexicon::compile(const Lexicons& lex) {
  auto t = std::make_shared<Tables>();
  using F = const LexiconFile&;
  using E = const LexiconEntry&;
  std::optional<Error> err;
  auto run = [&](std::string_view name, Loader fn) {
    if (!err) err = load_words(*t, lex, name, fn);
  };
  run("dates/months.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    if (auto x = need_int(f, e, 1, 1, 12, w.month)) return x;
    return flag(f, e, "ambiguous", w.month_ambiguous);
  });
  run("dates/weekdays.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    if (auto x = need_int(f, e, 1, 1, 7, w.weekday)) return x;
    return flag(f, e, "ambiguous", w.weekday_ambiguous);
  });
  run("dates/numbers.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    int v = 0;
    if (auto x = need_int(f, e, 1, 0, 1000, v)) return x;
    const auto kind = e.get(2);
    if (kind.empty() || kind == "cardinal") {
      w.cardinal = v;
    } else if (kind == "ordinal") {
      w.ordinal = v;
    } else if (kind == "suffix") {
      w.roles |= kOrdSuffix;
    } else if (kind == "decade") {
      if (v % 10 != 0 || v < 10 || v > 90) return f.error_at(e, "a decade is 10, 20, ... 90");
      w.decade = v;
    } else {
      return f.error_at(e, "kind must be cardinal, ordinal, suffix or decade");
    }
    return std::nullopt;
  });
  run("dates/quantities.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    if (e[1] == "X") {
      w.quantity = -1;
      return std::nullopt;
    }
    return need_int(f, e, 1, 1, 1000, w.quantity);
  });
  run("dates/units.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    if (auto x = one_of(f, e, 1, {"Y", "M", "W", "D", "Q", "H", "MIN", "S", "WE"})) return x;
    w.unit = e[1];
    if (!e.get(2).empty()) return need_int(f, e, 2, 1, 1000, w.unit_mult);
    return std::nullopt;
  });
  run("dates/relative.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    const std::string_view kind = e.get(2);
    if (!kind.empty() && kind != "stretch" && kind != "anaphoric")
      return f.error_at(e, "third column must be 'stretch', 'anaphoric' or empty");
    w.stretch = kind == "stretch";
    w.anaphoric = kind == "anaphoric";
    return need_int(f, e, 1, -9, 9, w.shift);
  });
  run("dates/days.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    w.day_part = e.get(2);
    return need_int(f, e, 1, -9, 9, w.day_offset);
  });
  run("dates/parts_of_day.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    w.part = e[1];
    return one_of(f, e, 1, {"MO", "AF", "EV", "NI", "DT"});
  });
  run("dates/seasons.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    w.season = e[1];
    if (auto x = one_of(f, e, 1, {"SP", "SU", "FA", "WI"})) return x;
    return flag(f, e, "ambiguous", w.season_ambiguous);
  });
  run("dates/periods.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    w.period = e[1];
    if (auto x = one_of(f, e, 1, {"Q", "H"})) return x;
    if (e.get(3) == "qualified")
      w.period_qualified = true;
    else if (!e.get(3).empty())
      return f.error_at(e, "fourth column must be 'qualified' or empty");
    return need_int(f, e, 2, 2, 12, w.period_parts);
  });
  run("dates/sets.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    if (e[1] == "EVERY") {
      w.roles |= kEvery;
    } else if (e[1].size() < 3 || e[1][0] != 'P') {
      return f.error_at(e, "value must be EVERY or a TimeML duration such as P1D");
    } else {
      w.set_value = e[1];
    }
    return std::nullopt;
  });
  run("dates/clock.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    w.clock = e[1];
    if (e[1] == "am" || e[1] == "pm" || e[1] == "oclock") return std::nullopt;
    if (e[1].size() != 6 || e[1][0] != 'T' || e[1][3] != ':')
      return f.error_at(e, "value must be am, pm, oclock or a clock time such as T12:00");
    return std::nullopt;
  });
  run("dates/time_zones.tsv", [](F, E, WordInfo& w) -> std::optional<Error> {
    w.roles |= kZone;
    return std::nullopt;
  });
  run("dates/tense_cues.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    if (auto x = one_of(f, e, 1, {"past", "future", "none"})) return x;
    w.tense = e[1] == "past" ? -1 : e[1] == "future" ? 1 : 0;
    w.tenseless = e[1] == "none";
    if (e.get(2) == "after-copula") {
      w.tense_after_copula = true;
      return std::nullopt;
    }
    return flag(f, e, "verb", w.tense_verb_only);
  });
  run("dates/function_words.tsv", [](F f, E e, WordInfo& w) -> std::optional<Error> {
    static const std::pair<std::string_view, uint32_t> kRoles[] = {
        {"det", kDet},         {"one", kOne},     {"ago", kAgo},       {"before", kBefore},
        {"after", kAfter},     {"of", kOf},       {"fiscal", kFiscal}, {"cue", kCue},
        {"blocker", kBlocker}, {"for", kFor},     {"old", kOld},       {"passive", kPassive},
        {"ended", kEnded},     {"extra", kExtra}, {"adverb", kAdverb}, {"copula", kCopula}};
    for (const auto& [name, bit] : kRoles) {
      if (e[1] == name) {
        w.roles |= bit;
        return std::nullopt;
      }
    }
    return f.error_at(e, "unknown role '" + std::string(e[1]) + "'");
  });
  if (!err) err = load_phrases(*t, lex, "dates/vague.tsv", PhraseKind::Vague);
  if (!err) err = load_phrases(*t, lex, "dates/holidays.tsv", PhraseKind::Holiday);
  if (!err) err = load_phrases(*t, lex, "dates/modifiers.tsv", PhraseKind::Modifier);
  if (err) return *err;
  for (auto& entry : t->words) {
    std::vector<size_t>& by_length = entry.value.phrases;
    std::stable_sort(by_length.begin(), by_length.end(), [&](size_t a, size_t b) {
      return t->phrases[a].words.size() > t->phrases[b].words.size();
    });
  }
  DateLexicon d;
  d.tables_ = std::move(t);
  return d;
}

}  // namespace docket
