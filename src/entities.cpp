#include "docket/entities.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "docket/entities/actors.hpp"
#include "docket/entities/boundaries.hpp"
#include "docket/entities/conjunctions.hpp"
#include "docket/entities/credits.hpp"
#include "docket/entities/designations.hpp"
#include "docket/entities/lexicon.hpp"
#include "docket/entities/mentions.hpp"
#include "docket/entities/not_actors.hpp"
#include "docket/entities/repeats.hpp"
#include "docket/entities/teams.hpp"
#include "docket/lexicons.hpp"

namespace docket {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Every word of each name gets the list's flag; the whole name goes into `names` when given.
template <typename OnName>
void add_names(EntityLexicon::Tables& t, const LexiconFile& f, uint32_t flag, OnName&& on_name) {
  for (const auto& e : f.entries) {
    const std::string lower = lower_ascii(e[0]);
    size_t start = 0;
    while (start < lower.size()) {
      size_t sp = lower.find(' ', start);
      if (sp == std::string::npos) sp = lower.size();
      if (sp > start) t.gazetteer.flags[lower.substr(start, sp - start)] |= flag;
      start = sp + 1;
    }
    on_name(e, lower);
  }
}

}  // namespace

Result<EntityLexicon> EntityLexicon::compile(const Lexicons& lex) {
  auto t = std::make_shared<Tables>();
  auto none = [](const LexiconEntry&, const std::string&) {};
  add_names(*t, lex.file("entities/gazetteer_countries.tsv"), Tables::kCountry,
            [&](const LexiconEntry&, const std::string& l) {
              t->places.insert(l);
              t->countries.insert(l);
            });
  add_names(*t, lex.file("entities/gazetteer_us_states.tsv"), Tables::kState,
            [&](const LexiconEntry&, const std::string& l) { t->places.insert(l); });
  add_names(*t, lex.file("entities/gazetteer_cities.tsv"), Tables::kCity,
            [&](const LexiconEntry&, const std::string& l) { t->places.insert(l); });
  add_names(*t, lex.file("entities/gazetteer_demonyms.tsv"), Tables::kDemonym,
            [&](const LexiconEntry& e, const std::string& l) {
              t->demonym_country[l] = std::string(e.get(1));
            });
  add_names(*t, lex.file("entities/gazetteer_given_names.tsv"), Tables::kGivenName, none);
  add_names(*t, lex.file("entities/never_names.tsv"), Tables::kNeverName,
            [&](const LexiconEntry&, const std::string& l) { t->never_names.insert(l); });
  add_names(*t, lex.file("entities/organisations.tsv"), Tables::kKnownOrg,
            [&](const LexiconEntry& e, const std::string& l) {
              t->org_role[l] = e[1];
              t->org_max_words = std::max<size_t>(
                  t->org_max_words, static_cast<size_t>(std::count(l.begin(), l.end(), ' ') + 1));
            });
  add_names(*t, lex.file("entities/products.tsv"), Tables::kProduct,
            [&](const LexiconEntry&, const std::string& l) { t->products.insert(l); });
  const LexiconFile& titles = lex.file("entities/titles.tsv");
  add_names(*t, titles, Tables::kTitleWord, [&](const LexiconEntry& e, const std::string& l) {
    t->title_role[l] = std::string(e.get(1));
    if (e.get(2) == "regnal") t->regnal_titles.insert(l);
    t->title_max_words = std::max<size_t>(
        t->title_max_words, static_cast<size_t>(std::count(l.begin(), l.end(), ' ') + 1));
  });
  for (const auto& e : titles.entries)
    if (!e.get(2).empty() && e.get(2) != "regnal")
      return titles.error_at(e, "the third column is 'regnal' or empty");
  const LexiconFile& heads = lex.file("entities/org_heads.tsv");
  for (const auto& e : heads.entries) {
    if (!e.get(2).empty() && e.get(2) != "legal" && e.get(2) != "place")
      return heads.error_at(e, "the third column is 'legal', 'place' or empty");
    if (e.get(2) == "legal") t->legal_forms.insert(lower_ascii(e[0]));
    if (e.get(2) == "place") t->org_place_heads.insert(lower_ascii(e[0]));
    if (e[0].find(' ') != std::string::npos)
      return heads.error_at(e, "an organisation head is one word");
  }
  add_names(*t, heads, Tables::kOrgHead,
            [&](const LexiconEntry& e, const std::string& l) { t->org_head_role[l] = e[1]; });
  const LexiconFile& acr = lex.file("entities/known_organisations.tsv");
  for (const auto& e : acr.entries) {
    t->gazetteer.flags[lower_ascii(e[0])] |= Tables::kAcronym;
    t->acronyms[std::string(e[0])] = Tables::Acronym{std::string(e[1]), std::string(e.get(2))};
  }
  for (const auto& e : lex.file("entities/event_heads.tsv").entries)
    t->event_heads.insert(lower_ascii(e[0]));
  for (const auto& e : lex.file("entities/org_descriptors.tsv").entries)
    t->org_descriptors.insert(lower_ascii(e[0]));
  for (const auto& e : lex.file("entities/not_names.tsv").entries) t->not_names.emplace(e[0]);
  for (const auto& e : lex.file("entities/name_particles.tsv").entries)
    t->particles.insert(lower_ascii(e[0]));
  for (const auto& e : lex.file("entities/salience_verbs.tsv").entries)
    t->salience_verbs.insert(lower_ascii(e[0]));
  for (const auto& e : lex.file("entities/setting_words.tsv").entries)
    t->setting_words.insert(lower_ascii(e[0]));
  for (auto [name, set] : {std::pair{"entities/alias_cues.tsv", &t->alias_cues},
                           std::pair{"entities/org_nouns.tsv", &t->org_nouns},
                           std::pair{"entities/place_heads.tsv", &t->place_heads},
                           std::pair{"entities/credit_cues.tsv", &t->credit_cues},
                           std::pair{"entities/generic_nouns.tsv", &t->generic_nouns},
                           std::pair{"entities/name_abbreviations.tsv", &t->name_abbreviations}})
    for (const auto& e : lex.file(name).entries) set->insert(lower_ascii(e[0]));
  const LexiconFile& designations = lex.file("entities/designations.tsv");
  for (const auto& e : designations.entries) {
    if (!e.get(1).empty() && e.get(1) != "organization")
      return designations.error_at(e, "the operator type is 'organization' or empty");
    t->designations[lower_ascii(e[0])] = std::string(e.get(1));
  }
  const LexiconFile& docs = lex.file("entities/documents.tsv");
  for (const auto& e : docs.entries) {
    if (e[1] != "first" && e[1] != "last" && e[1] != "last after the")
      return docs.error_at(e, "the position is 'first', 'last' or 'last after the'");
    (e[1] == "first"  ? t->document_first
     : e[1] == "last" ? t->document_last
                      : t->document_last_after_the)
        .insert(lower_ascii(e[0]));
  }
  const LexiconFile& model = lex.file("entities/ner_model.tsv");
  if (!model.entries.empty()) {
    // The built-in model's weights were expanded at build time; an overlay's are read here.
    const bool built_in = model.origin.starts_with(kBuiltInOrigin);
    auto m = ner::read_model(model, built_in ? ner::built_in_codes() : std::span<const int8_t>());
    if (!m) return m.error();
    t->model = std::move(*m);
  }
  EntityLexicon out;
  out.tables = std::move(t);
  return out;
}

EntityResult extract_entities(const Document& doc, const Lexicons& lex) {
  const EntityLexicon::Tables& t = *lex.entities().tables;
  EntityResult r;
  r.mentions = entities::drop_credits(
      doc, t,
      entities::resolve_conjunctions(
          doc, t,
          entities::complete_names(
              doc, t, entities::cut_designations(doc, t, entities::find_mentions(doc, t)))));
  entities::add_repeated_names(doc, t, r.mentions);
  entities::drop_non_actors(doc, t, r.mentions);
  entities::type_teams(doc, r.mentions);
  r.actors = entities::merge_actors(doc, t, r.mentions);
  return r;
}

void drop_mentions_within(EntityResult& r, const std::vector<Span>& spans) {
  if (spans.empty()) return;
  // Mentions and spans are both in text order: one merge-like pass per list.
  auto inside = [&](Span m, size_t& k) {
    while (k < spans.size() && spans[k].end <= m.begin) ++k;
    return k < spans.size() && spans[k].contains(m);
  };
  size_t k = 0;
  std::erase_if(r.mentions, [&](const Mention& m) { return inside(m.span, k); });
  bool changed = false;
  for (Actor& a : r.actors) {
    size_t j = 0;
    const size_t before = a.mentions.size();
    std::erase_if(a.mentions, [&](const Mention& m) { return inside(m.span, j); });
    changed |= a.mentions.size() != before;
  }
  if (!changed) return;
  std::erase_if(r.actors, [](const Actor& a) { return a.mentions.empty(); });
  for (size_t i = 0; i < r.actors.size(); ++i) r.actors[i].id = fmt::format("a{}", i + 1);
}

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::Person:
      return "person";
    case EntityType::Organization:
      return "organization";
    case EntityType::Place:
      return "place";
    case EntityType::Other:
      return "other";
  }
  return "other";
}

}  // namespace docket
