// Mention finder: the tagger's name spans, corrected and completed by the rules (titles before
// names, acronyms, nationality + organisation head, words that are never names alone).
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

std::vector<Mention> find_mentions(const Document& doc, const EntityLexicon::Tables& t);

}  // namespace docket::entities
