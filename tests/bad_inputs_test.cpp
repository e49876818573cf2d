// The bad-input catalogue (tests/bad_inputs/): runs the built docket binary on each case and checks
// the exact exit status and stderr, so the "Input" table in docs/input.md stays true.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const std::string kDir = DOCKET_SOURCE_DIR "/tests/bad_inputs";

struct Outcome {
  int status = -1;  // exit status, or 128 + signal number when docket was killed
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int decode_status(int w) {
  if (WIFEXITED(w)) return WEXITSTATUS(w);
  if (WIFSIGNALED(w)) return 128 + WTERMSIG(w);
  return -1;
}

fs::path scratch() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  fs::path p = fs::temp_directory_path() /
               ("docket-bad-inputs-" + std::to_string(getpid()) + "-" + info->name());
  fs::create_directories(p);
  return p;
}

// Runs `docket ARGS` in tests/bad_inputs (so messages name files as given), stdout to `out_to`
// (a file of its own unless given) and stdin from `in_from`.
Outcome docket(const std::string& args, const std::string& in_from = "/dev/null",
               const std::string& out_to = "") {
  const fs::path tmp = scratch();
  const std::string out = out_to.empty() ? (tmp / "out").string() : out_to;
  const std::string cmd = "cd '" + kDir + "' && '" DOCKET_BINARY "' " + args + " <" + in_from +
                          " >" + out + " 2>'" + (tmp / "err").string() + "'";
  Outcome r;
  r.status = decode_status(std::system(cmd.c_str()));
  if (out_to.empty()) r.out = slurp(out);
  r.err = slurp(tmp / "err");
  return r;
}

nlohmann::json json_of(const Outcome& r) {
  return nlohmann::json::parse(r.out);
}

// --- Refused inputs: exit 1, one line naming the input and what is wrong -------------------------

TEST(BadInputs, EmptyFile) {
  const Outcome r = docket("empty.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: empty.txt: empty input\n");
  EXPECT_EQ(r.out, "");
}

TEST(BadInputs, ByteOrderMarkOnly) {
  const Outcome r = docket("bom_only.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: bom_only.txt: empty input\n");
}

TEST(BadInputs, WhitespaceOnly) {
  const Outcome r = docket("whitespace.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: whitespace.txt: no text (only white space)\n");
}

TEST(BadInputs, BinaryWithNulBytes) {
  const Outcome r = docket("binary.bin");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: binary.bin: binary data, not text (NUL byte at offset 5)\n");
}

TEST(BadInputs, Utf16WithoutByteOrderMarkIsBinary) {
  const Outcome r = docket("utf16_nobom.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: utf16_nobom.txt: binary data, not text (NUL byte at offset 1)\n");
}

TEST(BadInputs, InvalidUtf8AfterUtf8ByteOrderMark) {
  const Outcome r = docket("bom_invalid_utf8.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "docket: bom_invalid_utf8.txt: not UTF-8 text (invalid byte 0xff at offset 47)\n");
}

TEST(BadInputs, InvalidUtf8WithForcedUtf8) {
  const Outcome r = docket("--encoding UTF-8 latin1.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: latin1.txt: not UTF-8 text (invalid byte 0xe9 at offset 7)\n");
}

TEST(BadInputs, NonWesternLegacyEncodingGetsAHint) {
  const Outcome r = docket("cp1251.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "docket: cp1251.txt: not UTF-8 text (invalid byte 0xd1 at offset 0; it may be "
            "windows-1251: try "
            "--encoding windows-1251)\n");
  const Outcome forced = docket("--encoding windows-1251 cp1251.txt");
  EXPECT_EQ(forced.status, 0);
  EXPECT_EQ(forced.err, "");
  EXPECT_EQ(json_of(forced)["encoding"], "windows-1251");
}

TEST(BadInputs, BrokenUtf16) {
  Outcome r = docket("utf16_odd.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: utf16_odd.txt: not UTF-16LE text (truncated sequence at offset 100)\n");
  r = docket("utf16_surrogate.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(
      r.err,
      "docket: utf16_surrogate.txt: not UTF-16LE text (invalid sequence 0x00 0xd8 at offset 30)\n");
  r = docket("utf16_nul.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "docket: utf16_nul.txt: binary data, not text (NUL character in UTF-16LE text)\n");
}

TEST(BadInputs, LargerThanMaxBytes) {
  Outcome r = docket("--max-bytes 20 ok.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: ok.txt: larger than the 20-byte limit (see --max-bytes)\n");
  r = docket("--max-bytes 20", "ok.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: <stdin>: larger than the 20-byte limit (see --max-bytes)\n");
  r = docket("--max-bytes 65 ok.txt");  // ok.txt is 65 bytes: the limit is inclusive
  EXPECT_EQ(r.status, 0);
}

TEST(BadInputs, MissingPath) {
  const Outcome r = docket("no-such-article.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: no-such-article.txt: no such file\n");
}

TEST(BadInputs, FileUnreadableEvenForRoot) {
  // A directory argument is walked as a batch (see batch_test), so the unreadable case that holds
  // for root too is a special file whose read fails.
  if (access("/proc/self/mem", F_OK) != 0) GTEST_SKIP() << "no /proc/self/mem here";
  const Outcome r = docket("/proc/self/mem");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: /proc/self/mem: read error\n");
}

TEST(BadInputs, FileWithoutReadPermission) {
  const fs::path p = scratch() / "secret.txt";
  std::ofstream(p) << "The court met on Monday.\n";
  fs::permissions(p, fs::perms::none);
  if (access(p.c_str(), R_OK) == 0)
    GTEST_SKIP() << "running as root: permissions do not stop reads";
  std::string quoted = p.string();
  quoted.insert(quoted.begin(), '\'');
  quoted.push_back('\'');
  const Outcome r = docket(quoted);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "docket: " + p.string() + ": cannot open: Permission denied\n");
}

TEST(BadInputs, OneBadInputDoesNotStopTheOthers) {
  const Outcome r = docket("--format jsonl ok.txt empty.txt crlf.txt");
  EXPECT_EQ(r.status, 1);
  // The error line, then the batch's summary line.
  EXPECT_EQ(r.err.substr(0, r.err.find('\n') + 1), "docket: empty.txt: empty input\n");
  EXPECT_NE(r.err.find("\n3 articles, 1 failed, "), std::string::npos) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<nlohmann::json> objs;
  while (std::getline(lines, line)) objs.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objs.size(), 3u);
  EXPECT_EQ(objs[0]["source"], "ok.txt");
  EXPECT_EQ(objs[1]["source"], "empty.txt");
  EXPECT_EQ(objs[1]["error"], "empty input");
  EXPECT_EQ(objs[2]["source"], "crlf.txt");
}

// --- Accepted encodings: exit 0; offsets count code points of the decoded text ------------------

TEST(BadInputs, Utf8ByteOrderMarkIsDropped) {
  const Outcome r = docket("--format json bom.txt");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  const auto j = json_of(r);
  EXPECT_EQ(j["encoding"], "UTF-8");
  EXPECT_EQ(j["counts"]["characters"], 27);  // "The café closed on 2 June.\n" without the BOM
  EXPECT_EQ(j["counts"]["bytes"], 28);
}

TEST(BadInputs, CrlfAndCrLineEnds) {
  for (const char* file : {"crlf.txt", "cr.txt"}) {
    SCOPED_TRACE(file);
    const Outcome r = docket(std::string("--format json --segments ") + file);
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.err, "");
    const auto j = json_of(r);
    EXPECT_EQ(j["encoding"], "UTF-8");
    ASSERT_EQ(j["paragraphs"].size(), 3u);
    // "The ruling is due on 2 June." begins after one CRLF (2 code points) or one CR (1).
    EXPECT_EQ(j["paragraphs"][1]["start"], std::string(file) == "crlf.txt" ? 26 : 25);
  }
}

TEST(BadInputs, Utf16WithByteOrderMark) {
  for (const char* file : {"utf16le.txt", "utf16be.txt"}) {
    SCOPED_TRACE(file);
    const Outcome r = docket(std::string("--format json ") + file);
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.err, "");
    const auto j = json_of(r);
    EXPECT_EQ(j["encoding"], std::string(file) == "utf16le.txt" ? "UTF-16LE" : "UTF-16BE");
    EXPECT_EQ(j["counts"]["characters"], 48);  // the emoji is one code point, not two UTF-16 units
    EXPECT_EQ(j["counts"]["bytes"], 53);
  }
}

TEST(BadInputs, Latin1IsDetectedWithAWarning) {
  const Outcome r = docket("--format json latin1.txt");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err,
            "docket: latin1.txt: warning: not UTF-8; read as ISO-8859-1 (detected; use --encoding "
            "to choose "
            "another)\n");
  const auto j = json_of(r);
  EXPECT_EQ(j["encoding"], "ISO-8859-1");
  EXPECT_EQ(j["counts"]["characters"], 80);
  EXPECT_EQ(j["counts"]["bytes"], 83);
}

TEST(BadInputs, Windows1252IsDetectedWithAWarning) {
  const Outcome r = docket("--format json cp1252.txt");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err,
            "docket: cp1252.txt: warning: not UTF-8; read as windows-1252 (detected; use "
            "--encoding to choose "
            "another)\n");
  EXPECT_EQ(json_of(r)["encoding"], "windows-1252");
}

TEST(BadInputs, ForcedEncodingNeedsNoWarning) {
  const Outcome r = docket("--format json --encoding latin1", "latin1.txt");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(json_of(r)["encoding"], "ISO-8859-1");
}

TEST(BadInputs, UnknownEncodingIsAUsageError) {
  const Outcome r = docket("--encoding klingon-8 ok.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "docket: --encoding: unknown encoding 'klingon-8'\n");
  EXPECT_EQ(r.out, "");
}

TEST(BadInputs, PunctuationOnlyIsText) {
  const Outcome r = docket("--format json punctuation_only.txt");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(json_of(r)["counts"]["characters"], 24);
}

// --- Lexicon overlays: file:line: what is wrong, exit 2, nothing analysed ------------------------

TEST(BadInputs, LexiconWithWrongColumnCount) {
  const Outcome r = docket("--lexicons lexicons/wrong_columns ok.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "docket: lexicons/wrong_columns/tokenizer/abbreviations.tsv:4: expected 1 to 2 "
            "tab-separated fields "
            "(abbreviation, note), found 3\n");
  EXPECT_EQ(r.out, "");
}

TEST(BadInputs, LexiconWithoutFormatHeader) {
  const Outcome r = docket("--lexicons lexicons/no_format ok.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "docket: lexicons/no_format/tokenizer/abbreviations.tsv:2: data before the '# FORMAT: "
            "col | col' header "
            "line\n");
}

TEST(BadInputs, LexiconWithEmptyRequiredField) {
  const Outcome r = docket("--lexicons lexicons/empty_field ok.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "docket: lexicons/empty_field/tokenizer/abbreviations.tsv:4: column 'abbreviation' is "
            "empty\n");
}

TEST(BadInputs, LexiconNotUtf8) {
  const Outcome r = docket("--lexicons lexicons/not_utf8 ok.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "docket: lexicons/not_utf8/tokenizer/abbreviations.tsv:4: not UTF-8 text (invalid byte "
            "at offset 115)\n");
}

// --- Output integrity: a write that fails ends docket with exit 3 and one clear line ------------

TEST(BadInputs, FullDisk) {
  const Outcome r = docket("--format json ok.txt", "/dev/null", "/dev/full");
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err, "docket: cannot write output (closed pipe or full disk)\n");
}

TEST(BadInputs, ClosedPipe) {
  // The reading end is closed before docket starts, so its first write meets EPIPE (and would
  // raise SIGPIPE if docket did not ignore it).
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  close(fds[0]);
  const fs::path err = scratch() / "err";
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    const int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(e, STDERR_FILENO);
    if (chdir(kDir.c_str()) != 0) _exit(99);
    signal(SIGPIPE, SIG_DFL);  // as a shell would leave it
    execl(DOCKET_BINARY, DOCKET_BINARY, "--format", "jsonl", "ok.txt", "crlf.txt", "cr.txt",
          static_cast<char*>(nullptr));
    _exit(98);
  }
  close(fds[1]);
  int w = 0;
  ASSERT_EQ(waitpid(pid, &w, 0), pid);
  EXPECT_EQ(decode_status(w), 3);
  EXPECT_EQ(slurp(err), "docket: cannot write output (closed pipe or full disk)\n");
}

TEST(BadInputs, PipeClosedMidStream) {
  // `docket a b c ... | head -c 100`: head leaves while docket still has output to write.
  std::string args = "--format jsonl --segments";
  for (int i = 0; i < 300; ++i) args += " crlf.txt";
  const fs::path tmp = scratch();
  const std::string cmd = "cd '" + kDir + "' && { '" DOCKET_BINARY "' " + args + " 2>'" +
                          (tmp / "err").string() + "'; echo $? >'" + (tmp / "rc").string() +
                          "'; } | head -c 100 >/dev/null";
  ASSERT_EQ(decode_status(std::system(cmd.c_str())), 0);
  EXPECT_EQ(slurp(tmp / "rc"), "3\n");
  EXPECT_EQ(slurp(tmp / "err"), "docket: cannot write output (closed pipe or full disk)\n");
}

}  // namespace
