#include "docket/entities/conjunctions.hpp"

#include <algorithm>
#include <string>

namespace docket::entities {
namespace {

using Tables = EntityLexicon::Tables;

constexpr uint32_t kLeftWords = 3;  // capitalised words an untagged left part may have

std::string phrase(const Document& doc, uint32_t b, uint32_t e) {
  std::string key;
  for (uint32_t k = b; k < e; ++k) {
    if (doc.tokens[k].kind != TokenKind::Word && doc.tokens[k].kind != TokenKind::Number) continue;
    if (!key.empty()) key += ' ';
    key += doc.lower_str(doc.tokens[k]);
  }
  return key;
}

bool known_name(const Tables& t, const std::string& p) {
  return t.places.count(p) || t.org_role.count(p) || t.countries.count(p) ||
         t.demonym_country.count(p);
}

bool ends_in(const Document& doc, const Tables& t, const Mention& m, uint32_t flag) {
  return (t.gazetteer.lookup(doc.lower_str(doc.tokens[m.end_token - 1])) & flag) != 0;
}

Mention span_of(const Document& doc, Mention m, uint32_t b, uint32_t e) {
  m.first_token = b;
  m.end_token = e;
  m.span = doc.span(b, e - 1);
  m.sentence = doc.tokens[b].sentence;
  return m;
}

bool camel_case(std::string_view w) {
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::vector<Mention> resolve_conjunctions(const Document& doc, const Tables& t,
                                          std::vector<Mention> in) {
  std::vector<Mention> out;
  out.reserve(in.size());
  for (Mention& m : in) {
    const uint32_t b = m.first_token;
    const bool org = m.type == EntityType::Organization && m.end_token - b >= 2 &&
                     ends_in(doc, t, m, Tables::kOrgHead);
    // "[U.S. Immigration] and [Naturalization Service]": the left part is no name on its own.
    if (org && b >= 2 && doc.lower_str(doc.tokens[b - 1]) == "and" &&
        doc.tokens[b - 1].sentence == doc.tokens[b].sentence) {
      const uint32_t and_at = b - 1;
      uint32_t left = and_at;
      // a tagged organisation or person on the left is a name of its own ("KeyCorp and Banc One
      // Corp"); a place there may be the first word of the name ("[U.S. Immigration]")
      if (!out.empty() && out.back().end_token == and_at) {
        if (out.back().type == EntityType::Place) left = out.back().first_token;
      } else
        // an untagged word in CamelCase is a brand of its own ("KeyCorp and Banc One Corp")
        while (left > 0 && and_at - left < kLeftWords &&
               doc.tokens[left - 1].kind == TokenKind::Word &&
               doc.tokens[left - 1].shape == Shape::Capitalized &&
               !camel_case(doc.str(doc.tokens[left - 1])) &&
               doc.tokens[left - 1].sentence == doc.tokens[b].sentence &&
               !(t.gazetteer.lookup(doc.lower_str(doc.tokens[left - 1])) & Tables::kNeverName))
          --left;
      // a left part that ends in its own head is a whole name: "Kingsbridge Capital Group and
      // [Cara Operations Ltd]"
      const bool whole =
          t.gazetteer.lookup(doc.lower_str(doc.tokens[and_at - 1])) & Tables::kOrgHead;
      if (left < and_at && !whole && !known_name(t, phrase(doc, left, and_at))) {
        if (!out.empty() && out.back().first_token == left) out.pop_back();
        Mention joined = span_of(doc, m, left, m.end_token);
        joined.title.clear();
        joined.title_span = {};
        joined.role.clear();
        out.push_back(std::move(joined));
        continue;
      }
    }
    // "Apple Inc and Alphabet Inc", "Kingsbridge Capital Group and Cara Operations Ltd", "Shanghai
    // Airlines and Xiamen Airlines": each side closes with its own head word, a legal form or the
    // same head twice ("Guangdong Post and Telecommunications Administration" is one name).
    auto legal = [&](uint32_t i) {
      return t.legal_forms.count(std::string(doc.lower_str(doc.tokens[i]))) > 0;
    };
    if (m.end_token - b >= 5 && ends_in(doc, t, m, Tables::kOrgHead)) {
      uint32_t p = b + 2;
      while (p + 2 < m.end_token && doc.lower_str(doc.tokens[p]) != "and") ++p;
      if (p + 2 < m.end_token &&
          (t.gazetteer.lookup(doc.lower_str(doc.tokens[p - 1])) & Tables::kOrgHead) &&
          (legal(p - 1) || legal(m.end_token - 1) ||
           doc.lower_str(doc.tokens[p - 1]) == doc.lower_str(doc.tokens[m.end_token - 1]))) {
        out.push_back(span_of(doc, m, b, p));
        Mention right = span_of(doc, m, p + 1, m.end_token);
        right.title.clear();
        right.title_span = {};
        right.role.clear();
        out.push_back(std::move(right));
        continue;
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace docket::entities
