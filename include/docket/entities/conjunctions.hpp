// Names joined by "and": one organisation whose name holds the "and" ("Immigration and
// Naturalization Service"), or two companies each with its legal form ("Apple Inc and Alphabet
// Inc").
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

// Joins "X and Y Service" into one organisation when X is no name on its own, and splits
// "X Inc and Y Group" into two. `mentions` are in text order; so is the result.
std::vector<Mention> resolve_conjunctions(const Document& doc, const EntityLexicon::Tables& t,
                                          std::vector<Mention> mentions);

}  // namespace docket::entities
