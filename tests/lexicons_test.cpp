#include "docket/lexicons.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace docket {
namespace {

TEST(Lexicons, ParsesColumnsCommentsAndOptionalFields) {
  const auto f = parse_lexicon(
      "dates/months.tsv", "x/months.tsv",
      "# Month names.\n# FORMAT: name | number | [note]\n\nSept.\t9\tshort\nMarch\t3\n# comment\n");
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_EQ(f->columns, (std::vector<std::string>{"name", "number", "note"}));
  EXPECT_EQ(f->required, 2u);
  ASSERT_EQ(f->entries.size(), 2u);
  EXPECT_EQ(f->entries[0][0], "Sept.");
  EXPECT_EQ(f->entries[0].get(2), "short");
  EXPECT_EQ(f->entries[1].get(2), "");
  EXPECT_EQ(f->entries[1].line, 5u);
}

// Entries view the parsed text, so they must outlive the caller's buffer and survive copies.
TEST(Lexicons, EntriesOutliveTheTextTheyWereParsedFrom) {
  std::optional<LexiconFile> copy;
  {
    std::string text = "# FORMAT: name | number\nSeptember\t9\n";
    auto f = parse_lexicon("dates/months.tsv", "x/months.tsv", text);
    ASSERT_TRUE(f.ok()) << f.error().message;
    copy = *f;
    text.assign(text.size(), 'x');
  }
  ASSERT_EQ(copy->entries.size(), 1u);
  EXPECT_EQ(copy->entries[0][0], "September");
  EXPECT_EQ(copy->entries[0][1], "9");
}

TEST(Lexicons, BadLinesNameFileAndLine) {
  auto f = parse_lexicon("a.tsv", "dir/a.tsv", "# FORMAT: name | number\nok\t1\nbroken\n");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().message,
            "dir/a.tsv:3: expected 2 tab-separated fields (name, number), found 1");
  f = parse_lexicon("a.tsv", "dir/a.tsv", "# FORMAT: name | [note]\na\tb\tc\n");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().message,
            "dir/a.tsv:2: expected 1 to 2 tab-separated fields (name, note), found 3");
  f = parse_lexicon("a.tsv", "dir/a.tsv", "just data\n");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().message, "dir/a.tsv:1: data before the '# FORMAT: col | col' header line");
  f = parse_lexicon("a.tsv", "dir/a.tsv", "# FORMAT: a | b\n\tx\n");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().message, "dir/a.tsv:2: column 'a' is empty");
  f = parse_lexicon("a.tsv", "dir/a.tsv", "# FORMAT: a\n\xff\n");
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.error().message.find("not UTF-8"), std::string::npos);
}

TEST(Lexicons, BuiltInsLoadAndEveryFileDeclaresItsFormat) {
  const auto lex = Lexicons::load();
  ASSERT_TRUE(lex.ok()) << lex.error().message;
  EXPECT_FALSE(lex->files().empty());
  for (const auto& [name, f] : lex->files()) EXPECT_FALSE(f.columns.empty()) << name;
  EXPECT_FALSE(lex->file("tokenizer/abbreviations.tsv").entries.empty());
  EXPECT_TRUE(lex->file("no/such.tsv").entries.empty());
}

TEST(Lexicons, OverlayReplacesFilesAndReportsErrors) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() / ("docket_lex_test_" + std::to_string(::getpid()));
  fs::create_directories(dir / "tokenizer");
  std::ofstream(dir / "tokenizer" / "abbreviations.tsv")
      << "# FORMAT: abbreviation | [note]\nXyz.\n";
  auto lex = Lexicons::load(dir);
  ASSERT_TRUE(lex.ok()) << lex.error().message;
  const auto& f = lex->file("tokenizer/abbreviations.tsv");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0][0], "Xyz.");
  std::ofstream(dir / "tokenizer" / "abbreviations.tsv") << "no header\n";
  lex = Lexicons::load(dir);
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.error().message, (dir / "tokenizer" / "abbreviations.tsv").string() +
                                     ":1: data before the '# FORMAT: col | col' header line");
  EXPECT_FALSE(Lexicons::load(dir / "missing").ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace docket
