#include "docket/utf8.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(utf8::validate("plain ASCII text, long enough for the fast path").has_value());
  EXPECT_FALSE(utf8::validate("José “quoted” — 习近平 😀").has_value());
}

TEST(Utf8, ReportsFirstInvalidByte) {
  const std::string s = std::string("abc") + "\xff" + "def";
  const auto bad = utf8::validate(s);
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->offset, 3u);
  EXPECT_EQ(bad->byte, 0xff);
  EXPECT_FALSE(bad->nul);
}

TEST(Utf8, RejectsOverlongTruncatedAndSurrogates) {
  EXPECT_TRUE(utf8::validate("\xC0\xAF").has_value());          // overlong '/'
  EXPECT_TRUE(utf8::validate("ok \xE2\x80").has_value());       // truncated sequence at the end
  EXPECT_TRUE(utf8::validate("\xED\xA0\x80").has_value());      // UTF-16 surrogate
  EXPECT_TRUE(utf8::validate("\xF4\x90\x80\x80").has_value());  // beyond U+10FFFF
  EXPECT_TRUE(utf8::validate("caf\xE9 au lait").has_value());   // Latin-1 é
}

TEST(Utf8, NulIsBinary) {
  const std::string s("0123456789ab\0cd", 15);
  const auto bad = utf8::validate(s);
  ASSERT_TRUE(bad.has_value());
  EXPECT_TRUE(bad->nul);
  EXPECT_EQ(bad->offset, 12u);
}

TEST(Utf8, DecodeCountAndAppendRoundTrip) {
  const std::string s = "a—é😀";
  size_t i = 0;
  std::string back;
  std::u32string cps;
  while (i < s.size()) cps.push_back(utf8::next(s, i));
  EXPECT_EQ(cps, std::u32string(U"a—é😀"));
  for (char32_t c : cps) utf8::append(back, c);
  EXPECT_EQ(back, s);
  EXPECT_EQ(utf8::count_code_points(s), 4u);
}

}  // namespace
}  // namespace docket
