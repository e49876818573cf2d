// Span: a half-open range of Unicode code points into an article's text.
// Every item docket reports points back at the text that supports it through a Span.
#pragma once

#include <cstdint>

namespace docket {

struct Span {
  uint32_t begin = 0;  // first code point, inclusive
  uint32_t end = 0;    // one past the last code point

  [[nodiscard]] constexpr uint32_t size() const { return end - begin; }
  [[nodiscard]] constexpr bool empty() const { return end <= begin; }
  [[nodiscard]] constexpr bool contains(const Span& o) const {
    return begin <= o.begin && o.end <= end;
  }
  [[nodiscard]] constexpr bool overlaps(const Span& o) const {
    return begin < o.end && o.begin < end;
  }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace docket
