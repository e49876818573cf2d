#include "docket/entities/credits.hpp"

#include <algorithm>

namespace docket::entities {
namespace {

constexpr uint32_t kDatelineReach = 12;  // tokens from a paragraph's start to the credit's "("
constexpr uint32_t kCreditWords = 5;     // tokens inside the parentheses of an agency credit
constexpr size_t kCueWords = 3;          // words in the longest credit cue

bool is(const Document& doc, uint32_t i, std::string_view s) {
  return i < doc.tokens.size() && doc.str(doc.tokens[i]) == s;
}

// "PORTSMOUTH, Maine, Feb. 14 (Docket Wire) -": the paragraph opens with an ALL CAPS place and
// the parentheses close soon after they open.
Span dateline_credit(const Document& doc, const Segment& p) {
  const Token& first = doc.tokens[p.first_token];
  if (first.kind != TokenKind::Word || first.shape != Shape::AllCaps || first.span.size() < 2)
    return {};
  const uint32_t reach = std::min(p.end_token, p.first_token + kDatelineReach);
  for (uint32_t i = p.first_token + 1; i < reach; ++i) {
    if (!is(doc, i, "(")) continue;
    for (uint32_t j = i + 1; j < p.end_token && j <= i + kCreditWords; ++j)
      if (is(doc, j, ")")) return Span{doc.tokens[i].span.begin, doc.tokens[j].span.end};
    return {};
  }
  return {};
}

// "(Reporting by Ann Lee; Editing by Tom Hale.)": the whole paragraph is a credit.
bool credit_line(const Document& doc, const Segment& p, const EntityLexicon::Tables& t) {
  uint32_t i = p.first_token;
  if (is(doc, i, "(")) ++i;
  std::string phrase;
  for (uint32_t k = i; k < p.end_token && k < i + kCueWords; ++k) {
    if (!phrase.empty()) phrase += ' ';
    phrase += doc.lower_str(doc.tokens[k]);
    if (t.credit_cues.count(phrase)) return true;
  }
  return false;
}

}  // namespace

std::vector<Mention> drop_credits(const Document& doc, const EntityLexicon::Tables& t,
                                  std::vector<Mention> mentions) {
  std::vector<Span> credits;
  for (const Segment& p : doc.paragraphs) {
    if (p.first_token >= p.end_token) continue;
    if (credit_line(doc, p, t))
      credits.push_back(p.span);
    else if (const Span s = dateline_credit(doc, p); !s.empty())
      credits.push_back(s);
  }
  if (credits.empty()) return mentions;
  std::erase_if(mentions, [&](const Mention& m) {
    return std::any_of(credits.begin(), credits.end(), [&](Span c) { return c.contains(m.span); });
  });
  return mentions;
}

}  // namespace docket::entities
