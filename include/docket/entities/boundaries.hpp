// Name boundaries the tagger left short: a surname it missed right after a given name
// ("Donald [Trump]"), a place word ("Portsmouth [Harbor]"), a possessive inside a name ("Maine
// Lobstermen's Association"), a hyphenated company before its legal form ("Ciba-Geigy Ltd."); and
// a title the tagger ran into an organisation's name ("Ryanair [CEO]").
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

// `mentions` in text order; the result too.
std::vector<Mention> complete_names(const Document& doc, const EntityLexicon::Tables& t,
                                    std::vector<Mention> mentions);

}  // namespace docket::entities
