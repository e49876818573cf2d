#include "docket/string_map.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace docket {
namespace {

TEST(StringMap, FindsWhatWasInsertedAndNothingElse) {
  StringMap<int> m;
  EXPECT_EQ(m.find("court"), nullptr);
  m["court"] = 1;
  m["judge"] |= 2;
  m["court"] += 10;
  m[""] = 7;  // the empty word is a key like any other
  ASSERT_NE(m.find("court"), nullptr);
  EXPECT_EQ(*m.find("court"), 11);
  EXPECT_EQ(*m.find("judge"), 2);
  EXPECT_EQ(*m.find(""), 7);
  EXPECT_EQ(m.find("cour"), nullptr);
  EXPECT_EQ(m.find("courts"), nullptr);
  EXPECT_EQ(m.size(), 3u);
}

TEST(StringMap, KeepsValuesAndReferencesAcrossGrowthInInsertionOrder) {
  StringMap<size_t> m;
  size_t& first = m["w0"];
  first = 0;
  std::vector<std::string> words;
  for (size_t i = 0; i < 5000; ++i) {
    words.push_back(fmt::format("w{}", i));
    m[words.back()] = i;
  }
  EXPECT_EQ(&first, m.find("w0"));
  EXPECT_EQ(m.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    ASSERT_NE(m.find(words[i]), nullptr) << words[i];
    EXPECT_EQ(*m.find(words[i]), i);
  }
  EXPECT_EQ(m.find("w5000"), nullptr);
  size_t i = 0;
  for (const auto& e : m) EXPECT_EQ(e.key, words[i++]);
}

}  // namespace
}  // namespace docket
