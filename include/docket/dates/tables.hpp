// Date tables: the compiled form of lexicons/dates/*.tsv that the date matcher reads.
// Internal to the dates stage (src/dates.cpp, src/dates/lexicon.cpp); other stages use dates.hpp.
#pragma once

#include <charconv>
#include <climits>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "docket/dates.hpp"
#include "docket/string_map.hpp"

namespace docket {
namespace dates {

// What a grammar word does in the date rules (lexicons/dates/function_words.tsv and others).
enum Role : uint32_t {
  kDet = 1 << 0,
  kOne = 1 << 1,
  kAgo = 1 << 2,
  kBefore = 1 << 3,
  kAfter = 1 << 4,
  kOf = 1 << 5,
  kFiscal = 1 << 6,
  kCue = 1 << 7,
  kBlocker = 1 << 8,
  kEvery = 1 << 9,
  kZone = 1 << 10,
  kOrdSuffix = 1 << 11,
  kFor = 1 << 12,
  kOld = 1 << 13,
  kPassive = 1 << 14,
  kEnded = 1 << 15,
  kExtra = 1 << 16,
  kAdverb = 1 << 17,
  kCopula = 1 << 18,
};

constexpr int kNone = INT_MIN;

// Everything the lexicons say about one lower-cased word.
struct WordInfo {
  int month = 0, weekday = 0;
  bool month_ambiguous = false, weekday_ambiguous = false;
  int cardinal = kNone, ordinal = kNone;
  std::string unit;  // Y M W D H MIN S WE
  int unit_mult = 1;
  int shift = kNone;       // relative.tsv
  bool stretch = false;    // "past": with decades and centuries a duration ("the past decade")
  bool anaphoric = false;  // "the following year": counts from the last date named
  int day_offset = kNone;  // days.tsv
  std::string day_part;    // days.tsv third column ("tonight")
  std::string part;        // parts_of_day.tsv
  std::string season;
  bool season_ambiguous = false;
  std::string period;  // periods.tsv code
  int period_parts = 0;
  bool period_qualified = false;  // only with a qualifier ("the latest period")
  int quantity = kNone;           // quantities.tsv: -1 for X
  int decade = kNone;             // numbers.tsv decade words: "the nineties" -> 90
  std::string set_value;          // sets.tsv single-word sets
  std::string clock;              // clock.tsv
  std::string mod;                // modifiers.tsv single words
  bool modifier = false;
  int tense = 0;                    // -1 past, +1 future
  bool tenseless = false;           // an "-ed" word that is no past tense ("succeed")
  bool tense_verb_only = false;     // a cue that is also a noun ("plan")
  bool tense_after_copula = false;  // a cue only after "is"/"are" ("is to resume")
  uint32_t roles = 0;
  std::vector<size_t> phrases;  // phrases starting with this word, longest first
};

enum class PhraseKind : uint8_t { Vague, Holiday, Modifier };

struct Phrase {
  std::vector<std::string> words;
  PhraseKind kind = PhraseKind::Vague;
  std::string value;                    // vague value or modifier mod
  int month = 0, day = 0, weekday = 0;  // holidays
};

}  // namespace dates

struct DateLexicon::Tables {
  StringMap<dates::WordInfo> words;    // looked up for every token
  std::vector<dates::Phrase> phrases;  // multi-word entries; WordInfo::phrases indexes them

  [[nodiscard]] const dates::WordInfo* find(std::string_view w) const { return words.find(w); }
};

namespace dates {

// A whole string as a decimal integer ("+1" allowed), else nullopt.
inline std::optional<int> to_int(std::string_view s) {
  int v = 0;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace dates
}  // namespace docket
