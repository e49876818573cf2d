#include "docket/entities/teams.hpp"

#include <algorithm>

namespace docket::entities {
namespace {

bool is_number(const Document& doc, const Token& t) {
  if (t.kind == TokenKind::Number) return true;
  const std::string_view s = doc.str(t);
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_name_word(const Token& t) {
  return t.kind == TokenKind::Word && t.shape != Shape::Lower;
}

// The line [b, e) reads name number name number, or name and three numbers or more (dots and
// dashes after a number: ".556", "-"); a dateline ("NEW YORK 1996-08-28") is neither.
bool results_line(const Document& doc, size_t b, size_t e) {
  std::vector<char> kinds;  // 'w' a run of name words, 'n' a number; other punctuation skipped
  for (size_t i = b; i < e; ++i) {
    const Token& t = doc.tokens[i];
    char k;
    if (is_number(doc, t))
      k = 'n';
    else if (is_name_word(t))
      k = 'w';
    else if ((t.kind == TokenKind::Punct || t.kind == TokenKind::Dash) && !kinds.empty() &&
             kinds.back() == 'n')
      continue;  // ".556", "-" among the figures; a name holds no punctuation
    else
      return false;
    if (k == 'w' && !kinds.empty() && kinds.back() == 'w') continue;
    kinds.push_back(k);
  }
  if (kinds.size() < 4 || kinds[0] != 'w' || kinds[1] != 'n') return false;
  if (kinds.size() == 4 && kinds[2] == 'w' && kinds[3] == 'n') return true;  // a score line
  // a standings row, unless the numbers are a date
  for (size_t k = 1; k < kinds.size(); ++k)
    if (kinds[k] != 'n') return false;
  for (size_t i = b; i < e; ++i)
    if (is_number(doc, doc.tokens[i])) {
      const std::string_view first = doc.str(doc.tokens[i]);
      return !(first.size() == 4 && (first.starts_with("19") || first.starts_with("20")));
    }
  return false;
}

}  // namespace

std::vector<uint8_t> results_lines(const Document& doc) {
  const size_t n = doc.tokens.size();
  std::vector<uint8_t> out(n, 0);
  size_t b = 0;
  while (b < n) {
    size_t e = b + 1;
    while (e < n && !doc.tokens[e].newline_before) ++e;
    if (results_line(doc, b, e))
      for (size_t i = b; i < e; ++i) out[i] = 1;
    b = e;
  }
  return out;
}

void type_teams(const Document& doc, std::vector<Mention>& mentions) {
  bool any = false;
  for (const Mention& m : mentions) any = any || m.type != EntityType::Organization;
  if (!any) return;
  const std::vector<uint8_t> lines = results_lines(doc);
  for (Mention& m : mentions)
    if (lines[m.first_token]) m.type = EntityType::Organization;
}

}  // namespace docket::entities
