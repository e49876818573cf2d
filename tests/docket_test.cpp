// Analyzer: the per-thread entry point. The CLI builds the first worker's Tokenizer on another
// thread while the lexicons load and hands it over; the result must not depend on that.
#include "docket/docket.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <thread>

#include "builtin_lexicons.hpp"
#include "docket/json_writer.hpp"

namespace docket {
namespace {

constexpr std::string_view kArticle =
    "LISBON, March 3 (Staff) - The Supreme Court of Portugal ruled on Tuesday that the port "
    "authority must publish the contract by April 30.\n"
    "\"We will comply,\" said Ana Duarte, a spokeswoman for the authority. Mr. Silva, who "
    "brought the case, said the U.S. firm had agreed.\n";

std::string analyse(Analyzer& a) {
  Options opt;
  opt.reference_date = CivilDate::parse("2026-03-04");
  std::string out;
  append_json(out, a.analyze(kArticle, opt), Sections{.segments = true}, true);
  return out;
}

TEST(Analyzer, GivenTokenizerBuiltOnAnotherThreadGivesTheSameSummary) {
  const Lexicons& lex = test::builtin_lexicons();
  Analyzer fresh(lex);
  const std::string expected = analyse(fresh);
  ASSERT_NE(expected.find("Ana Duarte"), std::string::npos) << expected;

  std::optional<Tokenizer> built;
  std::thread([&built] { built.emplace(); }).join();
  Analyzer handed(lex, std::move(*built));
  EXPECT_EQ(analyse(handed), expected);
  EXPECT_EQ(analyse(handed), expected);  // and again: the iterators are reusable
}

}  // namespace
}  // namespace docket
