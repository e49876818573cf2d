// The example outputs kept in examples/ and shown in the README are the binary's real output:
// a change that alters them fails here until they are regenerated (commands in examples/README.md).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Output of `docket ARGS examples/harbor-ruling.txt`, run from the source root so that the
// `source` field reads as in the README.
std::string example_output(const std::string& args) {
  const fs::path out =
      fs::temp_directory_path() / ("docket_examples_test_" + std::to_string(::getpid()));
  const std::string cmd = "cd '" + std::string(DOCKET_SOURCE_DIR) + "' && " + DOCKET_BINARY +
                          " --reference-date 2026-02-14 " + args +
                          " examples/harbor-ruling.txt > '" + out.string() + "'";
  const int rc = std::system(cmd.c_str());
  EXPECT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 0) << cmd;
  std::string s = slurp(out);
  fs::remove(out);
  return s;
}

const fs::path kExamples = fs::path(DOCKET_SOURCE_DIR) / "examples";

TEST(Examples, TextReportIsTheBinarysOutputAndInTheReadme) {
  const std::string report = example_output("--format text");
  ASSERT_FALSE(report.empty());
  EXPECT_EQ(report, slurp(kExamples / "harbor-ruling.report.txt"));
  EXPECT_NE(slurp(fs::path(DOCKET_SOURCE_DIR) / "README.md").find(report), std::string::npos)
      << "README's text report block differs from the output";
}

TEST(Examples, JsonIsTheBinarysOutput) {
  EXPECT_EQ(example_output("--format json"), slurp(kExamples / "harbor-ruling.json"));
}

TEST(Examples, DeadlinesTsvIsTheBinarysOutputAndInTheReadme) {
  const std::string tsv = example_output("--format tsv --only deadlines");
  ASSERT_FALSE(tsv.empty());
  EXPECT_EQ(tsv, slurp(kExamples / "harbor-ruling.deadlines.tsv"));
  EXPECT_NE(slurp(fs::path(DOCKET_SOURCE_DIR) / "README.md").find(tsv), std::string::npos)
      << "README's TSV block differs from the output";
}

}  // namespace
