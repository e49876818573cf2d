// Actor merger: groups mentions of one entity (full name, surname, title + surname, acronym and
// expansion, shorter and longer organisation names) and ranks the actors by salience.
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

std::vector<Actor> merge_actors(const Document& doc, const EntityLexicon::Tables& t,
                                const std::vector<Mention>& mentions);

// Whether the words before token `b` (back over quotation marks, not before `floor`) end in an
// alias cue ("known as", "nicknamed").
bool alias_cue_before(const Document& doc, const EntityLexicon::Tables& t, uint32_t b,
                      uint32_t floor);

}  // namespace docket::entities
