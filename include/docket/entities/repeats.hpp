// Document-level consistency: a name the tagger found once is the same name where the article
// repeats it and the tagger missed it ("Tiger Woods" ... "Woods said").
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

// Adds a mention for every free-standing capitalised word, written exactly like a one-word
// mention or a person's surname found elsewhere, that no mention covers. Keeps text order.
void add_repeated_names(const Document& doc, const EntityLexicon::Tables& t,
                        std::vector<Mention>& mentions);

}  // namespace docket::entities
