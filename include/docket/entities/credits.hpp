// Credits: the agency after a dateline ("CANBERRA, Australia (AP)_") and credit lines
// ("(Reporting by Ann Lee; Editing by Tom Hale)") name who wrote the story, not who acts in it.
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

// The mentions minus those that stand in a credit.
std::vector<Mention> drop_credits(const Document& doc, const EntityLexicon::Tables& t,
                                  std::vector<Mention> mentions);

}  // namespace docket::entities
