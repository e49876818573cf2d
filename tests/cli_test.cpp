// Runs the built docket binary as a process: standard input, files, output formats, exit codes.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class Cli : public ::testing::Test {
 protected:
  fs::path dir;
  void SetUp() override {
    dir = fs::temp_directory_path() /
          ("docket_cli_test_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  fs::path write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  // Runs `docket ARGS` with `input` on stdin through the shell.
  Outcome run(const std::string& args, const std::string& input = "") {
    const fs::path in = write("stdin.bin", input), out = dir / "out.txt", err = dir / "err.txt";
    const std::string cmd = std::string(DOCKET_BINARY) + " " + args + " < '" + in.string() +
                            "' > '" + out.string() + "' 2> '" + err.string() + "'";
    const int rc = std::system(cmd.c_str());
    Outcome r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }
};

TEST_F(Cli, JsonFromStandardInputHasTheDocumentedShape) {
  const std::string text = "US Magistrate Judge Laurel Beeler ruled on Saturday.";
  const Outcome r = run("--format json", text);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], "docket/1");
  EXPECT_EQ(j["source"], "-");
  for (const char* key : {"actors", "dates", "quotes", "deadlines", "rulings"})
    EXPECT_TRUE(j[key].is_array()) << key;
  EXPECT_EQ(j["counts"]["characters"], text.size());
  EXPECT_EQ(j["counts"]["tokens"], 9);
  EXPECT_EQ(j["counts"]["sentences"], 1);
  EXPECT_EQ(j["counts"]["paragraphs"], 1);
  EXPECT_TRUE(j["reference_date"].is_null());
  EXPECT_EQ(j["reference_date_source"], "none");
}

TEST_F(Cli, OffsetsAreCodePoints) {
  const std::string text = "“Núñez said it.” Then he left.\n\nA second paragraph.";
  const Outcome r = run("--format json --segments --reference-date 2020-09-20", text);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["reference_date"], "2020-09-20");
  EXPECT_EQ(j["reference_date_source"], "option");
  ASSERT_EQ(j["paragraphs"].size(), 2u);
  EXPECT_EQ(j["paragraphs"][1]["start"], 32);  // 30 code points + two newlines, though more bytes
  EXPECT_EQ(j["counts"]["characters"], 51);
  EXPECT_EQ(j["sentences"].size(), 3u);
}

TEST_F(Cli, FilesJsonLinesAndTextReport) {
  const fs::path a = write("a.txt", "The court ruled on Friday.\n");
  const fs::path b = write("b.txt", "The senator spoke on Monday.\n");
  Outcome r = run("--format jsonl '" + a.string() + "' '" + b.string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> sources;
  while (std::getline(lines, line)) sources.push_back(nlohmann::json::parse(line)["source"]);
  EXPECT_EQ(sources, (std::vector<std::string>{a.string(), b.string()}));

  r = run("--format text --color never '" + a.string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Actors"), std::string::npos);
  EXPECT_NE(r.out.find("Deadlines"), std::string::npos);
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);
}

TEST_F(Cli, OnlyFiltersSections) {
  const Outcome r = run("--format json --only dates,quotes", "Nothing happened.");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_TRUE(j.contains("dates"));
  EXPECT_TRUE(j.contains("quotes"));
  EXPECT_FALSE(j.contains("actors"));
  EXPECT_FALSE(j.contains("rulings"));
}

TEST_F(Cli, OnlyDoesNotSwallowTheFileThatFollows) {
  const fs::path a = write("a.txt", "The court ruled on Friday.\n");
  const Outcome r = run("--format json --only dates '" + a.string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["source"], a.string());
  EXPECT_FALSE(j.contains("actors"));
}

TEST_F(Cli, BadInputsGetOneLineAndExitOne) {
  struct Case {
    std::string bytes, message;
  };
  const Case cases[] = {
      {"", "empty input"},
      {std::string("text\0more", 9), "binary data, not text (NUL byte at offset 4)"},
      {"caf\xe9", "not UTF-8 text (invalid byte 0xe9 at offset 3)"},  // too short to detect Latin-1
  };
  for (const auto& c : cases) {
    const Outcome r = run("--format json", c.bytes);
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "docket: <stdin>: " + c.message + "\n");
    EXPECT_EQ(r.out, "");
  }
  const Outcome missing = run("--format json /nonexistent/story.txt");
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(missing.err, "docket: /nonexistent/story.txt: no such file\n");
  const Outcome directory = run("--format json '" + dir.string() + "'");
  EXPECT_EQ(directory.status, 1);
}

TEST_F(Cli, BatchKeepsGoingPastABadFile) {
  const fs::path good = write("good.txt", "The court ruled.\n");
  const fs::path bad = write("bad.txt", std::string("\x01\0\x02", 3));
  const Outcome r = run("--format jsonl '" + bad.string() + "' '" + good.string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(bad.string() + ": binary data"), std::string::npos) << r.err;
  std::istringstream lines(r.out);
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_TRUE(nlohmann::json::parse(first).contains("error"));
  EXPECT_EQ(nlohmann::json::parse(second)["source"], good.string());
}

TEST_F(Cli, EmptyDirectoryIsAnError) {
  fs::create_directories(dir / "empty");
  const Outcome r = run("--format jsonl '" + (dir / "empty").string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: no input files found (check the paths and --include)\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(Cli, TsvBatchWithOneListPrintsItsHeaderOnce) {
  const fs::path a = write("a.txt", "The vote is set for April 9.\n");
  const fs::path b = write("b.txt", "The hearing is scheduled for March 3.\n");
  const Outcome r = run("--format tsv --only dates --reference-date 2026-02-14 '" + a.string() +
                        "' '" + b.string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "#value\ttype\ttext\tstart\tend\tanchored\tsource\n"
            "2026-04-09\tDATE\tApril 9\t20\t27\treference\t" +
                a.string() +
                "\n"
                "2026-03-03\tDATE\tMarch 3\t29\t36\treference\t" +
                b.string() + "\n");
}

TEST_F(Cli, UsageErrorsExitTwo) {
  Outcome r = run("--reference-date 2020-13-01", "x");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "docket: --reference-date: '2020-13-01' is not a date of the form YYYY-MM-DD\n");
  r = run("--format xml", "x");
  EXPECT_EQ(r.status, 2);
  r = run("--no-such-flag", "x");
  EXPECT_EQ(r.status, 2);
}

TEST_F(Cli, MalformedLexiconExitsTwoWithFileAndLine) {
  fs::create_directories(dir / "lex" / "tokenizer");
  write("lex/tokenizer/abbreviations.tsv",
        "# FORMAT: abbreviation | [note]\nU.S.\tone\ttoo many\n");
  const Outcome r = run("--lexicons '" + (dir / "lex").string() + "'", "x");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "docket: " + (dir / "lex" / "tokenizer" / "abbreviations.tsv").string() +
                       ":2: expected 1 to 2 tab-separated fields (abbreviation, note), found 3\n");
}

TEST_F(Cli, HelpAndVersion) {
  Outcome r = run("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--reference-date"), std::string::npos);
  EXPECT_NE(r.out.find("Exit status"), std::string::npos);
  r = run("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("docket ", 0), 0u);
}

}  // namespace
