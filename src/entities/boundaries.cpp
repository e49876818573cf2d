#include "docket/entities/boundaries.hpp"

#include <algorithm>
#include <string>

#include "docket/entities/tagger.hpp"

namespace docket::entities {
namespace {

using Tables = EntityLexicon::Tables;

constexpr uint32_t kCompanyWords = 4;  // words of a hyphenated company name before its legal form

uint32_t flags(const Document& doc, const Tables& t, uint32_t i) {
  return t.gazetteer.lookup(doc.lower_str(doc.tokens[i]));
}

// A capitalised word in running text that may go on a name: no sentence opener, weekday, place,
// known organisation, title or nationality, which stand on their own.
bool name_word(const Document& doc, const Tables& t, uint32_t i,
               const std::vector<uint8_t>& headline) {
  const Token& tok = doc.tokens[i];
  if (tok.kind != TokenKind::Word || tok.shape != Shape::Capitalized || headline[i] ||
      ner::segment_start(doc, i))
    return false;
  const uint32_t stop = Tables::kNeverName | Tables::kCountry | Tables::kState | Tables::kCity |
                        Tables::kKnownOrg | Tables::kTitleWord | Tables::kDemonym |
                        Tables::kAcronym;
  return !(flags(doc, t, i) & stop);
}

Mention respan(const Document& doc, Mention m, uint32_t b, uint32_t e) {
  m.first_token = b;
  m.end_token = e;
  m.span = doc.span(b, e - 1);
  return m;
}

bool is_possessive(const Document& doc, uint32_t i) {
  const std::string_view s = doc.str(doc.tokens[i]);
  return s == "'s" || s == "\u2019s";
}

// The first token of an initial ("A." or "A" ".") that ends right before token b, else b.
uint32_t initial_before(const Document& doc, uint32_t b) {
  auto letter = [&](uint32_t i) {
    const std::string_view s = doc.str(doc.tokens[i]);
    return s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z';
  };
  if (b >= 1 && !doc.tokens[b].newline_before) {
    const std::string_view s = doc.str(doc.tokens[b - 1]);
    if (s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.') return b - 1;
    if (b >= 2 && s == "." && !doc.tokens[b - 1].space_before && letter(b - 2)) return b - 2;
  }
  return b;
}

// The first token of a code like "EB-5", "H-1B", "I-94" (one to three capitals, a hyphen, digits
// and capitals, written without spaces) that ends right before token b, else b.
uint32_t code_before(const Document& doc, uint32_t b) {
  if (b == 0) return b;
  uint32_t k = b - 1;  // back over the tokens glued together before b
  while (k > 0 && doc.tokens[k - 1].byte_end == doc.tokens[k].byte_begin) --k;
  const std::string_view w = doc.text.substr(doc.tokens[k].byte_begin,
                                             doc.tokens[b - 1].byte_end - doc.tokens[k].byte_begin);
  size_t i = 0;
  while (i < w.size() && w[i] >= 'A' && w[i] <= 'Z') ++i;
  if (i == 0 || i > 3 || i + 1 >= w.size() || w[i] != '-' || w[i + 1] < '0' || w[i + 1] > '9')
    return b;
  for (size_t j = i + 1; j < w.size(); ++j)
    if (!((w[j] >= '0' && w[j] <= '9') || (w[j] >= 'A' && w[j] <= 'Z'))) return b;
  return w.size() <= 8 ? k : b;
}

// "II", "XIV": a Roman numeral of at least two letters.
bool roman(std::string_view w) {
  return w.size() >= 2 && w.size() <= 5 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// "Ryanair CEO", "Apple Computer CEO": a title after an organisation's name belongs to the person
// named next, not to the name; the start of the trailing title, else m.end_token. A rank after a
// title ("Attorney General", "Secretary General") and a title after a particle ("Office of the
// Attorney General") are names of their own.
uint32_t trailing_title(const Document& doc, const Tables& t, const Mention& m) {
  std::string key;
  for (uint32_t k = std::min<uint32_t>(static_cast<uint32_t>(t.title_max_words),
                                       m.end_token - m.first_token - 1);
       k >= 1; --k) {
    const uint32_t b = m.end_token - k;
    key.clear();
    for (uint32_t i = b; i < m.end_token; ++i) {
      if (i > b) key += ' ';
      key += doc.lower_str(doc.tokens[i]);
    }
    if (!t.title_role.count(key) || key == "general") continue;
    const Token& before = doc.tokens[b - 1];
    if (before.kind != TokenKind::Word || before.shape == Shape::Lower ||
        (flags(doc, t, b - 1) & Tables::kTitleWord))
      return m.end_token;
    // only after a whole organisation's name: a known one, or one closed by its head or legal form
    // ("Oona King", "US Trade Representative", "The Lion King" keep their last word)
    key.clear();
    for (uint32_t i = m.first_token; i < b; ++i) {
      if (doc.tokens[i].kind != TokenKind::Word && doc.tokens[i].kind != TokenKind::Number)
        continue;
      if (!key.empty() && doc.tokens[i].space_before) key += ' ';
      key += doc.lower_str(doc.tokens[i]);
    }
    const std::string_view head = doc.lower_str(before);
    const bool organisation = t.org_role.count(key) || t.acronyms.count(doc.str(before)) ||
                              t.org_head_role.count(head) || t.legal_forms.count(head);
    return organisation ? b : m.end_token;
  }
  return m.end_token;
}

}  // namespace

std::vector<Mention> complete_names(const Document& doc, const Tables& t, std::vector<Mention> in) {
  const std::vector<uint8_t> headline = ner::headline_case(doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<Mention> out;
  out.reserve(in.size());
  for (size_t k = 0; k < in.size(); ++k) {
    Mention m = std::move(in[k]);
    if (m.type != EntityType::Person && m.end_token - m.first_token >= 2)
      if (const uint32_t cut = trailing_title(doc, t, m); cut < m.end_token)
        m = respan(doc, m, m.first_token, cut);
    const bool has_next = k + 1 < in.size();
    const uint32_t next_b = has_next ? in[k + 1].first_token : n;
    // "Dunkin' Donuts Inc": an apostrophe for a dropped letter inside a name; after an "s" it is
    // a plural possessive ("the Beatles' Apple Corps") and the names stay two
    if (has_next && m.end_token + 1 == next_b && next_b < n &&
        doc.str(doc.tokens[m.end_token]) == "'" && !doc.tokens[m.end_token].space_before &&
        !doc.lower_str(doc.tokens[m.end_token - 1]).ends_with('s') &&
        doc.tokens[next_b].space_before && in[k + 1].type == EntityType::Organization) {
      Mention joined = respan(doc, in[k + 1], m.first_token, in[k + 1].end_token);
      out.push_back(std::move(joined));
      ++k;
      continue;
    }
    // "Michael O' Leary", "D' Amato": an Irish or Italian prefix cut from its surname by a space
    if (m.type == EntityType::Person && m.end_token + 1 < n &&
        (doc.str(doc.tokens[m.end_token - 1]) == "O" ||
         doc.str(doc.tokens[m.end_token - 1]) == "D") &&
        (doc.str(doc.tokens[m.end_token]) == "'" || doc.str(doc.tokens[m.end_token]) == "\u2019") &&
        !doc.tokens[m.end_token].space_before &&
        doc.tokens[m.end_token + 1].shape == Shape::Capitalized &&
        !doc.tokens[m.end_token + 1].newline_before &&
        (next_b > m.end_token + 1 || in[k + 1].first_token == m.end_token + 1)) {
      const uint32_t e = next_b == m.end_token + 1 ? in[k + 1].end_token : m.end_token + 2;
      if (next_b == m.end_token + 1) ++k;
      out.push_back(respan(doc, m, m.first_token, e));
      continue;
    }
    // "Elizabeth II", "Pope John Paul II": a regnal number closes a person's name
    if (m.type == EntityType::Person && m.end_token < n &&
        roman(doc.str(doc.tokens[m.end_token])) && doc.tokens[m.end_token].space_before &&
        doc.tokens[m.end_token].sentence == doc.tokens[m.first_token].sentence &&
        (next_b > m.end_token || in[k + 1].end_token == m.end_token + 1)) {
      if (next_b == m.end_token) ++k;  // the numeral tagged alone
      out.push_back(respan(doc, m, m.first_token, m.end_token + 1));
      continue;
    }
    // "Maine Lobstermen's Association": a possessive, then an organisation head alone
    if (k + 1 < in.size() && m.type != EntityType::Place && m.end_token + 1 == next_b &&
        next_b < n && is_possessive(doc, m.end_token) && in[k + 1].end_token == next_b + 1 &&
        (flags(doc, t, next_b) & Tables::kOrgHead) &&
        doc.tokens[next_b].shape == Shape::Capitalized &&
        !t.org_role.count(std::string(doc.lower_str(doc.tokens[m.first_token])))) {
      Mention joined = respan(doc, m, m.first_token, in[k + 1].end_token);
      joined.type = EntityType::Organization;
      joined.title.clear();
      joined.title_span = {};
      joined.role.clear();
      out.push_back(std::move(joined));
      ++k;
      continue;
    }
    // "[EB-5] Investment Coalition": a code of capitals, hyphen and digits before an organisation
    // named by its head is the first word of its name (the programme or standard it serves)
    if (m.type == EntityType::Organization && (flags(doc, t, m.end_token - 1) & Tables::kOrgHead) &&
        doc.tokens[m.first_token].space_before && !doc.tokens[m.first_token].newline_before) {
      const uint32_t c = code_before(doc, m.first_token);
      if (c < m.first_token && (out.empty() || out.back().end_token <= c))
        m = respan(doc, m, c, m.end_token);
    }
    // "[A.] Philip Randolph Institute": an initial right before a name is part of it
    if (m.type != EntityType::Place) {
      const uint32_t prev_end = out.empty() ? 0 : out.back().end_token;
      uint32_t b = m.first_token;
      while (true) {
        const uint32_t at = initial_before(doc, b);
        if (at == b || at < prev_end) break;
        b = at;
      }
      if (b < m.first_token) m = respan(doc, m, b, m.end_token);
    }
    // "[Australians for a] Constitutional Monarchy": a group of people for a cause opens the name
    if (m.type == EntityType::Organization) {
      uint32_t p = m.first_token;
      if (p > 0 &&
          (doc.lower_str(doc.tokens[p - 1]) == "a" || doc.lower_str(doc.tokens[p - 1]) == "the"))
        --p;
      const uint32_t prev_end = out.empty() ? 0 : out.back().end_token;
      if (p >= 2 && p - 2 >= prev_end && doc.str(doc.tokens[p - 1]) == "for" &&
          doc.tokens[p - 1].sentence == doc.tokens[m.first_token].sentence) {
        const uint32_t g = p - 2;
        const std::string_view w = doc.str(doc.tokens[g]);
        if (w.size() > 3 && w.back() == 's' && name_word(doc, t, g, headline) &&
            doc.tokens[g].sentence == doc.tokens[m.first_token].sentence) {
          m = respan(doc, m, g, m.end_token);
          out.push_back(std::move(m));
          continue;
        }
      }
    }
    uint32_t e = m.end_token;
    // "Rhone Poulenc [S.A.]": a company's legal form nobody tagged closes its name, whatever the
    // tagger read in the name
    if (e < next_b && e < n && !doc.tokens[e].newline_before && doc.tokens[e].space_before &&
        doc.tokens[e].kind == TokenKind::Word && doc.tokens[e].shape != Shape::Lower &&
        !headline[e] && t.legal_forms.count(std::string(doc.lower_str(doc.tokens[e])))) {
      m = respan(doc, m, m.first_token, e + 1);
      m.type = EntityType::Organization;
      out.push_back(std::move(m));
      continue;
    }
    // "Portsmouth [Harbor]", "Chiang Mai International [Airport]": a place word nobody tagged
    // closes the name, whatever the tagger read in it
    if (e < next_b && e < n && !doc.tokens[e].newline_before && doc.tokens[e].space_before &&
        doc.tokens[e].shape == Shape::Capitalized && !headline[e] &&
        t.place_heads.count(std::string(doc.lower_str(doc.tokens[e])))) {
      m = respan(doc, m, m.first_token, e + 1);
      m.type = EntityType::Place;
      out.push_back(std::move(m));
      continue;
    }
    // "Donald [Trump]'s": a person's surname nobody tagged, right after a known given name (a
    // lone capitalised word of a title, "Caught [Up]", is no given name); a hyphenated surname
    // ("Day-Lewis") is left whole to the tagger
    if (m.type == EntityType::Person && e == m.first_token + 1 && e < next_b && e + 1 < n &&
        (flags(doc, t, m.first_token) & Tables::kGivenName) && !doc.tokens[e].newline_before &&
        doc.tokens[e].space_before && name_word(doc, t, e, headline) &&
        !(flags(doc, t, e) & Tables::kOrgHead) &&
        !(doc.tokens[e + 1].kind == TokenKind::Dash && !doc.tokens[e + 1].space_before))
      m = respan(doc, m, m.first_token, e + 1);
    out.push_back(std::move(m));
  }
  // "Ciba-Geigy Ltd.": capitalised words joined by hyphens, closed by a legal form, untagged
  std::vector<Mention> added;
  size_t k = 0;
  for (uint32_t i = 0; i < n; ++i) {
    while (k < out.size() && out[k].end_token <= i) ++k;
    if (k < out.size() && out[k].first_token <= i) continue;
    const Token& tok = doc.tokens[i];
    // "the Gannett newspaper chain": an untagged name before a lower-case kind of organisation
    if (i + 1 < n && (k == out.size() || out[k].first_token > i) &&
        name_word(doc, t, i, headline) &&
        !(flags(doc, t, i) & (Tables::kOrgHead | Tables::kGivenName)) &&
        doc.tokens[i + 1].shape == Shape::Lower && doc.tokens[i + 1].space_before &&
        t.org_nouns.count(std::string(doc.lower_str(doc.tokens[i + 1])))) {
      Mention c;
      c.type = EntityType::Organization;
      c.sentence = tok.sentence;
      added.push_back(respan(doc, c, i, i + 1));
      continue;
    }
    if (tok.kind != TokenKind::Word || tok.shape != Shape::Capitalized) continue;
    uint32_t j = i + 1;
    bool hyphen = false;
    while (j + 1 < n && j < i + 2 * kCompanyWords && doc.tokens[j].kind == TokenKind::Dash &&
           !doc.tokens[j].space_before && !doc.tokens[j + 1].space_before &&
           doc.tokens[j + 1].shape == Shape::Capitalized) {
      hyphen = true;
      j += 2;
    }
    if (!hyphen || j >= n || (k < out.size() && out[k].first_token <= j)) continue;
    if (!t.legal_forms.count(std::string(doc.lower_str(doc.tokens[j])))) continue;
    Mention c;
    c.type = EntityType::Organization;
    c.sentence = tok.sentence;
    added.push_back(respan(doc, c, i, j + 1));
    i = j;
  }
  if (!added.empty()) {
    out.insert(out.end(), added.begin(), added.end());
    std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
      return a.first_token < b.first_token;
    });
  }
  return out;
}

}  // namespace docket::entities
