// TextIndex: maps code-point offsets (what docket reports) to byte offsets (what C++ slices).
// Built once per article in linear time; pure ASCII text needs no table at all.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "docket/span.hpp"

namespace docket {

class TextIndex {
 public:
  TextIndex() = default;
  explicit TextIndex(std::string_view text);

  [[nodiscard]] uint32_t code_points() const { return code_points_; }
  [[nodiscard]] bool ascii() const { return cp_to_byte_.empty(); }
  // Byte offset of code point `cp` (cp == code_points() gives the text's byte size).
  [[nodiscard]] uint32_t byte_of(uint32_t cp) const {
    return cp_to_byte_.empty() ? cp : cp_to_byte_[cp];
  }
  // The bytes of a code-point span, as a view into the indexed text.
  [[nodiscard]] std::string_view slice(std::string_view text, Span s) const {
    const uint32_t b = byte_of(s.begin);
    return text.substr(b, byte_of(s.end) - b);
  }

 private:
  uint32_t code_points_ = 0;
  std::vector<uint32_t> cp_to_byte_;  // empty when the text is ASCII
};

}  // namespace docket
