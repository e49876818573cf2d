#include "docket/text_index.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

TEST(TextIndex, AsciiNeedsNoTable) {
  const std::string t = "Judge Beeler ruled.";
  TextIndex idx(t);
  EXPECT_TRUE(idx.ascii());
  EXPECT_EQ(idx.code_points(), t.size());
  EXPECT_EQ(idx.slice(t, {6, 12}), "Beeler");
}

TEST(TextIndex, MapsCodePointsToBytes) {
  const std::string t = "“Núñez” said";
  TextIndex idx(t);
  EXPECT_FALSE(idx.ascii());
  EXPECT_EQ(idx.code_points(), 12u);
  EXPECT_EQ(idx.slice(t, {1, 6}), "Núñez");
  EXPECT_EQ(idx.byte_of(12), t.size());
}

}  // namespace
}  // namespace docket
