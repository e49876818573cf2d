// The NER model's packed weight stream (see write_model in src/entities/tagger.cpp): hex decoding
// and expansion into the int8 code table; shared by the run-time reader and the build-time
// embedder.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace docket::ner {

// A code the quantiser never writes: the row is held exactly (Model::exact).
inline constexpr int8_t kExactRow = -128;

// Appends the bytes of a hex string to `out`; false when it is of odd length or not hex.
inline bool append_hex(std::string_view hex, std::vector<uint8_t>& out) {
  if (hex.size() % 2) return false;
  auto value = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  const size_t at = out.size();
  out.resize(at + hex.size() / 2);
  int bad = 0;
  for (size_t i = 0; i < hex.size(); i += 2) {
    const int hi = value(hex[i]), lo = value(hex[i + 1]);
    bad |= hi | lo;
    out[at + i / 2] = static_cast<uint8_t>(hi << 4 | lo);
  }
  if (bad < 0) out.resize(at);
  return bad >= 0;
}

// Fills `codes` (rows * tags, zeroed by the caller) from the stream: per non-zero row a varint gap
// from the previous one, a little-endian mask of its non-zero tags, the codes. False when the
// stream is truncated or runs past the table.
inline bool expand_weight_stream(const std::vector<uint8_t>& stream, int8_t* codes, size_t rows,
                                 int tags) {
  size_t pos = 0, row = 0;
  while (pos < stream.size()) {
    size_t gap = 0;
    for (int shift = 0;; shift += 7) {
      if (pos >= stream.size() || shift > 28) return false;
      const uint8_t b = stream[pos++];
      gap |= static_cast<size_t>(b & 127) << shift;
      if (!(b & 128)) break;
    }
    row += gap;
    if (row >= rows || pos + 2 > stream.size()) return false;
    const uint32_t mask = stream[pos] | static_cast<uint32_t>(stream[pos + 1]) << 8;
    pos += 2;
    if (mask >> tags || pos + static_cast<size_t>(std::popcount(mask)) > stream.size())
      return false;
    int8_t* out = codes + row * static_cast<size_t>(tags);
    for (uint32_t bits = mask; bits; bits &= bits - 1)
      out[std::countr_zero(bits)] = static_cast<int8_t>(stream[pos++]);
    ++row;
  }
  return true;
}

}  // namespace docket::ner
