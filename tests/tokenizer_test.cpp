#include "docket/tokenizer.hpp"

#include <gtest/gtest.h>

#include "docket/lexicons.hpp"

#include <string>
#include <vector>

namespace docket {
namespace {

std::vector<std::string> words(const Document& d) {
  std::vector<std::string> out;
  for (const auto& t : d.tokens) out.emplace_back(d.str(t));
  return out;
}

TEST(Tokenizer, WordsNumbersAndPunctuation) {
  Tokenizer tok;
  const std::string text = "Judge Beeler ruled on Saturday, 1,998 people said.";
  const Document d = tok.tokenize(text);
  EXPECT_EQ(words(d), (std::vector<std::string>{"Judge", "Beeler", "ruled", "on", "Saturday", ",",
                                                "1,998", "people", "said", "."}));
  EXPECT_EQ(d.tokens[6].kind, TokenKind::Number);
  EXPECT_EQ(d.tokens[5].kind, TokenKind::Punct);
  EXPECT_EQ(d.tokens[0].shape, Shape::Capitalized);
  EXPECT_EQ(d.tokens[2].shape, Shape::Lower);
  EXPECT_TRUE(d.tokens[1].space_before);
  EXPECT_FALSE(d.tokens[5].space_before);
}

TEST(Tokenizer, AbbreviationsDoNotEndSentences) {
  Tokenizer tok;
  const auto lex = Lexicons::load();
  ASSERT_TRUE(lex.ok());
  const std::string text = "The U.S. Justice Department met on Sept. 19 with Mr. Smith. It ended.";
  const Document d = tok.tokenize(text, &lex->tokenizer());
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.str(d.sentences[1].span), "It ended.");
  EXPECT_EQ(d.str(d.tokens[1]), "U.S.");
  EXPECT_EQ(d.tokens[1].shape, Shape::AllCaps);
}

TEST(Tokenizer, AbbreviationBeforeSentenceStarterStillEnds) {
  Tokenizer tok;
  const auto lex = Lexicons::load();
  ASSERT_TRUE(lex.ok());
  const std::string text = "She moved to the U.S. It was 1990.";
  const Document d = tok.tokenize(text, &lex->tokenizer());
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.str(d.sentences[1].span), "It was 1990.");
}

TEST(Tokenizer, InitialsOfANameDoNotEndSentences) {
  Tokenizer tok;
  const auto lex = Lexicons::load();
  ASSERT_TRUE(lex.ok());
  const std::string text =
      "Judge K.M. Halvorsen and Paul R. Dean wrote it. He chose plan B. It worked.";
  const Document d = tok.tokenize(text, &lex->tokenizer());
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(d.str(d.sentences[0].span), "Judge K.M. Halvorsen and Paul R. Dean wrote it.");
  EXPECT_EQ(d.str(d.sentences[2].span), "It worked.");
}

TEST(Tokenizer, CurlyAndStraightQuotes) {
  Tokenizer tok;
  const std::string text = "“It is modest,” she said. He said \"no\" and 'maybe'.";
  const Document d = tok.tokenize(text);
  EXPECT_EQ(d.tokens.front().kind, TokenKind::OpenQuote);
  int opens = 0, closes = 0;
  for (const auto& t : d.tokens) {
    opens += t.kind == TokenKind::OpenQuote;
    closes += t.kind == TokenKind::CloseQuote;
  }
  EXPECT_EQ(opens, 3);
  EXPECT_EQ(closes, 3);
  // Offsets are code points: “ is one code point though three bytes.
  EXPECT_EQ(d.tokens[1].span.begin, 1u);
  EXPECT_EQ(d.tokens[1].byte_begin, 3u);
}

TEST(Tokenizer, PossessiveClitic) {
  Tokenizer tok;
  const std::string text = "TikTok’s deal and Oracle's bid.";
  const Document d = tok.tokenize(text);
  EXPECT_EQ(words(d),
            (std::vector<std::string>{"TikTok", "’s", "deal", "and", "Oracle", "'s", "bid", "."}));
  EXPECT_EQ(d.tokens[1].kind, TokenKind::Clitic);
  EXPECT_EQ(d.tokens[2].span.begin, 9u);
}

TEST(Tokenizer, DashesAndAccentedNames) {
  Tokenizer tok;
  const std::string text = "José Núñez – the mayor — met Zoë Ødegaard-Łukasz and 习近平.";
  const Document d = tok.tokenize(text);
  EXPECT_EQ(d.str(d.tokens[0]), "José");
  EXPECT_EQ(d.str(d.tokens[1]), "Núñez");
  EXPECT_EQ(d.tokens[1].shape, Shape::Capitalized);
  EXPECT_EQ(d.tokens[2].kind, TokenKind::Dash);
  EXPECT_EQ(d.tokens[5].kind, TokenKind::Dash);
  EXPECT_EQ(d.tokens[1].span.begin, 5u);
  EXPECT_EQ(d.tokens[1].span.end, 10u);
  EXPECT_EQ(d.lower_str(d.tokens[1]), "núñez");
  bool found = false;
  for (const auto& t : d.tokens) found |= d.str(t).find("习") != std::string_view::npos;
  EXPECT_TRUE(found);
}

TEST(Tokenizer, NonBreakingSpaceSeparatesTokens) {
  Tokenizer tok;
  const std::string text = "Sept.\u00a019 in Paris";
  const Document d = tok.tokenize(text);
  EXPECT_EQ(d.str(d.tokens[0]), "Sept");
  EXPECT_EQ(d.str(d.tokens[2]), "19");
  EXPECT_TRUE(d.tokens[2].space_before);
}

TEST(Tokenizer, ParagraphsFromBlankLinesAndLines) {
  Tokenizer tok;
  const std::string text =
      "Headline Here\n\nFirst paragraph. Two sentences.\nSecond paragraph.\r\n\r\nThird.";
  const Document d = tok.tokenize(text);
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(d.str(d.paragraphs[0].span), "Headline Here");
  EXPECT_EQ(d.str(d.paragraphs[1].span), "First paragraph. Two sentences.");
  EXPECT_EQ(d.str(d.paragraphs[3].span), "Third.");
  EXPECT_EQ(d.sentences.size(), 5u);
  EXPECT_EQ(d.sentences[2].paragraph, 1u);
}

TEST(Tokenizer, HardWrappedTextKeepsSentencesWhole) {
  Tokenizer tok;
  const std::string text =
      "The court ruled on Friday that the\nlaw could not stand, and the state\nwould appeal the "
      "decision.\n\n"
      "A second paragraph starts\nhere and goes on.";
  const Document d = tok.tokenize(text);
  ASSERT_EQ(d.paragraphs.size(), 2u);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_TRUE(d.str(d.sentences[0].span).ends_with("decision."));
}

TEST(Tokenizer, ByteOrderMarkAndEmptyText) {
  Tokenizer tok;
  EXPECT_TRUE(tok.tokenize("").tokens.empty());
  EXPECT_TRUE(tok.tokenize("   \n\n  ").sentences.empty());
}

TEST(Tokenizer, OffsetsRoundTrip) {
  Tokenizer tok;
  const std::string text = "« Bonjour », dit-il. „Gut“ — sagte Müller’s Frau.";
  const Document d = tok.tokenize(text);
  for (const auto& t : d.tokens) EXPECT_EQ(d.str(t.span), d.str(t));
  EXPECT_EQ(d.tokens.front().kind, TokenKind::OpenQuote);
}

}  // namespace
}  // namespace docket
