// Input: turns the bytes of a file or stream into UTF-8 text docket can analyse, or says why not.
// Reads UTF-8 (with or without BOM), UTF-16 with BOM, and detected or named legacy encodings.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>

#include "docket/result.hpp"

namespace docket {

struct InputLimits {
  size_t max_bytes = 10u << 20;  // larger inputs are refused, not truncated
  // The encoding to read the bytes as (any name ICU knows, e.g. "windows-1252"); empty means
  // decide: a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else ICU's detector.
  std::string encoding;
};

// Text ready for analysis. Offsets docket reports refer to `text`, not to the raw bytes: a BOM
// is dropped and legacy encodings are transcoded; line ends (LF, CRLF, CR) are kept as they are.
struct DecodedText {
  std::string text;      // valid UTF-8 without NUL bytes
  std::string encoding;  // what the bytes were read as: "UTF-8", "UTF-16LE", "windows-1252", ...
  bool guessed = false;  // the encoding came from the charset detector, so it may be wrong
};

// What the CLI prints (after "docket: NAME: ") when the encoding was guessed; "" otherwise.
std::string encoding_warning(const DecodedText& d);

// Checks and decodes raw bytes; refuses empty, blank, binary (NUL) and undecodable input.
// The error message does not name the input; callers prefix it.
Result<DecodedText> decode_input(std::string bytes, const InputLimits& limits = {});

// Reads a whole file / stream (bounded by limits.max_bytes) and decodes it.
Result<DecodedText> read_input_file(const std::filesystem::path& path,
                                    const InputLimits& limits = {});
Result<DecodedText> read_input_stream(std::istream& in, const InputLimits& limits = {});

// An error when ICU has no converter of that name (checked once, before any input is read).
Result<std::string> check_encoding_name(std::string_view name);

// The same, keeping only the text (the encoding read is not reported).
Result<std::string> decode_text(std::string bytes, const InputLimits& limits = {});
Result<std::string> read_text_file(const std::filesystem::path& path,
                                   const InputLimits& limits = {});
Result<std::string> read_text_stream(std::istream& in, const InputLimits& limits = {});

}  // namespace docket
