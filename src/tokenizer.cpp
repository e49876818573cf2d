#include "docket/tokenizer.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "docket/lexicons.hpp"
#include "docket/utf8.hpp"

namespace docket {
namespace {

bool is_dash(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}
bool is_open_quote(char32_t c) {
  return c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x201E || c == 0x201A || c == 0x2039;
}
bool is_close_quote(char32_t c) {
  return c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A;
}
bool is_space(char32_t c) {
  // ASCII White_Space is exactly TAB..CR and SPACE; only other code points need the ICU lookup.
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0xA0 || c == 0x2028 || c == 0x2029 || u_isUWhiteSpace(static_cast<UChar32>(c));
}
// Characters after which a straight quote opens rather than closes.
bool opens_after(char32_t c) {
  return c == 0 || is_space(c) || c == '(' || c == '[' || c == '{' || is_dash(c) ||
         is_open_quote(c) || c == '"' || c == '\'';
}

// Lower-cases text code point by code point where the lower-case form has the same UTF-8 length,
// so that the copy keeps the original's byte offsets.
std::string lower_copy(std::string_view text) {
  std::string out(text);
  // ASCII letters first, in a branch-free loop the compiler vectorises; bytes >= 0x80 stay as
  // they are, and only texts that have some get the code-point pass below.
  unsigned char high = 0;
  for (char& ch : out) {
    const auto b = static_cast<unsigned char>(ch);
    high |= b;
    ch = static_cast<char>(b + (static_cast<unsigned char>(b - 'A') < 26 ? 32 : 0));
  }
  if (high < 0x80) return out;
  for (size_t i = 0; i < out.size();) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    size_t j = i;
    const char32_t cp = utf8::next(text, j);
    const auto lc = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    if (lc != cp) {
      std::string enc;
      utf8::append(enc, lc);
      if (enc.size() == j - i) out.replace(i, enc.size(), enc);
    }
    i = j;
  }
  return out;
}

// The offset of the first '\n' or '\r' at or after i (text.size() when none); memchr is vectorised.
size_t line_end(std::string_view text, size_t i) {
  const char* begin = text.data() + i;
  const size_t n = text.size() - i;
  const void* lf = std::memchr(begin, '\n', n);
  const size_t end = lf ? static_cast<size_t>(static_cast<const char*>(lf) - begin) : n;
  const void* cr = std::memchr(begin, '\r', end);
  return i + (cr ? static_cast<size_t>(static_cast<const char*>(cr) - begin) : end);
}

// Decides which line breaks end a paragraph. Hard-wrapped text (lines broken mid-sentence) keeps
// paragraphs at blank lines only; otherwise each line is a paragraph, as news copy is written.
// Returns a copy of the text in which the soft line breaks are spaces, for the break iterators.
std::string mark_paragraphs(std::string_view text, std::vector<uint32_t>& para_starts_bytes) {
  struct Line {
    size_t begin, end, next;
    bool blank;
  };  // end: before the line break
  std::vector<Line> lines;
  for (size_t i = 0; i <= text.size();) {
    size_t j = line_end(text, i);
    size_t next = j;
    if (next < text.size())
      next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2 : 1;
    bool blank = true;
    for (size_t k = i; k < j && blank; ++k) blank = text[k] == ' ' || text[k] == '\t';
    lines.push_back({i, j, next, blank});
    if (j >= text.size()) break;
    i = next;
  }
  size_t joined = 0, unfinished = 0;
  auto last_char_terminal = [&](const Line& l) {
    size_t e = l.end;
    while (e > l.begin && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    if (e == l.begin) return true;
    const unsigned char c = static_cast<unsigned char>(text[e - 1]);
    // '.', '!', '?', ':', quotes (straight or the last byte of a curly one), ')'
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')' ||
           c == 0x9D || c == 0x99 || c == 0xBB;
  };
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    if (lines[k].blank || lines[k + 1].blank) continue;
    ++joined;
    if (!last_char_terminal(lines[k])) ++unfinished;
  }
  const bool wrapped = joined >= 3 && unfinished * 2 >= joined;

  std::string seg(text);
  bool in_para = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (l.blank) {
      in_para = false;
      continue;
    }
    const bool indented = l.begin < text.size() && (text[l.begin] == ' ' || text[l.begin] == '\t');
    if (!in_para || !wrapped || indented) {
      para_starts_bytes.push_back(static_cast<uint32_t>(l.begin));
    } else {
      // Soft break inside a paragraph: the previous line's break becomes spaces.
      for (size_t b = lines[k - 1].end; b < lines[k - 1].next; ++b) seg[b] = ' ';
      // A break iterator must not see a hard break here, so it was blanked above.
    }
    in_para = true;
  }
  return seg;
}

Shape shape_of(std::string_view s) {
  size_t upper = 0, lower = 0, digit = 0, letters = 0, n = 0;
  bool first_upper = false;
  for (size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    const char32_t c = byte < 0x80 ? (++i, byte) : utf8::next(s, i);  // ASCII needs no decoding
    ++n;
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') {
        ++upper;
        ++letters;
        if (n == 1) first_upper = true;
      } else if (c >= 'a' && c <= 'z') {
        ++lower;
        ++letters;
      } else if (c >= '0' && c <= '9')
        ++digit;
      continue;
    }
    const auto uc = static_cast<UChar32>(c);
    if (u_isupper(uc) || u_istitle(uc)) {
      ++upper;
      ++letters;
      if (n == 1) first_upper = true;
    } else if (u_islower(uc)) {
      ++lower;
      ++letters;
    } else if (u_isalpha(uc))
      ++letters;  // caseless scripts
    else if (u_isdigit(uc))
      ++digit;
  }
  if (letters == 0) return digit > 0 ? Shape::Digits : Shape::Other;
  if (digit > 0) return Shape::Mixed;
  if (upper == 0)
    return lower > 0 ? Shape::Lower : Shape::Capitalized;  // caseless: treat as a name
  if (lower == 0) return upper == 1 && letters == 1 ? Shape::Capitalized : Shape::AllCaps;
  return first_upper ? Shape::Capitalized : Shape::Mixed;
}

// ICU's word boundaries and rule statuses (UAX #29 with ICU's rules) for text that is all ASCII,
// found without ICU: letters and digits join, '_' joins anything word-like, '.' and ''' join two
// letters or two digits, ',' and ';' join two digits; spaces group; other characters stand alone.
// tests/tokenizer_fastpath_test.cpp checks it against ICU on random ASCII text.
class AsciiWords {
 public:
  explicit AsciiWords(std::string_view s) : s_(s) {}
  int32_t next();  // the boundary after the next segment, or BreakIterator::DONE
  [[nodiscard]] int32_t status() const { return status_; }
  void seek(size_t pos) { pos_ = pos; }

 private:
  // ICU's word rules count '@' as a letter ("a@b.com" is one word).
  static bool letter(unsigned char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '@';
  }
  static bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

  std::string_view s_;
  size_t pos_ = 0;
  int32_t status_ = UBRK_WORD_NONE;
};

int32_t AsciiWords::next() {
  const size_t n = s_.size();
  if (pos_ >= n) return icu::BreakIterator::DONE;
  size_t p = pos_;
  const auto first = static_cast<unsigned char>(s_[p]);
  status_ = UBRK_WORD_NONE;
  if (letter(first) || digit(first) || first == '_') {
    while (p < n) {
      const auto c = static_cast<unsigned char>(s_[p]);
      if (!letter(c) && !digit(c) && c != '_') {
        if (p + 1 >= n) break;
        const auto prev = static_cast<unsigned char>(s_[p - 1]),
                   after = static_cast<unsigned char>(s_[p + 1]);
        const bool mid_letter = c == '.' || c == '\'';
        const bool mid_number = mid_letter || c == ',' || c == ';';
        if (!(mid_letter && letter(prev) && letter(after)) &&
            !(mid_number && digit(prev) && digit(after)))
          break;
      }
      ++p;
    }
    // The status is that of the rule joining the last two characters: a final digit makes a
    // number ("A4"), a final letter a word ("3pm"); a final '_' follows the character before it,
    // and '_' alone is no word at all.
    const auto last = static_cast<unsigned char>(s_[p - 1]);
    if (letter(last))
      status_ = UBRK_WORD_LETTER;
    else if (digit(last))
      status_ = UBRK_WORD_NUMBER;
    else if (p - 1 > pos_)
      status_ = digit(static_cast<unsigned char>(s_[p - 2])) ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
  } else if (first == ' ') {
    while (p < n && s_[p] == ' ') ++p;
  } else {
    p += first == '\r' && p + 1 < n && s_[p + 1] == '\n' ? 2 : 1;
  }
  pos_ = p;
  return static_cast<int32_t>(p);
}

}  // namespace

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<icu::BreakIterator> sentences;
  UText* ut = nullptr;

  Impl() {
    UErrorCode st = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale("en"), st));
    // ss=standard suppresses sentence breaks after common abbreviations (U.S., Mr., Sept.).
    sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), st));
    if (U_FAILURE(st) || !words || !sentences)
      throw std::runtime_error(std::string("ICU break iterators unavailable: ") + u_errorName(st));
  }
  ~Impl() {
    if (ut) utext_close(ut);
  }
  void set_text(icu::BreakIterator& it, std::string_view s) {
    UErrorCode st = U_ZERO_ERROR;
    ut = utext_openUTF8(ut, s.data(), static_cast<int64_t>(s.size()), &st);
    it.setText(ut, st);
    if (U_FAILURE(st))
      throw std::runtime_error(std::string("ICU setText failed: ") + u_errorName(st));
  }
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

Result<TokenizerRules> TokenizerRules::compile(const Lexicons& lex) {
  TokenizerRules r;
  for (const auto& e : lex.file("tokenizer/abbreviations.tsv").entries)
    r.no_break_after.push_back(std::string(e[0]));
  for (const auto& e : lex.file("tokenizer/sentence_starters.tsv").entries)
    r.sentence_starters.push_back(std::string(e[0]));
  auto lower = [](std::string& s) {
    for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  };
  for (auto& s : r.no_break_after) lower(s);
  for (auto& s : r.sentence_starters) lower(s);
  std::sort(r.no_break_after.begin(), r.no_break_after.end());
  std::sort(r.sentence_starters.begin(), r.sentence_starters.end());
  return r;
}

// Initials of a name: "j.", "k.m." (one to three letters, each with its period).
static bool is_initials(std::string_view s) {
  if (s.size() < 2 || s.size() > 6 || s.size() % 2) return false;
  for (size_t i = 0; i < s.size(); i += 2)
    if (s[i] < 'a' || s[i] > 'z' || s[i + 1] != '.') return false;
  return true;
}

bool TokenizerRules::keeps_sentence(std::string_view abbrev, std::string_view next) const {
  if (!std::binary_search(no_break_after.begin(), no_break_after.end(), abbrev) &&
      !is_initials(abbrev))
    return false;
  return !std::binary_search(sentence_starters.begin(), sentence_starters.end(), next);
}

Document Tokenizer::tokenize(std::string_view text, const TokenizerRules* rules) {
  Document doc;
  doc.text = text;
  doc.lower = lower_copy(text);
  doc.index = TextIndex(text);
  doc.tokens.reserve(text.size() / 4 + 16);  // news prose: about one token per 4-5 bytes

  std::vector<uint32_t> para_starts;
  const std::string seg = mark_paragraphs(text, para_starts);

  // Sentence boundaries (byte offsets into seg, which has text's offsets).
  std::vector<uint32_t> sent_bounds;
  impl_->set_text(*impl_->sentences, seg);
  for (int32_t b = impl_->sentences->next(); b != icu::BreakIterator::DONE;
       b = impl_->sentences->next())
    sent_bounds.push_back(static_cast<uint32_t>(b));

  // Tokens: ICU's word boundaries, or for all-ASCII text the same boundaries found directly.
  const bool ascii = doc.index.ascii();
  auto& wi = *impl_->words;
  AsciiWords aw(seg);
  if (!ascii) impl_->set_text(wi, seg);
  int32_t start = ascii ? 0 : wi.first();
  size_t cp_pos = 0, byte_pos = 0;  // running conversion of byte offsets to code points
  auto cp_at = [&](size_t byte) {
    if (ascii) return static_cast<uint32_t>(byte);
    for (; byte_pos < byte; ++byte_pos)
      cp_pos += (static_cast<unsigned char>(text[byte_pos]) & 0xC0) != 0x80;
    return static_cast<uint32_t>(cp_pos);
  };
  size_t sent_i = 0, para_i = 0;
  uint32_t sentence_no = 0;
  bool sentence_open = false;
  int32_t para_no = -1;
  bool space = false, newline = false;
  char32_t prev_char = 0;

  auto push = [&](size_t b, size_t e, TokenKind kind) {
    Token t;
    t.byte_begin = static_cast<uint32_t>(b);
    t.byte_end = static_cast<uint32_t>(e);
    t.span.begin = cp_at(b);
    t.span.end = cp_at(e);
    t.kind = kind;
    t.space_before = space;
    t.newline_before = newline;
    t.shape = (kind == TokenKind::Word || kind == TokenKind::Number || kind == TokenKind::Clitic)
                  ? shape_of(text.substr(b, e - b))
                  : Shape::Other;
    // Paragraph and sentence membership.
    bool new_para = false;
    while (para_i < para_starts.size() && para_starts[para_i] <= b) {
      ++para_i;
      new_para = true;
    }
    bool new_sent = false;
    while (sent_i < sent_bounds.size() && sent_bounds[sent_i] <= b) {
      ++sent_i;
      new_sent = true;
    }
    if (new_para || para_no < 0) {
      para_no = static_cast<int32_t>(para_i) - 1;
      if (para_no < 0) para_no = 0;
      new_sent = true;
    }
    if (new_sent || !sentence_open) {
      if (sentence_open) ++sentence_no;
      sentence_open = true;
    }
    t.sentence = sentence_no;
    t.paragraph = static_cast<uint32_t>(para_no);
    doc.tokens.push_back(t);
    space = newline = false;
  };

  auto next_boundary = [&] { return ascii ? aw.next() : wi.next(); };
  for (int32_t end = next_boundary(); end != icu::BreakIterator::DONE;
       start = end, end = next_boundary()) {
    const auto b = static_cast<size_t>(start);
    auto e = static_cast<size_t>(end);
    const int32_t status = ascii ? aw.status() : wi.getRuleStatus();
    if (status >= UBRK_WORD_NONE_LIMIT) {
      const bool number = status < UBRK_WORD_NUMBER_LIMIT;
      std::string_view w = text.substr(b, e - b);
      if (!number) {
        // Dotted acronyms keep their final period: "U.S." rather than "U.S" + ".".
        if (w.find('.') != std::string_view::npos && e < text.size() && text[e] == '.') {
          ++e;
          if (ascii)
            aw.seek(e);
          else
            wi.following(static_cast<int32_t>(e) - 1);
          end = static_cast<int32_t>(e);
        }
        // Possessive clitics become their own token: "TikTok’s" -> "TikTok" "’s".
        size_t cl = 0;
        if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S")))
          cl = 2;
        else if (w.size() > 4 && (w.ends_with("\u2019s") || w.ends_with("\u2019S")))
          cl = 4;
        if (cl && e == b + w.size()) {
          push(b, e - cl, TokenKind::Word);
          push(e - cl, e, TokenKind::Clitic);
          prev_char = 's';
          continue;
        }
      }
      push(b, e, number ? TokenKind::Number : TokenKind::Word);
      prev_char = 'a';
      continue;
    }
    // Not a word: white space, punctuation, symbols; each code point its own token.
    for (size_t p = b; p < e;) {
      size_t q = p;
      const auto byte = static_cast<unsigned char>(text[p]);
      const char32_t ch = byte < 0x80 ? (++q, byte) : utf8::next(text, q);
      if (is_space(ch)) {
        space = true;
        if (ch == '\n' || ch == '\r' || ch == 0x2028 || ch == 0x2029) newline = true;
        prev_char = ' ';
        p = q;
        continue;
      }
      TokenKind kind = TokenKind::Punct;
      if (is_open_quote(ch))
        kind = TokenKind::OpenQuote;
      else if (is_close_quote(ch))
        kind = TokenKind::CloseQuote;
      else if (ch == '"' || ch == '\'' || ch == 0x2032 || ch == 0x2033)
        kind = opens_after(prev_char) ? TokenKind::OpenQuote : TokenKind::CloseQuote;
      else if (is_dash(ch))
        kind = TokenKind::Dash;
      else if (u_ispunct(static_cast<UChar32>(ch)))
        kind = TokenKind::Punct;
      else if (ch >= 0x80 && u_isalnum(static_cast<UChar32>(ch)))
        kind = TokenKind::Word;
      else
        kind = TokenKind::Symbol;
      push(p, q, kind);
      prev_char = ch;
      p = q;
    }
  }

  // Undo sentence breaks right after a known abbreviation ("U.S." / "Sen." + "." ...).
  if (rules && !doc.tokens.empty()) {
    std::string abbrev;
    uint32_t shift = 0;
    for (size_t k = 1; k < doc.tokens.size(); ++k) {
      Token& t = doc.tokens[k];
      const Token& prev = doc.tokens[k - 1];
      const uint32_t orig = t.sentence;
      t.sentence -= shift;
      if (orig + 0 == prev.sentence + shift || t.paragraph != prev.paragraph) continue;
      if (prev.kind != TokenKind::Word && !(prev.kind == TokenKind::Punct && doc.str(prev) == "."))
        continue;
      abbrev.assign(doc.lower_str(prev));
      if (prev.kind == TokenKind::Punct && k >= 2 && !prev.space_before)
        abbrev.insert(0, doc.lower_str(doc.tokens[k - 2]));
      if (abbrev.empty() || abbrev.back() != '.') continue;
      if (t.kind != TokenKind::Word || !rules->keeps_sentence(abbrev, doc.lower_str(t))) continue;
      ++shift;
      t.sentence -= 1;
    }
  }
  // Paragraph numbers skip where a paragraph holds no token; make them dense first.
  uint32_t dense = 0, last = UINT32_MAX;
  for (auto& t : doc.tokens) {
    if (t.paragraph != last) {
      if (last != UINT32_MAX) ++dense;
      last = t.paragraph;
    }
    t.paragraph = dense;
  }
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t k = 0; k < n; ++k) {
    const Token& t = doc.tokens[k];
    if (t.sentence >= doc.sentences.size()) doc.sentences.push_back({t.span, k, k, t.paragraph});
    Segment& s = doc.sentences[t.sentence];
    s.span.end = t.span.end;
    s.end_token = k + 1;
    if (t.paragraph >= doc.paragraphs.size()) doc.paragraphs.push_back({t.span, k, k, t.paragraph});
    Segment& p = doc.paragraphs[t.paragraph];
    p.span.end = t.span.end;
    p.end_token = k + 1;
  }
  return doc;
}

}  // namespace docket
