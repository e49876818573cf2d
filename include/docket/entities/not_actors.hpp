// Names that are no actors: products (a maker's name before a model designation, "Airbus A380",
// "Boeing 787", names the product, not the company; a model code alone, "A380", "3G"), events
// ("Paris Air Show", "Worldwide Developers Conference (WWDC)") and quoted titles of works ("Viva
// Zapata"), ordinary nouns and titles capitalised alone ("Maintenance, Repair and Overhaul (MRO)",
// "Chief Executive Officer") and a politician's party and state tag ("(R-AZ)").
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

// "A380", "A400M", "F-16", "MD-11"; with `known_maker` also a bare 3-digit model number ("737",
// "787s"), which after an unknown name may be a score ("Warwickshire 310").
bool is_model_designation(std::string_view word, bool known_maker);

// Drops from `mentions` (in text order) the names of products and events, and the other mentions
// of the names the article gives them.
void drop_non_actors(const Document& doc, const EntityLexicon::Tables& t,
                     std::vector<Mention>& mentions);

}  // namespace docket::entities
