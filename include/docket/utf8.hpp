// UTF-8 helpers: validation with a precise first-error report, decoding, and offset mapping.
// Text enters docket as bytes; everything downstream may assume valid UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace docket::utf8 {

struct Invalid {
  size_t offset;  // byte offset of the first bad byte
  uint8_t byte;   // its value
  bool nul;       // the bad byte is a NUL (binary data rather than a bad encoding)
};

// The first problem in `bytes`, or nullopt when it is valid UTF-8 without NUL bytes.
std::optional<Invalid> validate(std::string_view bytes);

// Decodes one code point at bytes[i] (assumed valid) and advances i.
char32_t next(std::string_view bytes, size_t& i);

// Length in bytes of the sequence that starts with lead byte b (1 for continuation bytes).
inline size_t sequence_length(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xF0) return 4;
  if (b >= 0xE0) return 3;
  if (b >= 0xC0) return 2;
  return 1;
}

// Number of code points in a valid UTF-8 string.
size_t count_code_points(std::string_view bytes);

// Appends the UTF-8 encoding of cp.
void append(std::string& out, char32_t cp);

}  // namespace docket::utf8
