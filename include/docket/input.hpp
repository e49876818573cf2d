// Input: turns the bytes of a file or stream into text docket can analyse, or says why not.
// Each error is one line that names the input and what is wrong with it.
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
};

// Checks and normalises raw bytes: refuses empty, binary (NUL) and non-UTF-8 input and strips
// a UTF-8 byte-order mark. The error message does not name the input; callers prefix it.
Result<std::string> decode_text(std::string bytes, const InputLimits& limits = {});

// Reads a whole file / stream (bounded by limits.max_bytes) and decodes it.
Result<std::string> read_text_file(const std::filesystem::path& path, const InputLimits& limits = {});
Result<std::string> read_text_stream(std::istream& in, const InputLimits& limits = {});

}  // namespace docket
