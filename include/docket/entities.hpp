// Entities: finds named people, organisations and places and merges their mentions into actors.
// A pure function of (Document, Lexicons); titles, agencies and name lists live in
// lexicons/entities/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "docket/result.hpp"
#include "docket/span.hpp"
#include "docket/tokenizer.hpp"

namespace docket {

class Lexicons;

enum class EntityType : uint8_t { Person, Organization, Place, Other };

struct Mention {
  Span span;  // the name itself ("Laurel Beeler"), without title or determiner
  EntityType type = EntityType::Other;
  std::string title;  // a title or role read with it ("US Magistrate Judge"), else empty
  Span title_span;    // where that title stands (empty when none)
  std::string role;   // the role that title gives ("judge"), else empty
  uint32_t sentence = 0;
  uint32_t first_token = 0, end_token = 0;
  bool repeated = false;  // found as a repeat of a name found elsewhere: casts no type vote
};

struct Actor {
  std::string id;    // "a1", "a2", ... in order of salience
  std::string name;  // the fullest proper form in the article
  EntityType type = EntityType::Other;
  std::string role;               // "judge", "company", "agency", "court", "country", ... or empty
  std::vector<Mention> mentions;  // in text order
  double salience = 0;
};

struct EntityResult {
  std::vector<Mention> mentions;  // every mention, in text order
  std::vector<Actor> actors;      // in order of salience, most salient first
};

// The compiled entity vocabulary (titles, organisation heads and suffixes, places, names, ...).
class EntityLexicon {
 public:
  static Result<EntityLexicon> compile(const Lexicons& lex);
  struct Tables;  // docket/entities/lexicon.hpp
  std::shared_ptr<const Tables> tables;
};

EntityResult extract_entities(const Document& doc, const Lexicons& lex);

// Drops the mentions that lie wholly inside one of `spans` (sorted by start), and the actors left
// without a mention, renumbering the ids. The pipeline passes the dates, so that the month of a
// dateline ("Feb. 14") is never also an organisation.
void drop_mentions_within(EntityResult& entities, const std::vector<Span>& spans);

const char* to_string(EntityType t);

}  // namespace docket
