// Quote extraction: pairs quotation marks paragraph by paragraph, then reads each quotation's
// attribution (speech verb or cue phrase and the speaker phrase next to it) from the text around
// it.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "docket/quotes.hpp"

namespace docket {
namespace {

using Kind = QuoteLexicon::Kind;

std::string lower_words(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

// Whether `word` stands in `text` as a whole word (both lower case).
bool has_word(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || text[at - 1] == ' ') && (end == text.size() || text[end] == ' ')) return true;
  }
  return false;
}

// Which glyphs close a quotation opened by a mark of this family.
enum class Family : uint8_t { None, Curly, Low9, Guillemet, Straight, Backtick };

struct Mark {
  uint32_t first = 0, last = 0;  // its tokens (a `` or '' pair takes two)
  Family family = Family::None;
  bool opens = false, closes = false;
};

// A paired quotation: its marks and the tokens between them.
struct Raw {
  uint32_t open_first = 0, open_last = 0;  // opening mark
  uint32_t close_first = 0;                // closing mark, or one past the paragraph when unclosed
  uint32_t first = 0, last = 0;            // quoted tokens, inclusive
};

struct Speaker {
  uint32_t first = 0, last = 0;  // tokens, inclusive
  bool found = false;
};

struct Attribution {
  bool found = false;
  std::string cue;
  Speaker speaker;
  uint32_t end = 0;  // last token of the attribution clause
};

class Extractor {
 public:
  Extractor(const Document& doc, const EntityResult& ent, const QuoteLexicon& lex)
      : d_(doc), ent_(ent), lex_(lex) {
    index_actors();
  }

  std::vector<Quote> run();

 private:
  const Document& d_;
  const EntityResult& ent_;
  const QuoteLexicon& lex_;
  std::vector<Raw> raws_;

  [[nodiscard]] std::string_view s(uint32_t i) const { return d_.str(d_.tokens[i]); }
  [[nodiscard]] std::string_view low(uint32_t i) const { return d_.lower_str(d_.tokens[i]); }
  [[nodiscard]] bool is(uint32_t i, std::string_view t) const { return s(i) == t; }
  [[nodiscard]] bool is_word(uint32_t i) const { return d_.tokens[i].kind == TokenKind::Word; }
  [[nodiscard]] bool capitalized(uint32_t i) const {
    const Shape sh = d_.tokens[i].shape;
    return is_word(i) && (sh == Shape::Capitalized || sh == Shape::AllCaps || sh == Shape::Mixed);
  }
  // Sentence-final punctuation ("Mr." keeps its period inside the sentence) or a semicolon.
  [[nodiscard]] bool terminal(uint32_t i) const {
    if (is(i, ";")) return true;
    if (!is(i, ".") && !is(i, "!") && !is(i, "?")) return false;
    // An initial or short abbreviation ("Vann R. Newkirk", "(D-Md.)") does not end a sentence.
    if (is(i, ".") && i > 0 && capitalized(i - 1) && d_.tokens[i - 1].span.size() <= 2 &&
        !d_.tokens[i].space_before)
      return false;
    return i + 1 >= d_.tokens.size() || d_.tokens[i + 1].sentence != d_.tokens[i].sentence;
  }
  [[nodiscard]] uint32_t para_end(uint32_t i) const {
    return d_.paragraphs[d_.tokens[i].paragraph].end_token;
  }
  [[nodiscard]] uint32_t para_begin(uint32_t i) const {
    return d_.paragraphs[d_.tokens[i].paragraph].first_token;
  }
  [[nodiscard]] uint32_t sent_begin(uint32_t i) const {
    return d_.sentences[d_.tokens[i].sentence].first_token;
  }

  // The comma that opens the appositive ending at `j` (a comma), or -1.
  [[nodiscard]] int64_t comma_before(int64_t j, uint32_t lower) const {
    int64_t k = j - 1;
    while (k >= lower && j - k < 24 && !is(k, ",") && !terminal(k) &&
           mark_at(k).family == Family::None)
      --k;
    return k >= lower && is(k, ",") ? k : -1;
  }
  Mark mark_at(uint32_t i) const;
  void pair_marks();
  bool opener_at(uint32_t i) const;
  bool phrase_at(uint32_t i, std::string_view phrase, uint32_t limit, uint32_t* last) const;
  bool cue_at(uint32_t i, uint32_t limit, uint32_t* last, QuoteLexicon::Side* side,
              bool* term) const;
  Speaker left_np(uint32_t end, uint32_t lower) const;
  Speaker right_np(uint32_t begin, uint32_t upper) const;
  Speaker subject(uint32_t first, uint32_t upper) const;
  Attribution colon_intro(uint32_t open) const;
  bool acceptable(const Speaker& sp) const;
  bool names_someone(const Speaker& sp) const;
  bool describes(uint32_t first, uint32_t end) const;
  Attribution after(const Raw& r) const;
  Attribution before(uint32_t open, uint32_t lower, bool speech_only) const;
  Attribution in_sentence_before(uint32_t first, uint32_t end) const;
  Attribution reported_before(uint32_t open) const;
  bool joins(const Attribution& a, const Raw& next) const;
  bool scare_cue_before(uint32_t open) const;
  bool titled(const Raw& r) const;
  bool premodifier(const Raw& r) const;
  bool nickname(const Raw& r) const;
  bool partial(const Raw& r) const;
  void link(Quote& q, const Speaker& sp, const std::vector<Quote>& done) const;
  void index_actors();
  template <typename Fits>
  int nearest_before(uint32_t pos, Fits fits) const;

  struct ActorMention {
    Span span;
    int actor = -1;
  };
  std::vector<ActorMention> mentions_;  // every actor mention, by position
  std::unordered_map<std::string, std::vector<int>>
      by_last_word_;  // actors by the last word of their name
};

Mark Extractor::mark_at(uint32_t i) const {
  Mark m{i, i};
  const std::string_view x = s(i);
  const bool next_glued =
      i + 1 < d_.tokens.size() && !d_.tokens[i + 1].space_before && s(i + 1) == x;
  if (x == "\u201C")
    m.family = Family::Curly, m.opens = true;
  else if (x == "\u201D")
    m.family = Family::Curly, m.closes = true;
  else if (x == "\u201E")
    m.family = Family::Low9, m.opens = true;
  else if (x == "\u00AB")
    m.family = Family::Guillemet, m.opens = true;
  else if (x == "\u00BB")
    m.family = Family::Guillemet, m.closes = true;
  else if (x == "\"")
    m.family = Family::Straight, m.opens = m.closes = true;
  else if (x == "`" && next_glued)
    m.family = Family::Backtick, m.opens = true, m.last = i + 1;
  else if (x == "'" && next_glued)
    m.family = Family::Backtick, m.closes = true, m.opens = true, m.last = i + 1;
  return m;
}

bool Extractor::opener_at(uint32_t i) const {
  const Mark m = mark_at(i);
  return m.family != Family::None && m.opens;
}

// Pairs double quotation marks within paragraphs. A quotation left open at a paragraph's end
// continues when the next paragraph opens with a quotation mark; otherwise it ends there.
void Extractor::pair_marks() {
  bool inside = false;
  bool nested = false;  // a quotation in the other style (curly or straight) is open inside
  Mark open;
  uint32_t content_first = 0;
  const auto& toks = d_.tokens;
  for (size_t p = 0; p < d_.paragraphs.size(); ++p) {
    const Segment& para = d_.paragraphs[p];
    uint32_t i = para.first_token;
    if (inside) i = mark_at(i).last + 1;  // this paragraph's opening mark continues the quotation
    for (; i < para.end_token; ++i) {
      if (toks[i].kind != TokenKind::OpenQuote && toks[i].kind != TokenKind::CloseQuote &&
          toks[i].kind != TokenKind::Symbol)
        continue;
      const Mark m = mark_at(i);
      if (m.family == Family::None) continue;
      if (!inside) {
        // A straight mark the tokenizer read as closing, glued to the word before it, is stray.
        // A paragraph or line that starts with a closing curly mark opens with it (a typo).
        const bool typo_open =
            m.family == Family::Curly && (i == para.first_token || toks[i].newline_before);
        if ((m.opens || typo_open) &&
            !(m.family == Family::Straight && toks[i].kind == TokenKind::CloseQuote &&
              !toks[i].space_before && i > para.first_token)) {
          inside = true;
          open = m;
          content_first = m.last + 1;
        }
      } else {
        // Mixed typography closes too: “no evidence" or "a bully pulpit,” with one straight mark,
        // unless the other style opened a quotation nested inside this one.
        const bool other = (open.family == Family::Straight && m.family == Family::Curly) ||
                           (open.family == Family::Curly && m.family == Family::Straight);
        const bool other_opens =
            m.family == Family::Curly ? m.opens : toks[i].kind == TokenKind::OpenQuote;
        bool mixed = false;
        if (other && other_opens)
          nested = true;
        else if (other && nested)
          nested = false;
        else
          mixed = other;
        const bool closes =
            mixed || (m.closes ? (m.family == open.family ||
                                  (open.family == Family::Low9 && m.family == Family::Curly))
                               : (open.family == Family::Low9 && s(i) == "\u201C"));
        if (closes) {
          if (content_first < i) raws_.push_back({open.first, open.last, i, content_first, i - 1});
          inside = false;
          nested = false;
        }
      }
      i = m.last;
    }
    if (inside) {
      const Mark next =
          p + 1 < d_.paragraphs.size() ? mark_at(d_.paragraphs[p + 1].first_token) : Mark{};
      const bool continues = next.family == open.family && next.opens;
      if (!continues) {
        if (content_first < para.end_token)
          raws_.push_back(
              {open.first, open.last, para.end_token, content_first, para.end_token - 1});
        inside = false;
        nested = false;
      }
    }
  }
}

// Whether `phrase` (lower case, single spaces) is spelled by the tokens from i on, ending on a
// token boundary before `limit`; *last receives the last token.
bool Extractor::phrase_at(uint32_t i, std::string_view phrase, uint32_t limit,
                          uint32_t* last) const {
  const std::string_view lower = d_.lower;
  size_t b = d_.tokens[i].byte_begin;
  size_t k = 0;
  while (k < phrase.size()) {
    if (b >= lower.size()) return false;
    if (phrase[k] == ' ') {
      if (lower[b] != ' ' && lower[b] != '\n' && lower[b] != '\t') return false;
      while (b < lower.size() && (lower[b] == ' ' || lower[b] == '\n' || lower[b] == '\t')) ++b;
      ++k;
      continue;
    }
    if (lower[b] != phrase[k]) return false;
    ++b, ++k;
  }
  for (uint32_t j = i; j < limit && d_.tokens[j].byte_begin < b; ++j) {
    if (d_.tokens[j].byte_end == b) {
      *last = j;
      return true;
    }
  }
  return false;
}

bool Extractor::cue_at(uint32_t i, uint32_t limit, uint32_t* last, QuoteLexicon::Side* side,
                       bool* term) const {
  if (!is_word(i)) return false;
  const std::string_view w = low(i);
  if (const auto* list = lex_.phrases_starting(w)) {
    for (const auto& p : *list) {
      if (phrase_at(i, p.text, limit, last)) {
        *side = p.side;
        *term = false;
        return true;
      }
    }
  }
  // A form in -s after a determiner or possessive is a plural noun: "his remarks", "Obama's
  // claims".
  if (w.ends_with('s') && i > 0 &&
      (d_.tokens[i - 1].kind == TokenKind::Clitic ||
       (is_word(i - 1) && lex_.determiner(low(i - 1)))))
    return false;
  if (const auto* v = lex_.verb(w); v && (!capitalized(i) || i == sent_begin(i))) {
    *last = i;
    *side = QuoteLexicon::Side::Before;
    *term = *v == QuoteLexicon::VerbKind::Term;
    return true;
  }
  return false;
}

// A speaker phrase must name someone: a capitalised word, a pronoun, a description noun or a
// determiner-led phrase.
bool Extractor::acceptable(const Speaker& sp) const {
  if (!sp.found) return false;
  for (uint32_t j = sp.first; j <= sp.last; ++j) {
    if (capitalized(j) || lex_.description(low(j)) || (sp.first == sp.last && lex_.pronoun(low(j))))
      return true;
  }
  return lex_.determiner(low(sp.first)) && sp.last > sp.first;
}

// The speaker phrase that ends at `end` (reading leftwards, not before `lower`).
Speaker Extractor::left_np(uint32_t end, uint32_t lower) const {
  Speaker sp;
  if (end < lower || end >= d_.tokens.size()) return sp;
  Speaker appositive;  // the phrase set off by commas between the speaker and the verb
  int64_t j = end;
  while (j >= lower && is_word(j) && lex_.modifier(low(j)) && !capitalized(j)) --j;
  if (j < lower) return sp;
  if (is(j, ")")) {  // "Sen. Smith (R-Ohio) said"
    int64_t k = j - 1;
    while (k >= lower && j - k < 10 && !is(k, "(")) --k;
    if (k < lower || !is(k, "(")) return sp;
    j = k - 1;
  } else if (is(j, ",")) {  // "Smith, a Republican, said"
    const int64_t comma = j;
    int64_t k = comma_before(j, lower);
    if (k < 0) return sp;
    // A second appositive before the first: "Ana Ruiz, founder of the league, a group that …,
    // said" (one that opens with a name is the speaker: "In Ohio, Smith, a Republican, said").
    if (const int64_t k2 = comma_before(k, lower); k2 >= 0 && describes(k2 + 1, k)) k = k2;
    appositive = {static_cast<uint32_t>(k + 1), static_cast<uint32_t>(comma - 1), true};
    j = k - 1;
  }
  if (j < lower) return sp;
  const int64_t last = j;
  if (is_word(j) && lex_.pronoun(low(j))) {
    sp = {static_cast<uint32_t>(j), static_cast<uint32_t>(j), true};
    return sp;
  }
  int lowercase = 0;
  int64_t first = -1;
  for (; j >= lower && last - j < 10; --j) {
    const Token& t = d_.tokens[j];
    if (t.kind == TokenKind::Clitic || (t.kind == TokenKind::Number && j < last)) {
      first = j;
      continue;
    }
    if (t.kind != TokenKind::Word) break;
    const std::string_view w = low(j);
    if (lex_.boundary(w) || (lex_.verb(w) && !capitalized(j))) break;
    if (lex_.determiner(w)) {
      first = j;
      const bool inner = j - 1 >= lower && (low(j - 1) == "of" || low(j - 1) == "for");
      if (!inner) break;
      continue;
    }
    if (!capitalized(j) && !lex_.description(w) && ++lowercase > 4) break;
    first = j;
  }
  if (first < 0) return sp;
  // A leading connector is not part of the phrase ("for the company" read from "of").
  while (first <= last && (low(first) == "of" || low(first) == "for")) ++first;
  if (first > last) return sp;
  sp = {static_cast<uint32_t>(first), static_cast<uint32_t>(last), true};
  if (!acceptable(sp)) return {};
  // A name set off after a description is the speaker's: "his wife, Ana Ruiz, said".
  if (appositive.found && !names_someone(sp)) {
    const Speaker name = left_np(appositive.last, appositive.first);
    if (name.found && name.first == appositive.first && names_someone(name)) return name;
  }
  return sp;
}

// Whether tokens [first, end) are a description set off by commas: one that opens with a
// determiner, a number or a description noun and holds no clause ("founder of the league", not
// "but given the efforts -- which").
bool Extractor::describes(uint32_t first, uint32_t end) const {
  if (first >= end) return false;
  const bool opens = d_.tokens[first].kind == TokenKind::Number ||
                     (is_word(first) && !capitalized(first) &&
                      (lex_.determiner(low(first)) || lex_.description(low(first))));
  if (!opens) return false;
  for (uint32_t i = first; i < end; ++i)
    if (d_.tokens[i].kind == TokenKind::Dash || (is_word(i) && lex_.verb(low(i)))) return false;
  return true;
}

bool Extractor::names_someone(const Speaker& sp) const {
  for (uint32_t j = sp.first; j <= sp.last; ++j)
    if (capitalized(j) && !(j == sp.first && lex_.determiner(low(j)))) return true;
  return false;
}

// The speaker phrase that starts at `begin` (reading rightwards, before `upper`): "said Smith".
Speaker Extractor::right_np(uint32_t begin, uint32_t upper) const {
  Speaker sp;
  if (begin >= upper) return sp;
  if (is_word(begin) && lex_.pronoun(low(begin))) return {begin, begin, true};
  uint32_t j = begin;
  int64_t last = -1;
  for (; j < upper && j - begin < 10; ++j) {
    const Token& t = d_.tokens[j];
    if (t.kind == TokenKind::Clitic) {
      last = j;
      continue;
    }
    // A number or a hyphenated compound inside the phrase: "a 52-count complaint".
    const bool glued_dash = t.kind == TokenKind::Dash && !t.space_before && j + 1 < upper &&
                            !d_.tokens[j + 1].space_before;
    if (last >= 0 && (t.kind == TokenKind::Number || glued_dash)) continue;
    if (t.kind != TokenKind::Word) break;
    const std::string_view w = low(j);
    if (lex_.boundary(w) || (lex_.verb(w) && !capitalized(j))) break;
    if (w == "of" || w == "for") {
      if (last < 0) break;  // "of the proposals, Smith said" starts no speaker phrase
      continue;
    }
    last = j;
  }
  // A document speaks for its author: "a complaint filed by the SEC", "a report issued by …".
  // (Only a document: "the man arrested by police" is still the man.)
  if (last > begin && j + 1 < upper && low(j) == "by") {
    const auto participle = static_cast<uint32_t>(last);
    const auto* head = lex_.description(low(participle - 1));
    if (head && head->kind == Kind::Organization && !capitalized(participle) &&
        low(participle).ends_with("ed")) {
      const Speaker agent = right_np(j + 1, upper);
      if (agent.found && names_someone(agent)) return agent;
    }
  }
  // A phrase ends on a noun, never on a connector or determiner ("the ballot for the").
  while (last >= begin) {
    const std::string_view w = low(static_cast<uint32_t>(last));
    if (w != "of" && w != "for" && !lex_.determiner(w)) break;
    --last;
  }
  if (last < static_cast<int64_t>(begin)) return sp;
  sp = {begin, static_cast<uint32_t>(last), true};
  if (!acceptable(sp)) return {};
  // A name set off after a description is the speaker's: "according to its president, Ellen
  // Marsh, the ruling …" (the name closes with a comma, the sentence or the attribution).
  if (const auto comma = static_cast<uint32_t>(last) + 1;
      !names_someone(sp) && comma + 1 < upper && is(comma, ",")) {
    const Speaker name = right_np(comma + 1, upper);
    const uint32_t next = name.last + 1;
    if (name.found && names_someone(name) &&
        (next >= upper || is(next, ",") || is(next, ".") || is(next, ";")))
      return name;
  }
  return sp;
}

// The first speaker phrase of a sentence, or of its main clause after an opening phrase
// ("During the speech, Trump attacked …").
Speaker Extractor::subject(uint32_t first, uint32_t upper) const {
  Speaker sp = right_np(first, upper);
  for (uint32_t k = first; !sp.found && k < upper && k < first + 15; ++k) {
    if (is(k, ",")) {
      sp = right_np(k + 1, upper);
      break;
    }
  }
  return sp;
}

// A quotation introduced by a colon with no speech verb ("The president had a message: “…”"):
// the speaker is the subject of the introducing sentence.
Attribution Extractor::colon_intro(uint32_t open) const {
  Attribution a;
  const uint32_t pb = para_begin(open);
  uint32_t colon = open;
  if (open > pb && is(open - 1, ":"))
    colon = open - 1;
  else if (open == pb && pb > 0 && is(pb - 1, ":"))
    colon = pb - 1;
  if (colon == open) return a;
  a.speaker = subject(sent_begin(colon), colon);
  if (a.speaker.found) {
    a.found = true;
    a.cue = std::string(s(colon));
    a.end = colon;
  }
  return a;
}

// `“…,” X said` / `“…,” said X` / `“…” — X` / `“…,” according to X`.
Attribution Extractor::after(const Raw& r) const {
  Attribution a;
  const uint32_t pend = para_end(r.last);
  if (r.close_first >= pend) return a;
  uint32_t j = mark_at(r.close_first).last + 1;
  bool dash = false;
  if (j < pend && is(j, ",")) ++j;
  if (j < pend && d_.tokens[j].kind == TokenKind::Dash) dash = true, ++j;
  // After a full stop inside the marks a new sentence starts: “We won.” Smith said the vote … is
  // not an attribution, unless the text runs on in lower case (“We won.” he said).
  if (!dash && j < pend && is(r.last, ".") && capitalized(j)) return a;
  const uint32_t start = j;
  for (uint32_t k = start; k < pend && k < start + 30; ++k) {
    if (opener_at(k) || terminal(k) || (dash && is(k, ","))) break;
    uint32_t last = 0;
    QuoteLexicon::Side side{};
    bool term = false;
    if (!cue_at(k, pend, &last, &side, &term)) continue;
    a.cue = std::string(d_.str(d_.span(k, last)));
    if (side == QuoteLexicon::Side::After || k == start) {
      a.speaker = right_np(last + 1, pend);
    } else if (partial(r)) {
      // After a quoted phrase the reporter's sentence goes on, so the speaker is the phrase
      // before the verb: “in honour of” Reyes, Lopez wrote.
      a.speaker = left_np(k - 1, start);
      if (!a.speaker.found) a.speaker = right_np(start, k);
    } else {
      // The phrase right after the quotation is the speaker's head: “…,” Scott Pruitt, the
      // attorney general of Oklahoma, said. A description yields to a name set off after it:
      // “…,” his wife, Ana Ruiz, said.
      a.speaker = right_np(start, k);
      if (!a.speaker.found || (!names_someone(a.speaker) && is(k - 1, ","))) {
        const Speaker named = left_np(k - 1, start);
        if (named.found && (!a.speaker.found || names_someone(named))) a.speaker = named;
      }
    }
    if (!a.speaker.found && k > start) continue;
    a.found = true;
    a.end = std::max(last, a.speaker.found ? a.speaker.last : last);
    return a;
  }
  if (dash && start < pend && capitalized(start)) {
    a.speaker = right_np(start, pend);
    if (a.speaker.found) {
      a.found = true;
      a.cue = std::string(d_.str(d_.tokens[start - 1].span));
      a.end = a.speaker.last;
    }
  }
  return a;
}

// `X said: “…”` / `X said that “…”` / `according to X, “…”`: the nearest cue before `open`
// (back to `lower`) whose speaker can be read.
Attribution Extractor::before(uint32_t open, uint32_t lower, bool speech_only) const {
  Attribution a;
  for (int64_t k = static_cast<int64_t>(open) - 1; k >= lower; --k) {
    uint32_t ku = static_cast<uint32_t>(k);
    if (d_.tokens[ku].kind == TokenKind::CloseQuote && mark_at(ku).family != Family::None) break;
    uint32_t last = 0;
    QuoteLexicon::Side side{};
    bool term = false;
    if (!cue_at(ku, open, &last, &side, &term)) continue;
    if (term && speech_only) continue;
    // A longer phrase that ends on this cue wins: "As per Judge Beeler", not "per".
    for (uint32_t back = 1; back <= 2 && ku >= lower + back; ++back) {
      uint32_t plast = 0;
      QuoteLexicon::Side pside{};
      bool pterm = false;
      if (cue_at(ku - back, open, &plast, &pside, &pterm) && plast >= last && pside == side) {
        ku -= back;
        last = plast;
        break;
      }
    }
    // A participle ("…, saying “…”") reports the sentence's subject.
    const bool participle = last == ku && low(ku).ends_with("ing");
    Speaker sp;
    if (side == QuoteLexicon::Side::After || (!participle && ku <= lower))
      sp = right_np(last + 1, open);  // also "Said Ellis: “…”", a cue that opens the sentence
    else if (participle)
      sp = subject(lower, ku);
    else
      sp = left_np(ku - 1, lower);
    if (!sp.found) continue;
    a.found = true;
    a.cue = std::string(d_.str(d_.span(ku, last)));
    a.speaker = sp;
    a.end = last;
    return a;
  }
  return a;
}

// A cue in the sentence or paragraph that introduces a quotation paragraph: one ending in a colon
// or without final punctuation ("As per Judge Beeler").
Attribution Extractor::in_sentence_before(uint32_t first, uint32_t end) const {
  if (first >= end) return {};
  const uint32_t lastt = end - 1;
  if (!is(lastt, ":") && d_.tokens[lastt].kind != TokenKind::Word &&
      d_.tokens[lastt].kind != TokenKind::Clitic)
    return {};
  return before(end, first, true);
}

// Whether `next` continues the quotation whose attribution `a` interrupts it: “A,” he said,
// “B.” The next half opens in the attribution's sentence or right after it, in the same
// paragraph, and has no attribution of its own (“A,” Jones said. “B,” Smith said. are two
// quotations; PolNeAR annotates one relation per cue).
bool Extractor::joins(const Attribution& a, const Raw& next) const {
  const Token& from = d_.tokens[a.end];
  const Token& to = d_.tokens[next.open_first];
  if (next.open_first <= a.end || next.open_first - a.end > 40 || to.paragraph != from.paragraph ||
      to.sentence > from.sentence + 1)
    return false;
  if (to.sentence == from.sentence + 1 && next.open_first != d_.sentences[to.sentence].first_token)
    return false;
  if ((partial(next) && is_word(next.open_first - 1)) || to.newline_before) return false;
  return !after(next).found;
}

// A quotation that opens a sentence with no cue of its own, after a sentence that reports the
// same speaker's words: "Smith said the talks had failed. “We gave them every chance.”" The
// sentence before must hold no quotation, whose speaker would carry on instead.
Attribution Extractor::reported_before(uint32_t open) const {
  if (open == 0) return {};
  const Segment& prev = d_.sentences[d_.tokens[open - 1].sentence];
  if (d_.tokens[prev.first_token].paragraph + 1 < d_.tokens[open].paragraph) return {};
  for (uint32_t i = prev.first_token; i < open; ++i)
    if (mark_at(i).family != Family::None) return {};
  Attribution a = before(open, prev.first_token, true);
  if (!a.found) return a;
  for (uint32_t i = std::min(a.speaker.first, a.end); i <= a.end; ++i)
    if (is_word(i) &&
        (lex_.negation(low(i)) || low(i).ends_with("n't") || low(i).ends_with("n\u2019t")))
      return {};
  return a;
}

bool Extractor::scare_cue_before(uint32_t open) const {
  const uint32_t lower = sent_begin(open);
  for (uint32_t back = 1; back <= 3 && open >= lower + back; ++back) {
    const uint32_t i = open - back;
    for (const auto& p : lex_.scare_cues()) {
      uint32_t last = 0;
      if (!phrase_at(i, p, open, &last)) continue;
      if (last + 1 < open && is_word(last + 1) && lex_.determiner(low(last + 1))) ++last;
      if (last == open - 1) return true;
    }
  }
  return false;
}

// A quoted phrase between a determiner and its noun labels the noun ("the “fair share”
// rule", "a “use it or lose it” approach").
bool Extractor::premodifier(const Raw& r) const {
  if (r.open_first == 0 || r.close_first >= para_end(r.last)) return false;
  const uint32_t prev = r.open_first - 1;
  const uint32_t next_tok = mark_at(r.close_first).last + 1;
  if (!is_word(prev) || !lex_.determiner(low(prev)) || next_tok >= para_end(r.last)) return false;
  if (!is_word(r.last)) return false;  // "a “huge win,” he said": the quotation ends a clause
  // "of" and "for" attach to the quoted noun itself: a “brazen breach” of the rules.
  const std::string_view next = low(next_tok);
  return is_word(next_tok) && !capitalized(next_tok) && !lex_.boundary(next) && next != "of" &&
         next != "for" && !lex_.verb(next) && !lex_.modifier(next);
}

// Short quotations in title case ("the “Justice for All Act”") name something.
bool Extractor::titled(const Raw& r) const {
  int words = 0, caps = 0;
  for (uint32_t j = r.first; j <= r.last; ++j) {
    if (!is_word(j)) continue;
    ++words;
    if (capitalized(j))
      ++caps;
    else if (lex_.boundary(low(j)) || lex_.determiner(low(j)) || low(j) == "of" || low(j) == "for")
      --words;
  }
  return words > 0 && words <= 8 && caps == words && words >= 2;
}

bool Extractor::nickname(const Raw& r) const {
  if (r.first != r.last || !capitalized(r.first) || r.open_first == 0) return false;
  // An unclosed quotation has no closing mark to read past (close_first is one past its
  // paragraph, possibly the end of the text: found by fuzzing).
  if (r.close_first >= para_end(r.last)) return false;
  const uint32_t next_tok = mark_at(r.close_first).last + 1;
  if (next_tok >= d_.tokens.size() || !capitalized(next_tok)) return false;
  const uint32_t prev = r.open_first - 1;
  return capitalized(prev) || (is(prev, ".") && prev > 0 && capitalized(prev - 1));
}

// A quotation is full when it opens a paragraph, a sentence or a clause (after a colon, comma,
// dash or speech verb); otherwise it is a phrase inside the reporter's own sentence.
bool Extractor::partial(const Raw& r) const {
  const uint32_t o = r.open_first;
  if (o == para_begin(o) || o == sent_begin(o) || d_.tokens[o].newline_before) return false;
  const uint32_t p = o - 1;
  const Token& t = d_.tokens[p];
  if (t.kind == TokenKind::OpenQuote) return false;
  if (is(p, ":") || is(p, "(") || is(p, "[") || terminal(p)) return false;
  if (is(p, ",") || t.kind == TokenKind::Dash) {
    // After a comma or dash a full quotation starts a sentence of its own ("X said, “We …”"); a
    // lower-case one continues the reporter's clause ("who, “in fits and starts, …”").
    const bool starts_sentence = capitalized(r.first) || d_.tokens[r.first].kind != TokenKind::Word;
    const bool after_that =
        p > 0 && is_word(p - 1) && lex_.boundary(low(p - 1)) && !lex_.verb(low(p - 1));
    return !starts_sentence || after_that;
  }
  if (is_word(p)) {
    const auto* v = lex_.verb(low(p));
    if (v && *v == QuoteLexicon::VerbKind::Speech) return false;
  }
  return true;
}

void Extractor::index_actors() {
  for (size_t a = 0; a < ent_.actors.size(); ++a) {
    for (const Mention& mm : ent_.actors[a].mentions)
      mentions_.push_back({mm.span, static_cast<int>(a)});
    const std::string& name = ent_.actors[a].name;
    const size_t sp = name.rfind(' ');
    by_last_word_[name.substr(sp == std::string::npos ? 0 : sp + 1)].push_back(static_cast<int>(a));
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const auto& x, const auto& y) { return x.span.begin < y.span.begin; });
}

// The actor of the nearest mention ending at or before `pos` that `fits`, looking back a bounded
// number of mentions so that linking stays linear in the article.
template <typename Fits>
int Extractor::nearest_before(uint32_t pos, Fits fits) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                             [](const ActorMention& x, uint32_t p) { return x.span.begin < p; });
  for (int steps = 0; it != mentions_.begin() && steps < 64; ++steps) {
    --it;
    if (it->span.end <= pos && fits(ent_.actors[static_cast<size_t>(it->actor)])) return it->actor;
  }
  return -1;
}

void Extractor::link(Quote& q, const Speaker& sp, const std::vector<Quote>& done) const {
  q.speaker_mention = d_.span(sp.first, sp.last);
  const Span m = *q.speaker_mention;
  const Kind* pron = sp.first == sp.last ? lex_.pronoun(low(sp.first)) : nullptr;
  if (!pron) {
    // A mention that overlaps the phrase.
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), m.end,
                               [](const ActorMention& x, uint32_t p) { return x.span.begin < p; });
    for (int steps = 0; it != mentions_.begin() && steps < 16 && q.speaker_actor < 0; ++steps) {
      --it;
      if (it->span.overlaps(m)) q.speaker_actor = it->actor;
    }
    // A name that ends with the phrase ("Beeler" for "Laurel Beeler"), or that the phrase ends
    // with ("Party Chairman David Pepper").
    const std::string_view text = d_.str(m);
    const size_t cut = text.rfind(' ');
    const std::string_view tail = text.substr(cut == std::string_view::npos ? 0 : cut + 1);
    if (auto cands = by_last_word_.find(std::string(tail));
        q.speaker_actor < 0 && cands != by_last_word_.end()) {
      for (int a : cands->second) {
        const std::string_view name = ent_.actors[static_cast<size_t>(a)].name;
        const std::string_view shorter = name.size() < text.size() ? name : text;
        const std::string_view longer = name.size() < text.size() ? text : name;
        if (shorter.size() > 2 && longer.ends_with(shorter) &&
            (longer.size() == shorter.size() ||
             longer[longer.size() - shorter.size() - 1] == ' ')) {
          q.speaker_actor = a;
          break;
        }
      }
    }
    // A description ("the board", "the agency") names the nearest actor whose name holds its
    // noun, or whose role it is.
    if (q.speaker_actor < 0) {
      for (uint32_t j = sp.first; j <= sp.last && q.speaker_actor < 0; ++j) {
        const auto* desc = lex_.description(low(j));
        if (!desc || (capitalized(j) && j != sp.first)) continue;
        const std::string_view noun = low(j);
        const bool person = desc->kind == Kind::Person;
        q.speaker_actor = nearest_before(m.begin, [&](const Actor& a) {
          if ((a.type == EntityType::Person) != person) return false;
          if (!desc->role.empty() && a.role == desc->role) return true;
          // An actor whose role the entity stage left open can still be named as one: "the
          // opinion" is the court's, and "11th Circuit Court of Appeals" is a court.
          const std::string name = lower_words(a.name);
          return has_word(name, noun) || (!desc->role.empty() && has_word(name, desc->role));
        });
      }
    }
    if (q.speaker_actor < 0) q.speaker_description = std::string(text);
    return;
  }
  // A pronoun: the nearest fitting actor mention before it, else the last named speaker.
  const bool person = *pron == Kind::Person || *pron == Kind::Self;
  q.speaker_actor = nearest_before(m.begin, [&](const Actor& a) {
    return a.type == (person ? EntityType::Person : EntityType::Organization);
  });
  if (q.speaker_actor >= 0) return;
  // Newest first. (Not std::views::reverse: clang 14 cannot compile libstdc++ 12's ranges.)
  for (auto it = done.rbegin(); it != done.rend(); ++it) {  // NOLINT(modernize-loop-convert)
    if (!it->speaker_description.empty()) {
      q.speaker_description = it->speaker_description;
      break;
    }
  }
}

std::vector<Quote> Extractor::run() {
  pair_marks();
  std::vector<Quote> out;
  uint32_t kept_close = 0;  // closing mark of the last quotation kept
  for (size_t r = 0; r < raws_.size(); ++r) {
    const Raw& raw = raws_[r];
    Quote q;
    q.span = d_.span(raw.first, raw.last);
    q.segments.push_back(q.span);
    q.partial = partial(raw);
    q.paragraph = d_.tokens[raw.open_first].paragraph;
    const uint32_t sb = std::max(sent_begin(raw.open_first),
                                 r > 0 && raws_[r - 1].close_first < raw.open_first &&
                                         raws_[r - 1].close_first >= sent_begin(raw.open_first)
                                     ? raws_[r - 1].close_first + 1
                                     : 0u);
    Attribution a = after(raw);
    // An attribution that interrupts the quotation joins its halves: “A,” he said, “B.”
    if (a.found && !q.partial && r + 1 < raws_.size() && joins(a, raws_[r + 1])) {
      const Span seg = d_.span(raws_[r + 1].first, raws_[r + 1].last);
      q.segments.push_back(seg);
      q.span.end = seg.end;
      ++r;
    }
    if (!a.found) a = before(raw.open_first, sb, false);
    const uint32_t pb = para_begin(raw.open_first);
    if (!a.found && raw.open_first == pb && d_.tokens[pb].paragraph > 0) {
      const Segment& prev = d_.paragraphs[d_.tokens[pb].paragraph - 1];
      const uint32_t last_sentence = d_.tokens[prev.end_token - 1].sentence;
      a = in_sentence_before(d_.sentences[last_sentence].first_token, prev.end_token);
    }
    if (!a.found && !q.partial && raw.open_first > pb &&
        raw.open_first == sent_begin(raw.open_first)) {
      // A sentence ending in a colon in the same paragraph: "The judge wrote: “…”"
      const uint32_t prev_sentence = d_.tokens[raw.open_first - 1].sentence;
      a = in_sentence_before(d_.sentences[prev_sentence].first_token, raw.open_first);
    }
    if (!a.found && !q.partial) a = colon_intro(raw.open_first);
    if (!a.found && !q.partial && raw.open_first == sent_begin(raw.open_first))
      a = reported_before(raw.open_first);
    // A term the reporter labels ("the so-called “reform”", "known as the “Fair Share rule”") is a
    // name, not something said, even when a speech verb stands nearby.
    if (q.partial && scare_cue_before(raw.open_first)) continue;
    // A second quoted phrase in the sentence of an attributed one is the same speaker's: X
    // accused them of a "massive scheme" in which they "looted" the fund.
    // Not a label between a determiner and its noun, which borrows a term rather than quoting
    // (the lawyers said the rulings "all point one way" and that she meets the "fair share" rule).
    const bool follows_partial =
        !a.found && q.partial && !out.empty() && out.back().partial &&
        kept_close < raw.open_first &&
        d_.tokens[kept_close].sentence == d_.tokens[raw.open_first].sentence && !premodifier(raw);
    if (!a.found && !follows_partial && (q.partial || titled(raw))) continue;
    // A title in the middle of a sentence ("his book, “Make Your Kid a Millionaire,”") and a
    // nickname inside a name (Robert C. “Bobby” Scott) are names, whoever is said to speak next.
    if (titled(raw) && raw.open_first != sent_begin(raw.open_first) &&
        !d_.tokens[raw.open_first].newline_before)
      continue;
    if (nickname(raw)) continue;
    if (a.found) {
      q.cue = a.cue;
      link(q, a.speaker, out);
    } else if (!out.empty() && (!q.partial || follows_partial) &&
               q.paragraph <= out.back().paragraph + 1 && out.back().speaker_mention) {
      // A continuation with no cue of its own keeps the previous speaker.
      q.speaker_mention = out.back().speaker_mention;
      q.speaker_actor = out.back().speaker_actor;
      q.speaker_description = out.back().speaker_description;
      q.cue = out.back().cue;
    }
    if (q.segments.size() == 1) q.segments.clear();
    kept_close = raws_[r].close_first;
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace

std::vector<Quote> extract_quotes(const Document& doc, const EntityResult& entities,
                                  const QuoteLexicon& lex) {
  return Extractor(doc, entities, lex).run();
}

}  // namespace docket
