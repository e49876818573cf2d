#include "docket/input.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace docket {
namespace {

std::string utf16le(std::u16string_view s, bool bom = true) {
  std::string out = bom ? "\xFF\xFE" : "";
  for (char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

std::string utf16be(std::u16string_view s) {
  std::string out = "\xFE\xFF";
  for (char16_t c : s) {
    out += static_cast<char>(c >> 8);
    out += static_cast<char>(c & 0xFF);
  }
  return out;
}

TEST(Input, PlainUtf8IsKeptByteForByte) {
  auto d = decode_input("The caf\xC3\xA9 opened on 2 June.\n");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->text, "The caf\xC3\xA9 opened on 2 June.\n");
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_FALSE(d->guessed);
}

TEST(Input, Utf8ByteOrderMarkIsDropped) {
  auto d = decode_input("\xEF\xBB\xBFThe court met.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->text, "The court met.");
  EXPECT_EQ(d->encoding, "UTF-8");
}

TEST(Input, LineEndsAreKeptSoOffsetsMatchTheFile) {
  auto crlf = decode_input("One.\r\nTwo.\r\n");
  ASSERT_TRUE(crlf);
  EXPECT_EQ(crlf->text, "One.\r\nTwo.\r\n");
  auto cr = decode_input("One.\rTwo.\r");
  ASSERT_TRUE(cr);
  EXPECT_EQ(cr->text, "One.\rTwo.\r");
}

TEST(Input, Utf16WithByteOrderMarkIsTranscoded) {
  // U+1F600 is a surrogate pair in UTF-16 and one four-byte character in UTF-8.
  const std::u16string s = u"Ren\u00E9e said \U0001F600 no.";
  auto le = decode_input(utf16le(s));
  ASSERT_TRUE(le) << le.error().message;
  EXPECT_EQ(le->text,
            "Ren\xC3\xA9"
            "e said \xF0\x9F\x98\x80 no.");
  EXPECT_EQ(le->encoding, "UTF-16LE");
  auto be = decode_input(utf16be(s));
  ASSERT_TRUE(be) << be.error().message;
  EXPECT_EQ(be->text, le->text);
  EXPECT_EQ(be->encoding, "UTF-16BE");
}

TEST(Input, Utf16WithoutByteOrderMarkIsRefusedAsBinary) {
  auto d = decode_input(utf16le(u"The court met.", false));
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().message, "binary data, not text (NUL byte at offset 1)");
}

TEST(Input, BrokenUtf16IsRefused) {
  auto odd = decode_input(utf16le(u"Court.") + "x");
  ASSERT_FALSE(odd);
  EXPECT_EQ(odd.error().message, "not UTF-16LE text (truncated sequence at offset 14)");
  auto lone = decode_input(utf16le(u"Ab") + std::string("\x00\xD8", 2) + utf16le(u"cd", false));
  ASSERT_FALSE(lone);
  EXPECT_EQ(lone.error().message, "not UTF-16LE text (invalid sequence 0x00 0xd8 at offset 6)");
  auto nul = decode_input(utf16le(std::u16string(u"Ab\0cd", 5)));
  ASSERT_FALSE(nul);
  EXPECT_EQ(nul.error().message, "binary data, not text (NUL character in UTF-16LE text)");
}

TEST(Input, Latin1IsDetectedAndTranscoded) {
  auto d = decode_input(
      "The caf\xE9 owner, Ren\xE9"
      "e Dubois, said the tax was due in June. It cost \xA3"
      "15.");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->text,
            "The caf\xC3\xA9 owner, Ren\xC3\xA9"
            "e Dubois, said the tax was due in June. It cost \xC2\xA3"
            "15.");
  EXPECT_EQ(d->encoding, "ISO-8859-1");
  EXPECT_TRUE(d->guessed);
}

TEST(Input, Windows1252SmartQuotesAreDetected) {
  auto d = decode_input(
      "The owner said: \x93We will pay by June.\x94 The fine is \x80"
      "15 for each day.");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->text,
            "The owner said: \xE2\x80\x9CWe will pay by June.\xE2\x80\x9D The fine is \xE2\x82\xAC"
            "15 for each day.");
  EXPECT_EQ(d->encoding, "windows-1252");
  EXPECT_TRUE(d->guessed);
  EXPECT_EQ(
      encoding_warning(*d),
      "warning: not UTF-8; read as windows-1252 (detected; use --encoding to choose another)");
  EXPECT_EQ(encoding_warning(*decode_input("Plain text.")), "");
}

TEST(Input, ForcedEncodingWinsOverDetection) {
  InputLimits lim;
  lim.encoding = "ISO-8859-15";  // 0xA4 is the euro sign here, the currency sign in Latin-1
  auto d = decode_input(
      "It cost \xA4"
      "5.",
      lim);
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->text,
            "It cost \xE2\x82\xAC"
            "5.");
  EXPECT_EQ(d->encoding, "ISO-8859-15");
  EXPECT_FALSE(d->guessed);
}

TEST(Input, ForcedUtf8RefusesWhatDetectionWouldHaveRead) {
  InputLimits lim;
  lim.encoding = "utf-8";
  auto d = decode_input("The caf\xE9 opened.", lim);
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().message, "not UTF-8 text (invalid byte 0xe9 at offset 7)");
}

TEST(Input, InvalidUtf8AfterAUtf8BomIsNotGuessedAt) {
  auto d = decode_input("\xEF\xBB\xBFThe caf\xE9 opened.");
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().message, "not UTF-8 text (invalid byte 0xe9 at offset 10)");
}

TEST(Input, OtherDetectedEncodingsAreOfferedAsAHintOnly) {
  // "Суд постановил" in windows-1251: Cyrillic, so not read as a Western encoding.
  const std::string cp1251 =
      "\xD1\xF3\xE4 \xE2 \xCC\xEE\xF1\xEA\xE2\xE5 \xE2 "
      "\xEF\xEE\xED\xE5\xE4\xE5\xEB\xFC\xED\xE8\xEA "
      "\xEF\xEE\xF1\xF2\xE0\xED\xEE\xE2\xE8\xEB, \xF7\xF2\xEE \xEA\xEE\xEC\xEF\xE0\xED\xE8\xFF "
      "\xE4\xEE\xEB\xE6\xED\xE0 \xE7\xE0\xEF\xEB\xE0\xF2\xE8\xF2\xFC \xF8\xF2\xF0\xE0\xF4.";
  auto d = decode_input(cp1251);
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().message,
            "not UTF-8 text (invalid byte 0xd1 at offset 0; it may be windows-1251: try --encoding "
            "windows-1251)");
}

TEST(Input, EmptyBlankAndBinaryAreRefused) {
  EXPECT_EQ(decode_input("").error().message, "empty input");
  EXPECT_EQ(decode_input("\xEF\xBB\xBF").error().message, "empty input");
  EXPECT_EQ(decode_input(" \r\n\t\n").error().message, "no text (only white space)");
  EXPECT_EQ(decode_input(std::string("PK\x03\x04\x00\xE9", 6)).error().message,
            "binary data, not text (NUL byte at offset 4)");
  // A NUL after Latin-1 bytes is still binary, not a detected encoding.
  EXPECT_EQ(decode_input(std::string("caf\xE9\x00", 5)).error().message,
            "binary data, not text (NUL byte at offset 4)");
  EXPECT_TRUE(decode_input("!?...;"));  // punctuation is text
}

TEST(Input, MaxBytesRefusesInsteadOfTruncating) {
  InputLimits lim;
  lim.max_bytes = 10;
  EXPECT_TRUE(decode_input("0123456789", lim));
  EXPECT_EQ(decode_input("0123456789A", lim).error().message,
            "larger than the 10-byte limit (see --max-bytes)");
  std::istringstream in(std::string(100, 'a'));
  EXPECT_EQ(read_input_stream(in, lim).error().message,
            "larger than the 10-byte limit (see --max-bytes)");
}

TEST(Input, EncodingNamesAreCheckedUpFront) {
  EXPECT_EQ(*check_encoding_name("latin1"), "ISO-8859-1");
  EXPECT_EQ(*check_encoding_name("cp1252"), "windows-1252");
  EXPECT_EQ(check_encoding_name("klingon-8").error().message, "unknown encoding 'klingon-8'");
  EXPECT_FALSE(check_encoding_name(""));
}

}  // namespace
}  // namespace docket
