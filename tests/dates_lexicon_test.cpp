#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "docket/dates.hpp"
#include "docket/lexicons.hpp"
#include "docket/tokenizer.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

// A lexicon overlay directory holding one dates/ file with the given text.
fs::path overlay_with(const std::string& name, const std::string& text) {
  const fs::path dir =
      fs::temp_directory_path() / ("docket-dates-lex-" + std::to_string(::getpid()));
  fs::create_directories(dir / "dates");
  std::ofstream(dir / "dates" / name) << text;
  return dir;
}

TEST(DateLexicon, BuiltInFilesCompile) {
  auto lex = Lexicons::load();
  ASSERT_TRUE(lex) << lex.error().message;
  for (const char* name : {"dates/months.tsv", "dates/weekdays.tsv", "dates/numbers.tsv",
                           "dates/units.tsv", "dates/relative.tsv", "dates/holidays.tsv",
                           "dates/vague.tsv", "dates/tense_cues.tsv", "dates/function_words.tsv"})
    EXPECT_FALSE(lex->file(name).entries.empty()) << name;
}

TEST(DateLexicon, BadValuesNameFileAndLine) {
  const auto dir = overlay_with(
      "months.tsv", "# months\n# FORMAT: word | month | [ambiguous]\njanuary\t1\nfoo\t13\n");
  auto lex = Lexicons::load(dir);
  fs::remove_all(dir);
  ASSERT_FALSE(lex);
  EXPECT_NE(lex.error().message.find("months.tsv:4:"), std::string::npos) << lex.error().message;
}

TEST(DateLexicon, UnknownRoleIsRejected) {
  const auto dir =
      overlay_with("function_words.tsv", "# roles\n# FORMAT: word | role\nthe\tdeterminer\n");
  auto lex = Lexicons::load(dir);
  fs::remove_all(dir);
  ASSERT_FALSE(lex);
  EXPECT_NE(lex.error().message.find("function_words.tsv:3:"), std::string::npos);
}

TEST(DateLexicon, WordsComeFromTheFiles) {
  // A month name added in an overlay is matched like the built-in ones.
  const auto dir = overlay_with(
      "months.tsv", "# months\n# FORMAT: word | month | [ambiguous]\nseptember\t9\nseptembre\t9\n");
  auto lex = Lexicons::load(dir);
  fs::remove_all(dir);
  ASSERT_TRUE(lex) << lex.error().message;
  Tokenizer tok;
  const std::string text = "It was signed on 20 Septembre 2019.";
  const Document doc = tok.tokenize(text, &lex->tokenizer());
  const auto ts = extract_dates(doc, *lex, ReferenceDate{});
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].value, "2019-09-20");
}

}  // namespace
}  // namespace docket
