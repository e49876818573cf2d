#include "docket/quotes.hpp"

#include "docket/lexicons.hpp"

namespace docket {

Result<QuoteLexicon> QuoteLexicon::compile(const Lexicons&) { return QuoteLexicon{}; }

std::vector<Quote> extract_quotes(const Document&, const EntityResult&, const Lexicons&) { return {}; }

}  // namespace docket
