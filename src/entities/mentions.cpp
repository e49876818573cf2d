#include "docket/entities/mentions.hpp"

#include <algorithm>
#include <unordered_set>

namespace docket::entities {
namespace {

using Tables = EntityLexicon::Tables;

struct Raw {
  uint32_t b = 0, e = 0;  // tokens [b, e)
  int type = 0;           // ner type: 1 PER, 2 ORG, 3 LOC, 4 MISC
  uint32_t title_b = 0, title_e = 0;
  std::string_view role;
};

bool is_cap(const Token& t) {
  return t.kind == TokenKind::Word &&
         (t.shape == Shape::Capitalized || t.shape == Shape::AllCaps || t.shape == Shape::Mixed);
}

// "9th", "21st": digits and a short letter suffix written as one word.
bool is_ordinal(const Document& doc, size_t i) {
  const std::string_view s = doc.lower_str(doc.tokens[i]);
  size_t k = 0;
  while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
  if (k == 0 || k > 3 || s.size() - k != 2) return false;
  return std::all_of(s.begin() + static_cast<long>(k), s.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

bool line_start(const Document& doc, size_t i) {
  return ner::segment_start(doc, i);
}

// The lower-cased words [b, e) joined by single spaces, built in `key`.
const std::string& phrase(const Document& doc, size_t b, size_t e, std::string& key) {
  key.clear();
  for (size_t k = b; k < e; ++k) {
    if (doc.tokens[k].kind != TokenKind::Word && doc.tokens[k].kind != TokenKind::Number) continue;
    if (!key.empty() && doc.tokens[k].space_before) key += ' ';
    key += doc.lower_str(doc.tokens[k]);
  }
  return key;
}

uint32_t flags(const Document& doc, const Tables& t, size_t i) {
  return t.gazetteer.lookup(doc.lower_str(doc.tokens[i]));
}

// The title phrase (longest first) that ends just before token `end`, as [begin, end); begin == end
// when none.
size_t title_before(const Document& doc, const Tables& t, size_t end, size_t floor,
                    std::string& key, std::string_view* role) {
  for (size_t n = std::min(t.title_max_words, end - floor); n >= 1; --n) {
    const size_t b = end - n;
    if (end < doc.tokens.size() && line_start(doc, end) && end > b) break;
    key.clear();
    for (size_t k = b; k < end; ++k) {
      if (k > b) key += ' ';
      key += doc.lower_str(doc.tokens[k]);
    }
    auto it = t.title_role.find(key);
    if (it != t.title_role.end()) {
      if (role) *role = it->second;
      return b;
    }
  }
  return end;
}

std::vector<Raw> spans_from_tags(const Document& doc, const std::vector<uint8_t>& tags) {
  std::vector<Raw> out;
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == ner::O) continue;
    const int type = ner::type_of(tags[i]);
    size_t j = i + 1;
    while (j < tags.size() && tags[j] != ner::O && !ner::is_begin(tags[j]) &&
           ner::type_of(tags[j]) == type && !line_start(doc, j))
      ++j;
    out.push_back(Raw{static_cast<uint32_t>(i), static_cast<uint32_t>(j), type, 0, 0, {}});
    i = j - 1;
  }
  return out;
}

// "Mt. Everest", "St. Louis": the tagger stops a name at the period of an abbreviation that opens
// it, keeping the abbreviation alone or the rest alone; the two halves are one name.
void join_abbreviations(const Document& doc, const Tables& t, std::vector<Raw>& raw) {
  const size_t n = doc.tokens.size();
  // token a is such an abbreviation, its period glued after it, a capitalised word next
  auto opens = [&](size_t a) {
    return a + 2 < n && is_cap(doc.tokens[a]) &&
           t.name_abbreviations.count(doc.lower_str(doc.tokens[a])) &&
           doc.str(doc.tokens[a + 1]) == "." && !doc.tokens[a + 1].space_before &&
           is_cap(doc.tokens[a + 2]) && !line_start(doc, a + 2) &&
           doc.tokens[a + 2].sentence == doc.tokens[a].sentence;
  };
  for (size_t k = 0; k < raw.size(); ++k) {
    Raw& r = raw[k];
    if (r.type == 0) continue;
    // the abbreviation ends this name, its period taken or not
    const size_t a = r.e - (r.e - r.b >= 2 && doc.str(doc.tokens[r.e - 1]) == "." ? 2 : 1);
    if (opens(a)) {
      // take the next name (the tagger may have given it the period), or the capitalised words
      const size_t next = k + 1;
      if (next < raw.size() && raw[next].b <= a + 2) {
        r.e = raw[next].e;
        raw[next].type = 0;
      } else {
        size_t e = a + 2;
        while (e < n && e < a + 5 && is_cap(doc.tokens[e]) && !line_start(doc, e) &&
               (next >= raw.size() || e < raw[next].b))
          ++e;
        r.e = static_cast<uint32_t>(e);
      }
      continue;
    }
    // the abbreviation was left out: "St. [Louis]", "St[. Louis]"
    const size_t s = r.b + (r.e - r.b >= 2 && doc.str(doc.tokens[r.b]) == "." ? 1 : 0);
    if (s >= 2 && opens(s - 2) && (k == 0 || raw[k - 1].e <= s - 2))
      r.b = static_cast<uint32_t>(s - 2);
  }
  std::erase_if(raw, [](const Raw& r) { return r.type == 0; });
}

// "Bay of Pigs", "Straits of Florida": a capitalised place head, "of" and a capitalised name are
// one place, which the tagger cut at "of" or opened after it. `raw` is in text order.
void join_place_of(const Document& doc, const Tables& t, std::vector<Raw>& raw) {
  const size_t n = doc.tokens.size();
  std::vector<int32_t> owner(n, -1);
  for (size_t k = 0; k < raw.size(); ++k)
    if (raw[k].type != 0)
      for (uint32_t i = raw[k].b; i < raw[k].e; ++i) owner[i] = static_cast<int32_t>(k);
  for (size_t i = 0; i + 2 < n; ++i) {
    if (doc.tokens[i].shape != Shape::Capitalized || doc.lower_str(doc.tokens[i + 1]) != "of" ||
        doc.tokens[i + 2].shape != Shape::Capitalized || line_start(doc, i + 1) ||
        line_start(doc, i + 2) || !t.place_heads.count(doc.lower_str(doc.tokens[i])))
      continue;
    // the head opens the name, or ends the tagger's span of it
    size_t b = i;
    if (owner[i] >= 0) {
      const Raw& h = raw[static_cast<size_t>(owner[i])];
      if (h.e != i + 1) continue;
      b = h.b;
    }
    if (owner[i + 1] >= 0) continue;  // the tagger already took "of" into a name
    size_t e = i + 2;
    if (owner[e] >= 0) {
      const Raw& tail = raw[static_cast<size_t>(owner[e])];
      if (tail.b != e) continue;
      e = tail.e;
    } else {
      while (e < n && e < i + 5 && is_cap(doc.tokens[e]) && owner[e] < 0 && !line_start(doc, e))
        ++e;
    }
    for (size_t k = b; k < e; ++k)
      if (owner[k] >= 0) raw[static_cast<size_t>(owner[k])].type = 0;
    raw.push_back(Raw{static_cast<uint32_t>(b), static_cast<uint32_t>(e), 3, 0, 0, {}});
    for (size_t k = b; k < e; ++k) owner[k] = static_cast<int32_t>(raw.size() - 1);
    i = e - 1;
  }
  std::erase_if(raw, [](const Raw& r) { return r.type == 0; });
  std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) { return a.b < b.b; });
}

EntityType type_of_name(const Tables& t, const std::string& name, EntityType fallback) {
  if (t.org_role.count(name) || t.acronyms.count(name)) return EntityType::Organization;
  if (t.places.count(name)) return EntityType::Place;
  return fallback;
}

// "TikTok and Oracle", "the US and China": two names joined by "and" are two mentions when each
// side is a name on its own (known to the lexicons, or named alone elsewhere in the article);
// "Test and County Cricket Board" stays one, and so do names joined by "&" ("Marks & Spencer").
std::vector<Mention> split_conjunctions(const Document& doc, const Tables& t,
                                        std::vector<Mention> in) {
  std::string key;
  std::unordered_set<std::string> alone;
  for (const Mention& m : in) alone.insert(phrase(doc, m.first_token, m.end_token, key));
  auto is_name = [&](const std::string& p) {
    return alone.count(p) || t.org_role.count(p) || t.places.count(p) || t.acronyms.count(p);
  };
  std::vector<Mention> out;
  for (Mention& m : in) {
    size_t p = m.first_token + 1;
    while (p + 1 < m.end_token && doc.lower_str(doc.tokens[p]) != "and") ++p;
    if (p + 1 >= m.end_token) {
      out.push_back(std::move(m));
      continue;
    }
    const std::string left = phrase(doc, m.first_token, p, key),
                      right = phrase(doc, p + 1, m.end_token, key);
    // "Shanghai Airlines and Xiamen Airlines": two names with one head ("Guangdong Post and
    // Telecommunications Administration" stays one)
    auto headed = [&](size_t b, size_t e) {
      return e - b >= 2 && (flags(doc, t, e - 1) & Tables::kOrgHead) && is_cap(doc.tokens[e - 1]);
    };
    const bool both_headed =
        headed(m.first_token, p) && headed(p + 1, m.end_token) &&
        doc.lower_str(doc.tokens[p - 1]) == doc.lower_str(doc.tokens[m.end_token - 1]);
    if (!both_headed && (!is_name(left) || !is_name(right))) {
      out.push_back(std::move(m));
      continue;
    }
    Mention a = m, b = m;
    a.end_token = static_cast<uint32_t>(p);
    a.span = doc.span(a.first_token, a.end_token - 1);
    a.type = type_of_name(t, left, m.type);
    b.first_token = static_cast<uint32_t>(p + 1);
    b.span = doc.span(b.first_token, b.end_token - 1);
    b.type = type_of_name(t, right, m.type);
    b.title.clear();
    b.title_span = {};
    b.role.clear();
    out.push_back(std::move(a));
    out.push_back(std::move(b));
  }
  return out;
}

// "Kia Motor Corp of South Korea", "Tono Eitel of Germany", "Karlsruhe of Germany": a name, then
// "of" and a known place, are two mentions; "Bank of England", "Republic of Ireland", "Prince of
// Wales", "Straits of Florida" stay one (an organisation head, a place, a title or a place head
// before "of").
std::vector<Mention> split_of_place(const Document& doc, const Tables& t, std::vector<Mention> in) {
  std::string key;
  std::vector<Mention> out;
  out.reserve(in.size());
  for (Mention& m : in) {
    size_t p = m.first_token + 1;
    while (p + 1 < m.end_token && doc.lower_str(doc.tokens[p]) != "of") ++p;
    if (p + 1 >= m.end_token || m.type == EntityType::Place ||
        !t.places.count(phrase(doc, p + 1, m.end_token, key))) {
      out.push_back(std::move(m));
      continue;
    }
    if (t.place_heads.count(doc.lower_str(doc.tokens[p - 1]))) {
      m.type = EntityType::Place;  // "Straits of Florida"
      out.push_back(std::move(m));
      continue;
    }
    const uint32_t last = flags(doc, t, p - 1);
    const bool legal = t.legal_forms.count(doc.lower_str(doc.tokens[p - 1])) > 0;
    const bool one_word =
        p - m.first_token == 1 && !(last & (Tables::kOrgHead | Tables::kTitleWord));
    if (!legal && m.type != EntityType::Person && !one_word) {
      out.push_back(std::move(m));
      continue;
    }
    Mention place = m;
    place.first_token = static_cast<uint32_t>(p + 1);
    place.span = doc.span(place.first_token, place.end_token - 1);
    place.type = EntityType::Place;
    place.title.clear();
    place.title_span = {};
    place.role.clear();
    m.end_token = static_cast<uint32_t>(p);
    m.span = doc.span(m.first_token, m.end_token - 1);
    out.push_back(std::move(m));
    out.push_back(std::move(place));
  }
  return out;
}

}  // namespace

std::vector<Mention> find_mentions(const Document& doc, const Tables& t) {
  const size_t n = doc.tokens.size();
  const std::vector<uint8_t> tags = ner::tag(doc, t.gazetteer, t.model);
  std::vector<Raw> raw = spans_from_tags(doc, tags);
  join_abbreviations(doc, t, raw);
  std::vector<int32_t> owner(n, -1);  // token -> index into raw
  for (size_t k = 0; k < raw.size(); ++k)
    for (uint32_t i = raw[k].b; i < raw[k].e; ++i) owner[i] = static_cast<int32_t>(k);

  std::string key;
  const std::vector<uint8_t> headline = ner::headline_case(doc);
  // words the running text writes capitalised where case means something (not line-initial)
  std::unordered_set<std::string_view> capitalised_in_text;
  for (size_t i = 0; i < n; ++i)
    if (!headline[i] && !line_start(doc, i) && doc.tokens[i].shape == Shape::Capitalized)
      capitalised_in_text.insert(doc.lower_str(doc.tokens[i]));
  std::vector<Raw> added;
  // a well-known hyphenated name written with spaces round its hyphen ("Wal - Mart", text rebuilt
  // from tokens): the tagger's spans inside it give way
  for (size_t i = 0; i + 2 < n; ++i) {
    if (!is_cap(doc.tokens[i]) || doc.str(doc.tokens[i + 1]) != "-" ||
        !doc.tokens[i + 1].space_before || !doc.tokens[i + 2].space_before ||
        !is_cap(doc.tokens[i + 2]) || line_start(doc, i + 2))
      continue;
    key.assign(doc.lower_str(doc.tokens[i]));
    key += '-';
    key += doc.lower_str(doc.tokens[i + 2]);
    if (!t.org_role.count(key)) continue;
    bool inside = true;  // no tagged span reaches out of the name
    for (size_t k = i; k < i + 3; ++k)
      if (owner[k] >= 0) {
        const Raw& r = raw[static_cast<size_t>(owner[k])];
        inside = inside && r.b >= i && r.e <= i + 3;
      }
    if (!inside) continue;
    for (size_t k = i; k < i + 3; ++k)
      if (owner[k] >= 0) raw[static_cast<size_t>(owner[k])].type = 0;
    raw.push_back(Raw{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 3), 2, 0, 0, {}});
    for (size_t k = i; k < i + 3; ++k) owner[k] = static_cast<int32_t>(raw.size() - 1);
    i += 2;
  }
  for (size_t i = 0; i < n; ++i) {
    if (owner[i] >= 0 || !is_cap(doc.tokens[i])) continue;
    const uint32_t f = flags(doc, t, i);
    // a well-known organisation named bare: "Boeing", "Goldman Sachs"
    if (f & Tables::kKnownOrg) {
      size_t e = 0;
      for (size_t m = std::min(n, i + t.org_max_words); m > i && !e; --m) {
        bool free = true;
        for (size_t k = i; k < m; ++k) free = free && owner[k] < 0;
        if (free && t.org_role.count(phrase(doc, i, m, key))) e = m;
      }
      if (e) {
        added.push_back(Raw{static_cast<uint32_t>(i), static_cast<uint32_t>(e), 2, 0, 0, {}});
        i = e - 1;
        continue;
      }
    }
    // a known acronym standing alone: "the CCP"
    if (doc.tokens[i].shape == Shape::AllCaps && t.acronyms.count(doc.str(doc.tokens[i]))) {
      added.push_back(Raw{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), 2, 0, 0, {}});
      continue;
    }
    // title + capitalised words nobody tagged: "Judge Beeler"
    if (f & Tables::kTitleWord) {
      std::string_view role;
      size_t j = i;
      // the longest title starting here
      for (size_t e = std::min(n, i + t.title_max_words); e > i; --e) {
        if (title_before(doc, t, e, i, key, &role) == i) {
          j = e;
          break;
        }
      }
      if (j > i) {
        size_t k = j;
        while (k < n && k < j + 3 && owner[k] < 0 && is_cap(doc.tokens[k]) && !line_start(doc, k) &&
               !(flags(doc, t, k) & (Tables::kNeverName | Tables::kOrgHead)))
          ++k;
        if (k > j) {
          added.push_back(Raw{static_cast<uint32_t>(j), static_cast<uint32_t>(k), 1, 0, 0, {}});
          i = k - 1;
          continue;
        }
      }
    }
  }
  // a capitalised run nobody tagged as a name (or tagged MISC) that ends in an organisation head,
  // opened by a nationality or country too: "the Chinese Government", "Communist Party"
  for (size_t i = 0; i + 1 < n; ++i) {
    const uint32_t f = flags(doc, t, i);
    const bool misc = owner[i] >= 0 && raw[static_cast<size_t>(owner[i])].type == 4;
    const bool nation = (f & (Tables::kDemonym | Tables::kCountry)) &&
                        (owner[i] < 0 || misc || raw[static_cast<size_t>(owner[i])].e == i + 1);
    if (!is_cap(doc.tokens[i]) || (f & Tables::kNeverName)) continue;
    if (!nation && ((owner[i] >= 0 && !misc) || line_start(doc, i))) continue;
    if (misc && raw[static_cast<size_t>(owner[i])].b != i) continue;
    // capitalised words up to an organisation head: "Chinese Communist Party", "German Finance
    // Ministry"
    size_t j = i + 1, last_head = 0;
    while (j < n && j < i + 5 && doc.tokens[j].shape == Shape::Capitalized && !line_start(doc, j)) {
      if (flags(doc, t, j) & Tables::kOrgHead) last_head = j;
      ++j;
    }
    if (!last_head) continue;
    j = last_head + 1;
    // the run replaces the tagger's spans inside it, never cuts one; an organisation the tagger
    // found after the nation is taken whole: "U.S. [Court of Appeals]"
    if (j < n && owner[j] >= 0 && owner[j] == owner[j - 1]) {
      const Raw& org = raw[static_cast<size_t>(owner[j])];
      if (org.type != 2 || org.b <= i) continue;
      j = org.e;
    }
    for (size_t k = i + 1; k < j; ++k)
      if (owner[k] >= 0) raw[static_cast<size_t>(owner[k])].type = 0;
    if (owner[i] >= 0) raw[static_cast<size_t>(owner[i])].type = 0;  // replaced by the longer name
    added.push_back(
        Raw{static_cast<uint32_t>(owner[i] >= 0 ? raw[static_cast<size_t>(owner[i])].b : i),
            static_cast<uint32_t>(j),
            2,
            0,
            0,
            {}});
    i = j - 1;
  }
  for (Raw& a : added) raw.push_back(a);
  // a lower-case word inside a tagged run ends the name unless it is a particle of names ("Bank
  // of England", "Ludwig van Beethoven"): "Surrey captain Chris Lewis", "Tyson in Las Vegas"
  for (size_t k = 0, count = raw.size(); k < count; ++k) {
    for (size_t p = raw[k].b + 1; raw[k].type != 0 && p + 1 < raw[k].e; ++p) {
      const Token& tok = doc.tokens[p];
      if (tok.kind != TokenKind::Word || tok.shape != Shape::Lower ||
          t.particles.count(doc.lower_str(tok)))
        continue;
      Raw right{static_cast<uint32_t>(p + 1), raw[k].e, raw[k].type, 0, 0, {}};
      if (flags(doc, t, p) & Tables::kTitleWord)
        right.type = 1;
      else if (t.places.count(phrase(doc, right.b, right.e, key)))
        right.type = 3;
      raw[k].e = static_cast<uint32_t>(p);
      raw.push_back(right);
      ++count;
      break;
    }
  }
  // a title inside a tagged run splits it: "Supreme Court Justice Anthony Kennedy" is the court
  // and a person titled Justice
  const size_t tagged = raw.size();
  for (size_t k = 0; k < tagged; ++k) {
    if (raw[k].type == 0 || raw[k].e - raw[k].b < 3) continue;
    for (size_t p = raw[k].b + 1; p + 1 < raw[k].e; ++p) {
      size_t end = 0;
      for (size_t e = std::min<size_t>(raw[k].e - 1, p + t.title_max_words); e > p && !end; --e)
        if (title_before(doc, t, e, p, key, nullptr) == p) end = e;
      if (!end || !is_cap(doc.tokens[p]) || !is_cap(doc.tokens[end])) continue;
      bool org_word = false;  // "Justice Department" is no title before a name
      for (size_t q = end; q < raw[k].e; ++q)
        org_word = org_word || (flags(doc, t, q) & Tables::kOrgHead);
      if (org_word) continue;
      Raw person{static_cast<uint32_t>(end), raw[k].e, 1, 0, 0, {}};
      raw[k].e = static_cast<uint32_t>(p);
      if (raw[k].type == 1) raw[k].type = 2;
      raw.push_back(person);
      break;
    }
  }
  std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) { return a.b < b.b; });
  join_place_of(doc, t, raw);
  // two names of one type side by side, nothing between them, are one name: "Alex O'Brien"; so
  // are a person's given names or initials and the name after them, whatever its type
  auto given_names = [&](const Raw& r) {
    if (r.type != 1) return false;
    for (uint32_t i = r.b; i < r.e; ++i) {
      const std::string_view w = doc.str(doc.tokens[i]);
      const bool initial = w.size() == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z';
      if (!initial && !(flags(doc, t, i) & Tables::kGivenName)) return false;
    }
    return true;
  };
  for (size_t k = 0, last = SIZE_MAX; k < raw.size(); ++k) {
    if (raw[k].type == 0) continue;
    if (last != SIZE_MAX && raw[last].e == raw[k].b && raw[k].type != 4 &&
        !line_start(doc, raw[k].b) &&
        (raw[last].type == raw[k].type || (given_names(raw[last]) && raw[k].e - raw[k].b <= 2))) {
      raw[last].e = raw[k].e;
      raw[k].type = 0;
      continue;
    }
    last = k;
  }
  // names joined by "&" are one organisation: "Douglas & Lomason", "Procter & Gamble"
  for (size_t k = 0; k < raw.size(); ++k) {
    const size_t amp = raw[k].e;
    if (raw[k].type == 0 || amp + 1 >= n || doc.str(doc.tokens[amp]) != "&" ||
        line_start(doc, amp) || line_start(doc, amp + 1) || !is_cap(doc.tokens[amp + 1]))
      continue;
    size_t next = k + 1;
    while (next < raw.size() && raw[next].type == 0) ++next;
    const size_t limit = next < raw.size() ? raw[next].b : n;
    size_t end = amp + 1;
    if (next < raw.size() && raw[next].b == amp + 1) {
      end = raw[next].e;
      raw[next].type = 0;
    } else {
      while (end < limit && is_cap(doc.tokens[end]) && !line_start(doc, end)) ++end;
    }
    raw[k].e = static_cast<uint32_t>(end);
    raw[k].type = 2;
  }
  // "Immigration and Customs Enforcement", "Fish and Wildlife Service": a lone word no
  // lexicon knows, "and", then a name ending in an organisation head, all capitalised, is one
  // organisation the tagger cut at "and"
  for (size_t k = 0; k + 1 < raw.size(); ++k) {
    Raw& a = raw[k];
    if (a.type == 0 || a.e - a.b != 1 || a.e + 1 >= n) continue;
    size_t next = k + 1;
    while (next < raw.size() && raw[next].type == 0) ++next;
    if (next == raw.size()) break;
    Raw& b = raw[next];
    if (b.b != a.e + 1 || b.e - b.b < 2 || doc.str(doc.tokens[a.e]) != "and" ||
        line_start(doc, b.b) || doc.tokens[a.b].shape != Shape::Capitalized ||
        !(flags(doc, t, b.e - 1) & Tables::kOrgHead) || !is_cap(doc.tokens[b.e - 1]))
      continue;
    // a company's legal form ends one company: "Kelvane and Toyota Motor Corp" are two
    if (t.legal_forms.count(doc.lower_str(doc.tokens[b.e - 1]))) continue;
    const uint32_t f = flags(doc, t, a.b);
    if (f & (Tables::kCountry | Tables::kState | Tables::kCity | Tables::kDemonym |
             Tables::kGivenName | Tables::kKnownOrg | Tables::kAcronym))
      continue;
    a.e = b.e;
    a.type = 2;
    b.type = 0;
  }
  // an organisation goes on over "of"/"for the" to the name it serves: "Coalition for the
  // [Homeless]", "Court of Appeals for the District of [Columbia Circuit]"
  for (size_t k = 0; k < raw.size(); ++k) {
    if (raw[k].type != 2) continue;
    bool head = false;
    for (size_t p = raw[k].b; p < raw[k].e && !head; ++p)
      head = flags(doc, t, p) & Tables::kOrgHead;
    // a company's legal form ends its name: "Dow Chemical Co of the United States"
    if (!head || t.legal_forms.count(doc.lower_str(doc.tokens[raw[k].e - 1]))) continue;
    size_t j = raw[k].e, next = k + 1;
    while (next < raw.size() && raw[next].type == 0) ++next;
    if (next == raw.size() || raw[next].type == 1 || raw[next].b <= j) continue;
    bool linked = false, ok = true;
    for (size_t p = j; p < raw[next].b && ok; ++p) {
      const Token& tok = doc.tokens[p];
      // "and" joins two names, it links none
      const bool particle = tok.shape == Shape::Lower && t.particles.count(doc.lower_str(tok)) &&
                            doc.lower_str(tok) != "and";
      ok = !line_start(doc, p) && (particle || (linked && is_cap(tok)));
      linked = linked || particle;
      if (p == j) ok = ok && particle;
    }
    if (!ok || !linked || line_start(doc, raw[next].b) || raw[next].b - j > 5) continue;
    raw[k].e = raw[next].e;
    raw[next].type = 0;
  }

  std::vector<Mention> out;
  for (Raw& r : raw) {
    if (r.type == 0) continue;  // replaced by a longer name
    if (r.type == 4) {
      // MISC is no actor, unless a known organisation or one with an organisation head, the head
      // last or before "of" and the place it serves: "Communist Party", "American Civil Liberties
      // Union of Ohio"
      uint32_t last = r.e - 1;
      if (r.e - r.b >= 4) {
        uint32_t of = r.e - 2;
        while (of > r.b + 1 && doc.lower_str(doc.tokens[of]) != "of") --of;
        if (doc.lower_str(doc.tokens[of]) == "of" && t.places.count(phrase(doc, of + 1, r.e, key)))
          last = of - 1;
      }
      const bool head = last > r.b && doc.tokens[last].shape == Shape::Capitalized &&
                        (flags(doc, t, last) & Tables::kOrgHead);
      if (!head && !t.org_role.count(phrase(doc, r.b, r.e, key))) continue;
      r.type = 2;
    }
    // trim possessives, punctuation and leading titles or articles
    while (r.e > r.b && doc.tokens[r.e - 1].kind != TokenKind::Word &&
           doc.tokens[r.e - 1].kind != TokenKind::Number)
      --r.e;
    while (r.b + 1 < r.e && doc.tokens[r.b].shape == Shape::Lower &&
           (flags(doc, t, r.b) & Tables::kNeverName))
      ++r.b;  // "the"
    while (r.b < r.e && doc.tokens[r.b].kind != TokenKind::Word &&
           doc.tokens[r.b].kind != TokenKind::Number)
      ++r.b;
    // a name does not end in a lower-case word: "Gonzalez can", "BioSciences extended"
    while (r.e > r.b + 1 && (doc.tokens[r.e - 1].shape == Shape::Lower ||
                             doc.tokens[r.e - 1].kind != TokenKind::Word))
      --r.e;
    if (r.type == 1) {
      for (size_t e = std::min<size_t>(r.e - 1, r.b + t.title_max_words); e > r.b; --e) {
        std::string_view role;
        if (title_before(doc, t, e, r.b, key, &role) == r.b) {
          r.b = static_cast<uint32_t>(e);
          break;
        }
      }
    }
    if (r.e <= r.b) continue;
    // an ordinal numbers a body of its kind: "the 9th Circuit Court of Appeals"
    if (r.type == 2 && r.b > 0 && !line_start(doc, r.b) && is_ordinal(doc, r.b - 1)) {
      bool head = false;
      for (uint32_t p = r.b; p < r.e && !head; ++p) head = flags(doc, t, p) & Tables::kOrgHead;
      if (head) --r.b;
    }
    // a title that starts inside the name and runs past it belongs to the person after it:
    // "[US Magistrate] Judge Laurel Beeler" is no organisation "US Magistrate"
    if (r.type != 1) {
      bool cut = false;
      for (size_t p = r.b; p < r.e && !cut; ++p)
        for (size_t end = std::min(n, p + t.title_max_words); end > r.e && !cut; --end)
          if (title_before(doc, t, end, p, key, nullptr) == p && end < n &&
              is_cap(doc.tokens[end])) {
            r.e = static_cast<uint32_t>(p);
            cut = true;
          }
      if (cut && (r.e == r.b || t.places.count(phrase(doc, r.b, r.e, key))))
        continue;  // "US" qualifies the title
    }
    bool all_never = true;
    for (uint32_t i = r.b; i < r.e; ++i)
      all_never = all_never && (flags(doc, t, i) & Tables::kNeverName);
    if (all_never) continue;
    const std::string& name = phrase(doc, r.b, r.e, key);
    if (t.products.count(name)) continue;
    if (t.demonym_country.count(name))
      continue;  // "Panamanian", "West Indian": a nationality, no actor
    // "iPhone", "eReader": products, unless a known name ("eBay")
    const std::string_view first = doc.str(doc.tokens[r.b]);
    if (first.size() > 1 && first[0] >= 'a' && first[0] <= 'z' && !t.org_role.count(name)) continue;
    if (t.org_role.count(name)) r.type = 2;
    if (r.e - r.b >= 2 && t.legal_forms.count(doc.lower_str(doc.tokens[r.e - 1])))
      r.type = 2;  // "... Inc"
    // in a Title Case headline capitals prove nothing: keep names the article also writes
    // capitalised in running text, and names the lexicons know (the tagger learnt ALL CAPS lines)
    if (headline[r.b] == 2) {
      uint32_t e = r.b;
      while (e < r.e) {
        const uint32_t f = flags(doc, t, e);
        const bool known = (f & (Tables::kCountry | Tables::kState | Tables::kCity |
                                 Tables::kKnownOrg | Tables::kAcronym)) ||
                           capitalised_in_text.count(doc.lower_str(doc.tokens[e])) ||
                           doc.tokens[e].kind != TokenKind::Word;
        if (!known) break;
        ++e;
      }
      while (e > r.b && doc.tokens[e - 1].kind != TokenKind::Word) --e;
      if (e == r.b) continue;
      r.e = e;
    }
    // a title (and the place that qualifies it) before a person: "US Magistrate Judge"
    if (r.type == 1) {
      size_t floor = r.b;
      while (floor > 0 && !line_start(doc, floor) && r.b - floor < 6) --floor;
      std::string_view role;
      size_t tb = title_before(doc, t, r.b, floor, key, &role);
      if (tb < r.b) {
        r.role = role;
        size_t more;
        while (tb > floor && (more = title_before(doc, t, tb, floor, key, nullptr)) < tb) tb = more;
        if (tb > floor && tb > 0 &&
            (flags(doc, t, tb - 1) & (Tables::kCountry | Tables::kDemonym)) &&
            is_cap(doc.tokens[tb - 1]))
          --tb;
        r.title_b = static_cast<uint32_t>(tb);
        r.title_e = r.b;
      }
    }
    Mention m;
    m.span = doc.span(r.b, r.e - 1);
    m.type = r.type == 1   ? EntityType::Person
             : r.type == 2 ? EntityType::Organization
                           : EntityType::Place;
    if (r.title_e > r.title_b) {
      m.title_span = doc.span(r.title_b, r.title_e - 1);
      m.title = std::string(doc.str(m.title_span));
      m.role = std::string(r.role);
    }
    m.sentence = doc.tokens[r.b].sentence;
    m.first_token = r.b;
    m.end_token = r.e;
    out.push_back(std::move(m));
  }
  return split_of_place(doc, t, split_conjunctions(doc, t, std::move(out)));
}

}  // namespace docket::entities
