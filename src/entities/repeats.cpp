#include "docket/entities/repeats.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace docket::entities {
namespace {

bool capitalised_word(const Token& t) {
  return t.kind == TokenKind::Word && (t.shape == Shape::Capitalized || t.shape == Shape::AllCaps);
}

}  // namespace

void add_repeated_names(const Document& doc, const EntityLexicon::Tables& t,
                        std::vector<Mention>& mentions) {
  if (mentions.empty()) return;
  const size_t n = doc.tokens.size();
  // a full name's surname first ("Alex O'Brien" makes "O'Brien" a person), then one-word mentions
  std::unordered_map<std::string_view, EntityType> known;
  for (const Mention& m : mentions)
    if (m.type == EntityType::Person && m.end_token - m.first_token >= 2)
      known.emplace(doc.str(doc.tokens[m.end_token - 1]), EntityType::Person);
  for (const Mention& m : mentions)
    if (m.end_token - m.first_token == 1 && m.type != EntityType::Other)
      known.emplace(doc.str(doc.tokens[m.first_token]), m.type);
  std::vector<uint8_t> covered(n, 0);
  for (const Mention& m : mentions)
    for (uint32_t i = m.first_token; i < m.end_token; ++i) covered[i] = 1;
  std::vector<Mention> added;
  for (size_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[i];
    if (covered[i] || !capitalised_word(tok) || tok.span.size() < 3) continue;
    auto it = known.find(doc.str(tok));
    if (it == known.end() || t.never_names.count(doc.lower_str(tok))) continue;
    // free-standing: no capitalised word glued to it on either side ("Woods Hole" is another name)
    const bool after_name =
        i > 0 && !ner::segment_start(doc, i) && capitalised_word(doc.tokens[i - 1]);
    const bool before_name =
        i + 1 < n && !ner::segment_start(doc, i + 1) && capitalised_word(doc.tokens[i + 1]);
    // nor a particle: "de [Silva]", "[Queen] of South"
    auto particle = [&](size_t k) {
      return k < n && doc.tokens[k].shape == Shape::Lower &&
             t.particles.count(doc.lower_str(doc.tokens[k]));
    };
    if (after_name || before_name || (i > 0 && particle(i - 1)) || particle(i + 1)) continue;
    Mention m;
    m.span = tok.span;
    m.type = it->second;
    m.sentence = tok.sentence;
    m.first_token = static_cast<uint32_t>(i);
    m.end_token = static_cast<uint32_t>(i + 1);
    m.repeated = true;
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  const size_t old_size = mentions.size();
  for (Mention& m : added) mentions.push_back(std::move(m));
  std::inplace_merge(
      mentions.begin(), mentions.begin() + static_cast<ptrdiff_t>(old_size), mentions.end(),
      [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

}  // namespace docket::entities
