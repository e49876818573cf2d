// Replays the fuzzer's seeds and every fixed crash input through the fuzzer's own checks.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/analyze_one.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename() != "README.md") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

void replay(const fs::path& dir, size_t at_least) {
  auto lex = Lexicons::load();
  ASSERT_TRUE(lex) << lex.error().message;
  Analyzer analyzer(*lex);
  const auto files = inputs(dir);
  EXPECT_GE(files.size(), at_least);
  for (const auto& f : files) {
    SCOPED_TRACE(f.string());
    std::ifstream in(f, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    fuzz::analyze_one(analyzer, bytes.str());  // aborts on a broken invariant
  }
}

TEST(FuzzRegressions, SeedCorpus) {
  replay(DOCKET_SOURCE_DIR "/fuzz/corpus", 10);
}

TEST(FuzzRegressions, FixedCrashInputs) {
  replay(DOCKET_SOURCE_DIR "/tests/fuzz-regressions", 0);
}

}  // namespace
}  // namespace docket
