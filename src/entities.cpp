#include "docket/entities.hpp"

#include "docket/lexicons.hpp"

namespace docket {

Result<EntityLexicon> EntityLexicon::compile(const Lexicons&) { return EntityLexicon{}; }

EntityResult extract_entities(const Document&, const Lexicons&) { return {}; }

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "person";
    case EntityType::Organization: return "organization";
    case EntityType::Place: return "place";
    case EntityType::Other: return "other";
  }
  return "other";
}

}  // namespace docket
