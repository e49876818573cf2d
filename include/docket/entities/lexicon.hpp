// The compiled entity vocabulary: gazetteer flags and tagger model, titles, organisation heads,
// known acronyms and the words that are never names alone, all read from lexicons/entities/.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "docket/entities.hpp"
#include "docket/entities/tagger.hpp"

namespace docket {

struct EntityLexicon::Tables {
  // Gazetteer flag bits, one per list.
  enum Flag : uint32_t {
    kCountry = 1u << 0,
    kDemonym = 1u << 1,
    kState = 1u << 2,
    kCity = 1u << 3,
    kGivenName = 1u << 4,
    kTitleWord = 1u << 5,
    kOrgHead = 1u << 6,
    kAcronym = 1u << 7,
    kNeverName = 1u << 8,
    kKnownOrg = 1u << 9,
    kProduct = 1u << 10,
  };
  using Map = std::unordered_map<std::string, std::string, ner::Gazetteer::Hash, std::equal_to<>>;
  using Set = std::unordered_set<std::string, ner::Gazetteer::Hash, std::equal_to<>>;
  struct Acronym {
    std::string expansion, role;
  };

  ner::Gazetteer gazetteer;
  ner::Model model;
  Map title_role;  // "magistrate judge" -> "judge" (lower case, words joined by one space)
  size_t title_max_words = 1;
  Set regnal_titles;    // "queen": part of the full name before a regnal number
  Map org_head_role;    // "department" -> "agency"
  Set legal_forms;      // "inc", "ltd": a name ending in one is a company
  Set org_place_heads;  // "union": organisation heads that also end names of places
  Set place_heads;      // "airport", "harbor": a name ending in one is a place; closes a place name
  Set event_heads;      // "conference", "show": a name ending in one is an event, no actor
  Set org_descriptors;  // "club", "manufacturer": a name right after one is an organisation
  std::unordered_set<std::string> not_names;  // "USD", "GHz": as written, never an actor
  std::unordered_map<std::string, Acronym, ner::Gazetteer::Hash, std::equal_to<>>
      acronyms;  // as written
  Set places;    // lower-cased country, state and city names, words joined by one space
  Set countries;
  Map demonym_country;  // "chinese" -> "China"
  Set never_names;
  Set particles;  // lower-case words inside names: "of", "van", "de"
  Map org_role;   // "boeing" -> "company": organisations named bare
  size_t org_max_words = 1;
  Set products;        // "iphone": names that are no actors
  Set salience_verbs;  // "said", "ruled": their subject leads the story
  Set setting_words;   // "in", "near": the place after them is a setting

  Set document_last, document_first;  // "act", "article": a name so made is a document
  Set document_last_after_the;        // "law": "the Election Law", not "Stuart Law"
  Set credit_cues;                    // "reporting by": a paragraph that credits journalists
  Set name_abbreviations;             // "mt": opens a name over its period, "Mt. Everest"
  Set org_nouns;                      // "newspaper": "the Gannett newspaper chain"
  Set alias_cues;                     // "known as": another name for the person just named
  Set generic_nouns;                  // "maintenance", "engine": capitalised, yet no name alone
  Map designations;  // "flight" -> "organization": a numbered unit ("Flight 574"), its operator
};

}  // namespace docket
