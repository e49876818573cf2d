#include "docket/input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "docket/utf8.hpp"

namespace docket {
namespace {

std::string hex_byte(unsigned b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02x", b);
  return buf;
}

std::string too_large(const InputLimits& limits) {
  return "larger than the " + std::to_string(limits.max_bytes) + "-byte limit (see --max-bytes)";
}

}  // namespace

Result<std::string> decode_text(std::string bytes, const InputLimits& limits) {
  if (bytes.size() > limits.max_bytes) return Error{too_large(limits)};
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (auto bad = utf8::validate(bytes)) {
    if (bad->nul) return Error{"binary data, not text (NUL byte at offset " + std::to_string(bad->offset) + ")"};
    return Error{"not UTF-8 text (invalid byte " + hex_byte(bad->byte) + " at offset " + std::to_string(bad->offset) + ")"};
  }
  bool blank = true;
  for (char c : bytes) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
      blank = false;
      break;
    }
  }
  if (blank) return Error{bytes.empty() ? "empty input" : "no text (only white space)"};
  return bytes;
}

Result<std::string> read_text_stream(std::istream& in, const InputLimits& limits) {
  std::string bytes;
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    bytes.append(buf, static_cast<size_t>(in.gcount()));
    if (bytes.size() > limits.max_bytes) return Error{too_large(limits)};
  }
  if (in.bad()) return Error{"read error"};
  return decode_text(std::move(bytes), limits);
}

Result<std::string> read_text_file(const std::filesystem::path& path, const InputLimits& limits) {
  std::error_code ec;
  const auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return Error{"no such file"};
  if (std::filesystem::is_directory(st)) return Error{"is a directory"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string("cannot open: ") + std::strerror(errno)};
  return read_text_stream(in, limits);
}

}  // namespace docket
