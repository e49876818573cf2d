#include "docket/entities/designations.hpp"

namespace docket::entities {
namespace {

bool number_at(const Document& doc, uint32_t i) {
  if (i >= doc.tokens.size() || !doc.tokens[i].space_before || doc.tokens[i].newline_before)
    return false;
  const std::string_view s = doc.str(doc.tokens[i]);
  return doc.tokens[i].kind == TokenKind::Number || (!s.empty() && s[0] >= '0' && s[0] <= '9');
}

// The designation noun at token i, followed by its number: its operator type ("" for none), or
// nullptr when token i is no such noun.
const std::string* designation_at(const Document& doc, const EntityLexicon::Tables& t, uint32_t i) {
  if (i + 1 >= doc.tokens.size() || doc.tokens[i].shape != Shape::Capitalized ||
      !number_at(doc, i + 1) || doc.tokens[i + 1].sentence != doc.tokens[i].sentence)
    return nullptr;
  auto it = t.designations.find(doc.lower_str(doc.tokens[i]));
  return it == t.designations.end() ? nullptr : &it->second;
}

Mention respan(const Document& doc, Mention m, uint32_t b, uint32_t e) {
  m.first_token = b;
  m.end_token = e;
  m.span = doc.span(b, e - 1);
  return m;
}

}  // namespace

bool names_operator(const Document& doc, const EntityLexicon::Tables& t, const Mention& m) {
  const std::string* op = designation_at(doc, t, m.end_token);
  return op && !op->empty();
}

std::vector<Mention> cut_designations(const Document& doc, const EntityLexicon::Tables& t,
                                      std::vector<Mention> in) {
  if (t.designations.empty()) return in;
  std::vector<Mention> out;
  out.reserve(in.size());
  for (Mention& m : in) {
    // "[Flight 574]", "[Terminal] 3": the unit alone is no actor
    if (designation_at(doc, t, m.first_token)) continue;
    // "[Adam Air Flight] 574": the noun closes the name; "[Adam Air] Flight 574" already does
    const uint32_t last = m.end_token - 1;
    const std::string* op = designation_at(doc, t, last);
    if (op && last > m.first_token)
      m = respan(doc, m, m.first_token, last);
    else if (!op)
      op = designation_at(doc, t, m.end_token);
    if (!op || op->empty()) {
      out.push_back(std::move(m));
      continue;
    }
    // the name before the noun is the operator, whatever the tagger read in it, with a name
    // written right before it: "[Garuda] [Indonesia] Flight 200"
    m.type = EntityType::Organization;
    m.title.clear();
    m.title_span = {};
    m.role.clear();
    if (!out.empty() && out.back().end_token == m.first_token &&
        doc.tokens[m.first_token].space_before && !doc.tokens[m.first_token].newline_before &&
        out.back().sentence == m.sentence) {
      Mention joined = respan(doc, out.back(), out.back().first_token, m.end_token);
      joined.type = EntityType::Organization;
      out.back() = std::move(joined);
      continue;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace docket::entities
