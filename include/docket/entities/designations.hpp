// Numbered units named after a noun ("Adam Air Flight 574", "Terminal 3"): the noun and its
// number are no part of a name; the name before "Flight" is the airline that operates it.
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

// `mentions` in text order; the result too.
std::vector<Mention> cut_designations(const Document& doc, const EntityLexicon::Tables& t,
                                      std::vector<Mention> mentions);

// The mention is right before a designation noun that names its operator: "[Adam Air] Flight 574".
bool names_operator(const Document& doc, const EntityLexicon::Tables& t, const Mention& m);

}  // namespace docket::entities
