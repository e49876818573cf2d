// Sports results: in a score line ("Atalanta 2 Torino 1") or a standings row ("NEW YORK 74 59
// .556 -") the names are teams, organisations whatever the tagger read in them.
#pragma once

#include <vector>

#include "docket/entities/lexicon.hpp"

namespace docket::entities {

// Per token: 1 when its line is a score line or a standings row.
std::vector<uint8_t> results_lines(const Document& doc);

// Makes the mentions that stand in a results line organisations.
void type_teams(const Document& doc, std::vector<Mention>& mentions);

}  // namespace docket::entities
