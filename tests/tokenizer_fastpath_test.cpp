// The tokenizer's ASCII fast paths (word boundaries without ICU, no code-point table, no UTF-8
// decoding) must give the same tokens as the general path, which the same text takes once a
// paragraph with a non-ASCII word is appended to it.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "docket/lexicons.hpp"
#include "docket/tokenizer.hpp"

namespace docket {
namespace {

void expect_same_prefix(const std::string& ascii) {
  const auto lex = Lexicons::load();
  ASSERT_TRUE(lex.ok());
  Tokenizer tok;
  const std::string general =
      ascii + "\n\n\xc3\x89t\xc3\xa9 ends it.";  // "Été": forces the general path
  const Document fast = tok.tokenize(ascii, &lex->tokenizer());
  const Document slow = tok.tokenize(general, &lex->tokenizer());
  ASSERT_TRUE(fast.index.ascii());
  ASSERT_FALSE(slow.index.ascii());
  ASSERT_GT(slow.tokens.size(), fast.tokens.size());
  for (size_t i = 0; i < fast.tokens.size(); ++i) {
    const Token& a = fast.tokens[i];
    const Token& b = slow.tokens[i];
    SCOPED_TRACE(std::string(fast.str(a)));
    EXPECT_EQ(fast.str(a), slow.str(b));
    EXPECT_EQ(a.span.begin, b.span.begin);
    EXPECT_EQ(a.span.end, b.span.end);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.shape, b.shape);
    EXPECT_EQ(a.sentence, b.sentence);
    EXPECT_EQ(a.paragraph, b.paragraph);
    EXPECT_EQ(a.space_before, b.space_before);
    EXPECT_EQ(a.newline_before, b.newline_before);
  }
}

TEST(TokenizerFastPath, WordsNumbersAndShapesMatchTheGeneralPath) {
  expect_same_prefix(
      "Judge Beeler ruled on Saturday, 1,998 people said. The U.S. CCP and iPhone 3pm A4.");
}

TEST(TokenizerFastPath, PunctuationQuotesAndSpacesMatchTheGeneralPath) {
  expect_same_prefix(
      "\"We will appeal,\" she said - and 'then' (maybe) [not] {ever}: $5 + 3% = #1 @home!\t\x0b?");
}

TEST(TokenizerFastPath, ParagraphsAndCliticsMatchTheGeneralPath) {
  expect_same_prefix(
      "TikTok's owner met Sen. Ortiz.\n\nIt was late.\r\nThe ban's end came on Oct. 5");
}

TEST(TokenizerFastPath, JoinersFollowIcuWordRules) {
  // '.' and the apostrophe join letters or digits, ',' and ';' digits only, '_' anything, '@' is
  // a letter; a lone '_' is punctuation.
  expect_same_prefix("a.b 1.2.3 x.y. a'b 1'2 1,2 a,b a:b 1;2 a;b a1.b 1.a 3.5.x a..b 1,,2 1,a a,1");
  expect_same_prefix(
      "_ __ ___ _a a_ 1_ _1 a_1_ 1__ 1_a _._ a_.b a._b x_'y a'_ @ @@ a@b.com 1@ @1 _@");
}

TEST(TokenizerFastPath, RandomAsciiTextMatchesIcu) {
  // Letters, digits and every joiner, with the punctuation and spaces around them, at random.
  const std::string alphabet =
      "aaaaaaBBBZz1111900__@@..'',,;;::--!?  \t\r\n\"()$%&/#*+=<>[]{}|~^`\\";
  std::mt19937 rng(20200920);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int i = 0; i < 300; ++i) text += alphabet[pick(rng)];
    expect_same_prefix(text);
  }
}

TEST(TokenizerFastPath, TheGeneralPathCountsCodePointsNotBytes) {
  Tokenizer tok;
  const Document d = tok.tokenize("\xc3\x89t\xc3\xa9 ends");  // "Été ends"
  ASSERT_EQ(d.tokens.size(), 2u);
  EXPECT_EQ(d.tokens[1].span.begin, 4u);  // code points: É t é space
  EXPECT_EQ(d.tokens[1].byte_begin, 6u);  // bytes
  EXPECT_EQ(d.tokens[0].shape, Shape::Capitalized);
  EXPECT_EQ(d.index.byte_of(4), 6u);
  EXPECT_EQ(d.index.byte_of(d.index.code_points()), 10u);
}

TEST(TokenizerFastPath, LowerCaseKeepsByteOffsetsOnBothPaths) {
  Tokenizer tok;
  EXPECT_EQ(tok.tokenize("The U.S. AND Ze[@]").lower, "the u.s. and ze[@]");
  EXPECT_EQ(tok.tokenize("\xc3\x89T\xc3\x89 Abc").lower, "\xc3\xa9t\xc3\xa9 abc");  // "ÉTÉ Abc"
}

}  // namespace
}  // namespace docket
