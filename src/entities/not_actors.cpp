#include "docket/entities/not_actors.hpp"

#include <algorithm>
#include <unordered_set>

#include "docket/entities/actors.hpp"

namespace docket::entities {
namespace {

bool digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_cap_word(const Token& t) {
  return t.kind == TokenKind::Word && (t.shape == Shape::Capitalized || t.shape == Shape::AllCaps);
}
bool upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool alnum(char c) {
  return digit(c) || upper(c) || (c >= 'a' && c <= 'z');
}

size_t digits(std::string_view w) {
  return static_cast<size_t>(std::count_if(w.begin(), w.end(), digit));
}

// The mention's words, lower-cased and joined by single spaces.
std::string lower_name(const Document& doc, const Mention& m) {
  std::string s;
  for (uint32_t i = m.first_token; i < m.end_token; ++i) {
    const Token& tok = doc.tokens[i];
    if (tok.kind != TokenKind::Word && tok.kind != TokenKind::Number) continue;
    if (!s.empty() && tok.space_before) s += ' ';
    s += doc.lower_str(tok);
  }
  return s;
}

// Token i is a hyphen written between two words without spaces.
bool hyphen(const Document& doc, size_t i) {
  return i + 1 < doc.tokens.size() && doc.str(doc.tokens[i]) == "-" &&
         !doc.tokens[i].space_before && !doc.tokens[i + 1].space_before;
}

// The word written without spaces from token `b` to token `e` - 1 ("VC-10", which the tokenizer
// splits at the hyphen).
std::string_view glued(const Document& doc, size_t b, size_t e) {
  return doc.text.substr(doc.tokens[b].byte_begin,
                         doc.tokens[e - 1].byte_end - doc.tokens[b].byte_begin);
}

bool known_company(const Document& doc, const EntityLexicon::Tables& t, size_t b, size_t e) {
  Mention m;
  m.first_token = static_cast<uint32_t>(b);
  m.end_token = static_cast<uint32_t>(e);
  auto role = t.org_role.find(lower_name(doc, m));
  return role != t.org_role.end() && role->second == "company";
}

bool known_company(const Document& doc, const EntityLexicon::Tables& t, const Mention& m) {
  auto role = t.org_role.find(lower_name(doc, m));
  return role != t.org_role.end() && role->second == "company";
}

}  // namespace

bool is_model_designation(std::string_view w, bool known_maker) {
  if (w.empty() || w.size() > 10) return false;
  size_t i = 0;
  while (i < w.size() && upper(w[i])) ++i;
  if (i > 0) {
    // letters then digits: "A380", "F-16", "MD-11", "A400M"; one digit is rather a period or a
    // group: "Q2", "H1", "G7"
    if (i > 3 || digits(w) < 2) return false;
    if (i < w.size() && w[i] == '-') ++i;
    if (i >= w.size() || !digit(w[i])) return false;
    return std::all_of(w.begin() + static_cast<ptrdiff_t>(i), w.end(),
                       [](char c) { return alnum(c) || c == '-'; });
  }
  // "737", "787s", "737-800": three digits, then a plural s or a variant at most
  if (!known_maker) return false;
  while (i < w.size() && digit(w[i])) ++i;
  if (i != 3) return false;
  const std::string_view rest = w.substr(3);
  return rest.empty() || rest == "s" ||
         (rest.size() >= 2 && rest[0] == '-' && std::all_of(rest.begin() + 1, rest.end(), alnum));
}

namespace {

// is_model_designation, asking whether the maker is a known company only when that matters (a
// bare number): the lookup costs a string.
template <typename KnownMaker>
bool designation(std::string_view w, KnownMaker&& known_maker) {
  if (is_model_designation(w, false)) return true;
  return is_model_designation(w, true) && known_maker();
}

// The mention is a product: a model code ("A380", "3G"), a maker and its model tagged as one
// name ("Vickers VC-10", "Boeing 707"), or a maker's name right before a model designation
// ("[Airbus] A380"). `model_end` is then the token after the model designation, else 0.
bool product(const Document& doc, const EntityLexicon::Tables& t, const Mention& m,
             size_t& model_end) {
  model_end = 0;
  bool codes = true;
  for (uint32_t i = m.first_token; i < m.end_token && codes; ++i) {
    const Token& tok = doc.tokens[i];
    const std::string_view w = doc.str(tok);
    if (tok.kind == TokenKind::Word || tok.kind == TokenKind::Number)
      codes = digit(w[0]) || is_model_designation(w, false);
  }
  if (codes) return true;
  size_t code = m.end_token - 1, code_end = m.end_token;
  while (code >= m.first_token + 2 && hyphen(doc, code - 1)) code -= 2;
  while (hyphen(doc, code_end)) code_end += 2;  // "Vickers [VC]-10"
  if (code > m.first_token) {
    Mention maker = m;
    maker.end_token = static_cast<uint32_t>(code);
    if (designation(glued(doc, code, code_end), [&] { return known_company(doc, t, maker); })) {
      model_end = code_end;
      return true;
    }
  }
  if (m.type != EntityType::Organization || m.end_token >= doc.tokens.size()) return false;
  const Token& next = doc.tokens[m.end_token];
  if (!next.space_before || next.newline_before ||
      next.sentence != doc.tokens[m.first_token].sentence)
    return false;
  size_t e = m.end_token + 1;
  while (e + 1 < doc.tokens.size() && hyphen(doc, e)) e += 2;
  if (!designation(glued(doc, m.end_token, e), [&] { return known_company(doc, t, m); }))
    return false;
  model_end = e;
  return true;
}

// Which tokens are words of a product's name, looked up once each: most mentions have none near.
class ProductWords {
 public:
  ProductWords(const Document& doc, const EntityLexicon::Tables& t)
      : doc_(doc), t_(t), memo_(doc.tokens.size(), -1) {}
  bool word(size_t i) {
    if (memo_[i] < 0)
      memo_[i] = (t_.gazetteer.lookup(doc_.lower_str(doc_.tokens[i])) &
                  EntityLexicon::Tables::kProduct) != 0;
    return memo_[i] != 0;
  }
  // The words [b, e) lower-cased and joined by single spaces form a product's name ("Mac OS X").
  bool name(size_t b, size_t e) {
    if (!word(b) || !word(e - 1)) return false;
    std::string key;
    for (size_t i = b; i < e; ++i) {
      if (i > b) key += ' ';
      key += doc_.lower_str(doc_.tokens[i]);
    }
    return t_.products.count(key) > 0;
  }

 private:
  const Document& doc_;
  const EntityLexicon::Tables& t_;
  std::vector<int8_t> memo_;
};

// The mention opens with a product's name, goes on from one, lies inside one or ends in one after
// its maker's name: "Mac OS X [Lion]", "iPod [Nano]", "iTunes [Music Store]", "Mac OS [X]",
// "Apple Macintosh".
bool product_name_part(const Document& doc, const EntityLexicon::Tables& t, ProductWords& products,
                       const Mention& m) {
  const size_t n_tokens = doc.tokens.size();
  for (size_t b = m.first_token >= 3 ? m.first_token - 3 : 0; b <= m.first_token; ++b)
    for (size_t e = m.end_token; e <= std::min(n_tokens, m.end_token + size_t{3}); ++e)
      if ((b < m.first_token || e > m.end_token) &&
          doc.tokens[b].sentence == doc.tokens[e - 1].sentence && products.name(b, e))
        return true;
  for (size_t n = 1; n <= 3; ++n) {
    if (m.first_token + n <= m.end_token && m.end_token - m.first_token > n &&
        products.name(m.first_token, m.first_token + n))
      return true;
    // a maker and its product line read as one name: "Apple [Macintosh]", "Intel [Core Duo]"
    if (m.end_token - m.first_token > n && products.name(m.end_token - n, m.end_token) &&
        known_company(doc, t, m.first_token, m.end_token - n))
      return true;
    if (m.first_token >= n && doc.tokens[m.first_token].space_before &&
        !doc.tokens[m.first_token].newline_before &&
        doc.tokens[m.first_token - n].sentence == doc.tokens[m.first_token].sentence &&
        products.name(m.first_token - n, m.first_token))
      return true;
  }
  return false;
}

// "the iPod Classic, Nano and Shuffle": a word the tagger did not read as an organisation, listed
// after a product's name, is another product of the line. The list is capitalised words, commas
// and "and"/"or"; the word is no place or organisation the lexicons know.
bool listed_with_product(const Document& doc, const EntityLexicon::Tables& t,
                         ProductWords& products, const Mention& m) {
  using Tables = EntityLexicon::Tables;
  constexpr size_t kReach = 8;  // tokens back to the product's name
  if (m.type == EntityType::Organization || m.end_token - m.first_token != 1) return false;
  const uint32_t known = Tables::kCountry | Tables::kState | Tables::kCity | Tables::kKnownOrg |
                         Tables::kAcronym | Tables::kDemonym;
  if (t.gazetteer.lookup(doc.lower_str(doc.tokens[m.first_token])) & known) return false;
  bool separated = false;
  for (size_t k = m.first_token; k-- > 0 && m.first_token - k <= kReach;) {
    const Token& tok = doc.tokens[k];
    if (tok.sentence != doc.tokens[m.first_token].sentence) return false;
    const std::string_view w = doc.str(tok);
    // a whole product's name, written as a name, ends here ("MacBook Air", not "Air" nor "office")
    bool product_end = false;
    for (size_t b = k >= 2 ? k - 2 : 0; b <= k && !product_end && tok.shape != Shape::Lower; ++b)
      product_end = products.name(b, k + 1);
    if (product_end || (w.size() > 1 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z'))
      return separated;
    if (w == "," || w == "and" || w == "or")
      separated = true;
    else if (!is_cap_word(tok))
      return false;
  }
  return false;
}

// "Intel-based", "Dublin-born", "all-Airbus", "ex-Milan": the name is glued by a hyphen to a
// participle or a prefix, and the compound is a modifier, no mention of the name ("Chun-yeh",
// "Inzamam-ul-Haq" are names).
bool hyphen_compound(const Document& doc, const Mention& m) {
  static constexpr std::string_view kParticiples[] = {"born", "made", "run", "built", "wide"};
  static constexpr std::string_view kPrefixes[] = {"ex",  "pro",  "pre", "all", "anti",
                                                   "non", "post", "mid", "pan", "neo"};
  const size_t e = m.end_token;
  if (hyphen(doc, e) && doc.tokens[e + 1].shape == Shape::Lower) {
    const std::string_view w = doc.lower_str(doc.tokens[e + 1]);
    if (w.ends_with("ed") ||
        std::find(std::begin(kParticiples), std::end(kParticiples), w) != std::end(kParticiples))
      return true;
  }
  const size_t b = m.first_token;
  if (b < 2 || !hyphen(doc, b - 1) || doc.tokens[b - 2].shape != Shape::Lower)
    return false;  // "All-England Club" is a name
  const std::string_view w = doc.lower_str(doc.tokens[b - 2]);
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), w) != std::end(kPrefixes);
}

// "&LR;", "&UR;": a markup entity reference left in the text (newswire layout codes, unresolved
// HTML entities) is no name.
bool markup_entity(const Document& doc, const Mention& m) {
  const size_t b = m.first_token, e = m.end_token;
  return e - b == 1 && b > 0 && e < doc.tokens.size() && doc.str(doc.tokens[b - 1]) == "&" &&
         !doc.tokens[b].space_before && doc.str(doc.tokens[e]) == ";" &&
         !doc.tokens[e].space_before;
}

// "Maintenance, Repair and Overhaul", "Engine", "Chief Executive [Officer]", "[Mr]. Lee": every
// word is an ordinary noun, a function word or a title, with at least one ordinary noun, or a title
// read on from the title word before it or closed by an abbreviation's period.
bool no_name_words(const Document& doc, const EntityLexicon::Tables& t, const Mention& m) {
  using Tables = EntityLexicon::Tables;
  bool generic = false, title = false;
  for (uint32_t i = m.first_token; i < m.end_token; ++i) {
    const Token& tok = doc.tokens[i];
    if (tok.kind != TokenKind::Word) continue;
    const std::string_view w = doc.lower_str(tok);
    if (t.generic_nouns.count(w)) {
      generic = true;
      continue;
    }
    uint32_t f = t.gazetteer.lookup(w);
    // "Mr" + ".": the tokenizer kept the abbreviation's period apart
    if (!f && tok.shape == Shape::Capitalized && i + 1 < doc.tokens.size() &&
        doc.str(doc.tokens[i + 1]) == "." && !doc.tokens[i + 1].space_before)
      f = t.gazetteer.lookup(std::string(w) + ".");
    if (f & Tables::kTitleWord)
      title = true;
    else if (!(f & Tables::kNeverName))
      return false;
  }
  if (generic) return true;
  if (!title) return false;
  const size_t b = m.first_token, e = m.end_token;
  const bool period =
      e < doc.tokens.size() && doc.str(doc.tokens[e]) == "." && !doc.tokens[e].space_before;
  const bool after_title =
      b > 0 && !doc.tokens[b].newline_before && is_cap_word(doc.tokens[b - 1]) &&
      (t.gazetteer.lookup(doc.lower_str(doc.tokens[b - 1])) & Tables::kTitleWord);
  return period || after_title;
}

// "(MRO)" after "Maintenance, Repair and Overhaul": an acronym in brackets whose letters are the
// initials of the ordinary nouns right before it abbreviates no name either.
void generic_acronyms(const Document& doc, const EntityLexicon::Tables& t,
                      std::unordered_set<std::string>& out) {
  for (size_t i = 1; i + 2 < doc.tokens.size(); ++i) {
    const Token& acr = doc.tokens[i + 1];
    if (doc.str(doc.tokens[i]) != "(" || acr.shape != Shape::AllCaps ||
        doc.str(doc.tokens[i + 2]) != ")")
      continue;
    const std::string_view letters = doc.str(acr);
    std::string initials;
    bool ok = true;
    for (size_t k = i; k-- > 0 && initials.size() < letters.size() && ok;) {
      const Token& w = doc.tokens[k];
      if (w.newline_before && k + 1 < i) ok = false;
      const std::string_view lw = doc.lower_str(w);
      if (w.kind != TokenKind::Word) {
        ok = doc.str(w) == "," || doc.str(w) == "&";
        continue;
      }
      if (w.shape == Shape::Lower && t.particles.count(lw)) continue;
      ok = w.shape == Shape::Capitalized && t.generic_nouns.count(lw);
      if (ok) initials.insert(initials.begin(), doc.str(w)[0]);
    }
    if (ok && initials == letters) out.insert(std::string(doc.lower_str(acr)));
  }
}

// "Sen. John McCain (R-AZ)", "(D-Calif.)": a party's initial and a state after a politician's
// name, in brackets, name neither a person nor a place.
bool party_tag(const Document& doc, const Mention& m) {
  const size_t n = doc.tokens.size();
  size_t open = m.first_token;
  while (open > 0 && open + 4 > m.first_token && doc.str(doc.tokens[open]) != "(") --open;
  if (doc.str(doc.tokens[open]) != "(" || open + 4 >= n) return false;
  const std::string_view party = doc.str(doc.tokens[open + 1]);
  if (party.size() != 1 || (party[0] != 'R' && party[0] != 'D' && party[0] != 'I') ||
      doc.str(doc.tokens[open + 2]) != "-" || doc.tokens[open + 2].space_before ||
      doc.tokens[open + 3].space_before || doc.tokens[open + 3].kind != TokenKind::Word ||
      doc.tokens[open + 3].shape == Shape::Lower)
    return false;
  size_t close = open + 4;
  if (doc.str(doc.tokens[close]) == ".") ++close;  // open + 4 < n
  if (close >= n || doc.str(doc.tokens[close]) != ")") return false;
  return m.first_token > open && m.end_token <= close;
}

// "... this September. UR (pfg-xx)": a wire service's sign-off, a code in capitals and the
// editors' initials in brackets, closing the paragraph, is no name.
bool wire_signoff(const Document& doc, const Mention& m) {
  const size_t n = doc.tokens.size();
  const Token& code = doc.tokens[m.first_token];
  if (m.end_token - m.first_token != 1 || code.shape != Shape::AllCaps || code.span.size() > 3 ||
      m.end_token + 2 >= n || doc.str(doc.tokens[m.end_token]) != "(")
    return false;
  const uint32_t paragraph = code.paragraph;
  size_t i = m.end_token + 1;
  bool letters = false;
  for (; i < n && doc.tokens[i].paragraph == paragraph && doc.str(doc.tokens[i]) != ")"; ++i) {
    const Token& tok = doc.tokens[i];
    if (tok.kind == TokenKind::Word && tok.shape == Shape::Lower)
      letters = true;
    else if (doc.str(tok) != "-")
      return false;
  }
  // the closing bracket ends the paragraph
  return letters && i < n && doc.str(doc.tokens[i]) == ")" &&
         (i + 1 == n || doc.tokens[i + 1].paragraph != paragraph);
}

// "GARLAND STEPS ASIDE.": a sentence of three words or more written in capitals and read whole
// as one name is a sub-heading, no name: a name ends in no full stop of its own.
bool caps_heading(const Document& doc, const Mention& m) {
  const Segment& s = doc.sentences[m.sentence];
  if (m.first_token != s.first_token || m.end_token + 1 != s.end_token ||
      doc.str(doc.tokens[m.end_token]) != ".")
    return false;
  size_t words = 0;
  for (uint32_t i = m.first_token; i < m.end_token; ++i) {
    const Token& tok = doc.tokens[i];
    if (tok.kind != TokenKind::Word) continue;
    if (tok.shape != Shape::AllCaps) return false;
    ++words;
  }
  return words >= 3;
}

// The mention names an event: its last word is an event head and no organisation head stands
// in it ("Organisation of Islamic Conference" is an organisation).
bool event(const Document& doc, const EntityLexicon::Tables& t, const Mention& m) {
  if (m.end_token - m.first_token < 2 ||
      !t.event_heads.count(doc.lower_str(doc.tokens[m.end_token - 1])))
    return false;
  for (uint32_t i = m.first_token; i < m.end_token; ++i)
    if (t.gazetteer.lookup(doc.lower_str(doc.tokens[i])) & EntityLexicon::Tables::kOrgHead)
      return false;
  return true;
}

// "Worldwide Developers Conference (WWDC)": the acronym in brackets after an event's name, found
// in the text (the tagger may have missed the name itself).
void event_acronyms(const Document& doc, const EntityLexicon::Tables& t,
                    std::unordered_set<std::string>& out) {
  using Tables = EntityLexicon::Tables;
  for (size_t i = 1; i + 3 < doc.tokens.size(); ++i) {
    const Token& head = doc.tokens[i];
    if (head.shape != Shape::Capitalized || !t.event_heads.count(doc.lower_str(head)) ||
        doc.str(doc.tokens[i + 1]) != "(" || doc.str(doc.tokens[i + 3]) != ")" ||
        doc.tokens[i + 2].shape != Shape::AllCaps)
      continue;
    bool org = false;
    for (size_t k = i; k-- > 0 && i - k <= 6;) {
      const Token& w = doc.tokens[k];
      const bool cap = w.shape == Shape::Capitalized || w.shape == Shape::AllCaps;
      if (!cap && !t.particles.count(doc.lower_str(w))) break;
      org = org || (t.gazetteer.lookup(doc.lower_str(w)) & Tables::kOrgHead);
    }
    if (!org) out.insert(std::string(doc.lower_str(doc.tokens[i + 2])));
  }
}

// Per token: 1 inside a short quoted title ("Viva Zapata", "Lawrence of Arabia", "Strike
// Hard"): a quotation of a few words, each capitalised or a small word, names a work, a slogan or
// a campaign, no actor. Quoted speech has lower-case words.
std::vector<uint8_t> quoted_titles(const Document& doc, const EntityLexicon::Tables& t) {
  constexpr size_t kMaxWords = 6;
  const size_t n = doc.tokens.size();
  std::vector<uint8_t> out(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (doc.tokens[i].kind != TokenKind::OpenQuote) continue;
    // known as "Vortex": a quoted name after an alias cue is the person's other name
    if (alias_cue_before(doc, t, static_cast<uint32_t>(i), 0)) continue;
    // a straight quote after a space reads as opening: in ' " Viva Zapata " ' the second closes
    auto closes = [&](size_t j) {
      return doc.tokens[j].kind == TokenKind::CloseQuote || doc.str(doc.tokens[j]) == "\"";
    };
    size_t j = i + 1, words = 0, capitalised = 0;
    bool title = true;
    for (; j < n && !closes(j) && title; ++j) {
      const Token& w = doc.tokens[j];
      if (w.newline_before || doc.tokens[j].kind == TokenKind::OpenQuote) title = false;
      if (w.kind != TokenKind::Word) continue;
      ++words;
      const std::string_view lw = doc.lower_str(w);
      if (w.shape != Shape::Lower)
        ++capitalised;
      else if (!t.particles.count(lw) && !t.never_names.count(lw))
        title = false;
    }
    if (!title || j >= n || words > kMaxWords || capitalised == 0) continue;
    for (size_t k = i + 1; k < j; ++k) out[k] = 1;
    i = j;
  }
  return out;
}

}  // namespace

void drop_non_actors(const Document& doc, const EntityLexicon::Tables& t,
                     std::vector<Mention>& mentions) {
  // names the article gives its products and events: "787 [Dreamliner]", "(WWDC)"
  std::unordered_set<std::string> names;
  std::vector<uint8_t> drop(mentions.size(), 0);
  size_t model_end = 0;
  ProductWords products(doc, t);
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.first_token == model_end && model_end) {
      drop[k] = 1;  // "Boeing 787 [Dreamliners]"
      names.insert(lower_name(doc, m));
    }
    const bool not_a_name = m.end_token - m.first_token == 1 &&
                            t.not_names.count(std::string(doc.str(doc.tokens[m.first_token])));
    if (product(doc, t, m, model_end) || hyphen_compound(doc, m) || markup_entity(doc, m) ||
        not_a_name || no_name_words(doc, t, m) || party_tag(doc, m) || wire_signoff(doc, m) ||
        caps_heading(doc, m)) {
      drop[k] = 1;
    } else if (product_name_part(doc, t, products, m) || listed_with_product(doc, t, products, m)) {
      drop[k] = 1;
      names.insert(lower_name(doc, m));
    } else {
      drop[k] |= static_cast<uint8_t>(event(doc, t, m));
    }
  }
  event_acronyms(doc, t, names);
  generic_acronyms(doc, t, names);
  const std::vector<uint8_t> in_title = quoted_titles(doc, t);
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (in_title[mentions[k].first_token]) drop[k] = 1;
    if (!drop[k] && !names.empty() && names.count(lower_name(doc, mentions[k]))) drop[k] = 1;
  }
  size_t k = 0;
  std::erase_if(mentions, [&](const Mention&) { return drop[k++] != 0; });
}

}  // namespace docket::entities
