#include "docket/input.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace docket {
namespace {

TEST(Input, AcceptsUtf8AndStripsBom) {
  auto r = decode_text("\xEF\xBB\xBFHello.");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Hello.");
}

TEST(Input, RefusesEmptyBlankBinaryAndInvalid) {
  EXPECT_EQ(decode_text("").error().message, "empty input");
  EXPECT_EQ(decode_text(" \n\t\r\n").error().message, "no text (only white space)");
  EXPECT_EQ(decode_text(std::string("ab\0c", 4)).error().message, "binary data, not text (NUL byte at offset 2)");
  EXPECT_EQ(decode_text("ok \xff").error().message, "not UTF-8 text (invalid byte 0xff at offset 3)");
}

TEST(Input, RefusesOversizedInput) {
  InputLimits limits;
  limits.max_bytes = 4;
  std::istringstream in("more than four bytes");
  auto r = read_text_stream(in, limits);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "larger than the 4-byte limit (see --max-bytes)");
}

TEST(Input, MissingFilesAndDirectories) {
  EXPECT_EQ(read_text_file("/nonexistent/docket/file.txt").error().message, "no such file");
  EXPECT_EQ(read_text_file("/").error().message, "is a directory");
}

}  // namespace
}  // namespace docket
