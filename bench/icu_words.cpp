// icu_words: ICU word segmentation alone over a set of files — the floor docket is measured
// against in bench/run.sh. Reads every file first, then times only the segmentation passes.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: icu_words FILE...\n");
    return 2;
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += texts.back().size();
  }
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), st));
  if (U_FAILURE(st)) return 1;
  UText* ut = nullptr;
  size_t tokens = 0;
  std::vector<double> seconds, cpu_seconds;
  // DOCKET_ICU_UTF16=1: convert each text to UTF-16 first (conversion timed too) and segment that.
  const bool utf16 = std::getenv("DOCKET_ICU_UTF16") != nullptr;
  icu::UnicodeString u;
  for (int pass = 0; pass < 5; ++pass) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    for (const std::string& t : texts) {
      // What docket's tokenizer does per article: point the iterator at the UTF-8 text, walk it,
      // and read each boundary's rule status (word, number or other).
      if (utf16) {
        u = icu::UnicodeString::fromUTF8(
            icu::StringPiece(t.data(), static_cast<int32_t>(t.size())));
        words->setText(u);
      } else {
        ut = utext_openUTF8(ut, t.data(), static_cast<int64_t>(t.size()), &st);
        words->setText(ut, st);
      }
      for (int32_t b = words->next(); b != icu::BreakIterator::DONE; b = words->next())
        tokens += words->getRuleStatus() > 0;
    }
    cpu_seconds.push_back(static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  utext_close(ut);
  std::sort(seconds.begin(), seconds.end());
  std::sort(cpu_seconds.begin(), cpu_seconds.end());
  const double median = seconds[seconds.size() / 2], cpu = cpu_seconds[cpu_seconds.size() / 2];
  const double mb = static_cast<double>(bytes) / 1e6;
  // Wall and CPU time: on a shared machine the CPU figure is the steadier of the two.
  std::printf(
      "icu_words: %zu files, %zu bytes, %zu word tokens per pass, median %.4f s wall, %.4f s cpu, "
      "%.1f MB/s wall, %.1f MB/s cpu\n",
      texts.size(), bytes, tokens / seconds.size(), median, cpu, mb / median, mb / cpu);
  return 0;
}
