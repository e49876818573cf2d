#include "docket/docket.hpp"

namespace docket {
namespace {

// A first paragraph of one short sentence without final punctuation reads as a headline.
Span find_headline(const Document& doc) {
  if (doc.paragraphs.size() < 2) return {};
  const Segment& p = doc.paragraphs[0];
  const Token& last = doc.tokens[p.end_token - 1];
  const size_t n = p.end_token - p.first_token;
  if (n > 40 || last.kind == TokenKind::Punct) return {};
  return p.span;
}

}  // namespace

Summary Analyzer::analyze(std::string_view input, const Options& opt) {
  Summary s;
  s.source = opt.source;
  s.encoding = opt.encoding;
  s.text.assign(input);
  const Document doc = tokenizer_.tokenize(s.text, &lex_->tokenizer());
  s.index = doc.index;
  s.counts = {doc.index.code_points(), static_cast<uint32_t>(s.text.size()),
              static_cast<uint32_t>(doc.tokens.size()), static_cast<uint32_t>(doc.sentences.size()),
              static_cast<uint32_t>(doc.paragraphs.size())};
  s.headline = find_headline(doc);
  s.sentences.reserve(doc.sentences.size());
  for (const auto& seg : doc.sentences) s.sentences.push_back(seg.span);
  s.paragraphs.reserve(doc.paragraphs.size());
  for (const auto& seg : doc.paragraphs) s.paragraphs.push_back(seg.span);

  s.reference = find_reference_date(doc, *lex_, opt);
  EntityResult entities = extract_entities(doc, *lex_);
  s.dates = extract_dates(doc, *lex_, s.reference);
  {
    std::vector<Span> date_spans;
    date_spans.reserve(s.dates.size());
    for (const Timex& t : s.dates) date_spans.push_back(t.span);
    drop_mentions_within(entities, date_spans);
  }
  s.quotes = extract_quotes(doc, entities, *lex_);
  if (!opt.partial_quotes) std::erase_if(s.quotes, [](const Quote& q) { return q.partial; });
  Report report = build_report(doc, entities, s.dates, s.quotes, s.reference, *lex_);
  s.actors = std::move(entities.actors);
  s.deadlines = std::move(report.deadlines);
  s.rulings = std::move(report.rulings);
  return s;
}

Summary analyze(std::string_view text, const Options& opt, const Lexicons& lex) {
  Analyzer a(lex);
  return a.analyze(text, opt);
}

const char* version() {
  return DOCKET_VERSION;
}

}  // namespace docket
