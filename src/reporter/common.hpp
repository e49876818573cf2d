// Reporter internals shared by the deadline and ruling readers: token tests, clause edges,
// actor lookup by token, text of token runs. Not a public header.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "docket/reporter.hpp"

namespace docket::reporter_detail {

// Which actor each token's mention belongs to, and which actors may decide.
struct ActorIndex {
  std::vector<int> actor_of_token;              // -1 where a token is no part of a mention
  std::vector<bool> authority;                  // per actor
  std::vector<bool> in_date;                    // per token: part of a time expression
  std::unordered_map<std::string, int> nation;  // "dutch" -> the Netherlands' actor, when named
};

ActorIndex index_actors(const Document& doc, const EntityResult& entities,
                        const std::vector<Timex>& dates, const ReporterLexicon& rl);

// The lower-cased token equals `w`.
inline bool word_is(const Document& doc, size_t i, std::string_view w) {
  return doc.lower_str(doc.tokens[i]) == w;
}

// A ';' or ':' (or a ',' when `commas`) that ends a clause.
bool clause_punct(const Document& doc, size_t i, bool commas);

// The article text from token `first` to token `last` (inclusive), on one line.
std::string tokens_text(const Document& doc, size_t first, size_t last);

// Whether a sorted word list holds w.
bool has_word(const std::vector<std::string>& sorted, std::string_view w);

// -1, 0 or +1: the TIMEX3 value lies before, around or after the reference date; nullopt when
// either cannot be placed on the calendar (no reference date, "XXXX-09-20", "PRESENT_REF").
std::optional<int> compare_to_reference(std::string_view value, const ReferenceDate& ref);

std::vector<Deadline> find_deadlines(const Document& doc, const ActorIndex& actors,
                                     const std::vector<Timex>& dates, const ReferenceDate& ref,
                                     const ReporterLexicon& rl);

std::vector<Ruling> find_rulings(const Document& doc, const EntityResult& entities,
                                 const ActorIndex& actors, const std::vector<Timex>& dates,
                                 const std::vector<Quote>& quotes, const ReporterLexicon& rl);

}  // namespace docket::reporter_detail
