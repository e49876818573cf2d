#include "progress.hpp"

#include <cmath>

#include <cstdio>

namespace docket::cli {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string clock_time(double s) {
  const auto total = std::lround(s);
  char buf[32];
  if (total >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", total / 60, total % 60);
  return buf;
}

}  // namespace

std::string with_commas(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

Progress::Progress(size_t total, bool bar)
    : total_(total), bar_(bar), start_(Clock::now()), last_draw_(start_) {}

void Progress::add(uint64_t bytes, bool failed, bool skipped) {
  ++done_;
  bytes_ += bytes;
  failed_ += failed;
  skipped_ += skipped;
  draw(false);
}

void Progress::draw(bool force) {
  if (!bar_) return;
  const auto now = Clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double elapsed = seconds_since(start_);
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  constexpr int kWidth = 30;
  std::string line = "\r";
  if (total_) {
    const auto filled = static_cast<int>(kWidth * done_ / total_);
    line += '[' + std::string(filled, '#') + std::string(kWidth - filled, ' ') + "] ";
    line += with_commas(done_) + '/' + with_commas(total_);
  } else {
    line += with_commas(done_);
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "  %.0f articles/s", rate);
  line += buf;
  if (total_ && rate > 0) line += "  ETA " + clock_time(static_cast<double>(total_ - done_) / rate);
  if (failed_) line += "  " + with_commas(failed_) + " failed";
  line += "\x1b[K";  // erase what a longer previous line left
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
}

void Progress::note(const std::string& line) {
  std::string s = bar_ ? "\r\x1b[K" + line : line;
  s += '\n';
  std::fputs(s.c_str(), stderr);
  if (bar_) draw(true);
}

std::string Progress::finish() {
  if (bar_) {
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
  }
  char tail[64];
  std::snprintf(tail, sizeof tail, "%.1f MB in %.1f s", static_cast<double>(bytes_) / 1e6,
                seconds_since(start_));
  std::string s = with_commas(done_) + (done_ == 1 ? " article, " : " articles, ") +
                  with_commas(failed_) + " failed, ";
  if (skipped_) s += with_commas(skipped_) + " skipped, ";
  return s + tail;
}

}  // namespace docket::cli
