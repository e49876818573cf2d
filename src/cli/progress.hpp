// Progress: a one-line bar on stderr while a batch runs (only on a terminal), and the summary
// line at its end ("2,225 articles, 2 failed, 4.9 MB in 1.9 s").
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace docket::cli {

class Progress {
 public:
  // `total` 0 means unknown (streaming). The bar is drawn only when `bar` is set.
  Progress(size_t total, bool bar);
  // One article finished (called in order, from one thread at a time).
  void add(uint64_t bytes, bool failed, bool skipped = false);
  // Prints a line on stderr (above the bar, which is redrawn after it).
  void note(const std::string& line);
  // Clears the bar; returns the summary line (no newline).
  std::string finish();

  [[nodiscard]] size_t failed() const { return failed_; }

 private:
  void draw(bool force);

  size_t total_;
  bool bar_;
  size_t done_ = 0, failed_ = 0, skipped_ = 0;
  uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// "2,225": thousands separated by commas, as the summary line prints counts.
std::string with_commas(uint64_t n);

}  // namespace docket::cli
