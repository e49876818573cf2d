// Actor merger: groups mentions of one entity (full name, surname, title + surname, acronym and
// expansion, shorter and longer organisation names) and ranks the actors by salience.
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

std::vector<Actor> merge_actors(const Document& doc, const EntityLexicon::Tables& t,
                                const std::vector<Mention>& mentions);

}  // namespace docket::entities
