#include "docket/input.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <fstream>
#include <memory>
#include <system_error>

#include "docket/utf8.hpp"

namespace docket {
namespace {

std::string hex_byte(unsigned b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02x", b & 0xFFu);
  return buf;
}

std::string too_large(const InputLimits& limits) {
  return "larger than the " + std::to_string(limits.max_bytes) + "-byte limit (see --max-bytes)";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// The IANA name of a converter ("windows-1252"), not ICU's internal one ("ibm-5348_P100-1997").
std::string display_name(UConverter* cnv, const std::string& fallback) {
  UErrorCode status = U_ZERO_ERROR;
  const char* internal = ucnv_getName(cnv, &status);
  if (U_FAILURE(status) || internal == nullptr) return fallback;
  for (const char* standard : {"MIME", "IANA"}) {
    status = U_ZERO_ERROR;
    const char* n = ucnv_getStandardName(internal, standard, &status);
    if (U_SUCCESS(status) && n != nullptr) return n;
  }
  return internal;
}

bool is_utf8_name(std::string_view name) {
  auto is = [&](std::string_view lower) {
    return std::equal(name.begin(), name.end(), lower.begin(), lower.end(), [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) == b;
    });
  };
  return is("utf-8") || is("utf8");
}

// Refuses text that is empty or white space only; the text is already valid UTF-8.
Result<DecodedText> finish(DecodedText d) {
  bool blank = true;
  for (char c : d.text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') {
      blank = false;
      break;
    }
  }
  if (blank) return Error{d.text.empty() ? "empty input" : "no text (only white space)"};
  return d;
}

Error utf8_error(const utf8::Invalid& bad, size_t skip) {
  const std::string at = " at offset " + std::to_string(skip + bad.offset) + ")";
  if (bad.nul) return Error{"binary data, not text (NUL byte" + at};
  return Error{"not UTF-8 text (invalid byte " + hex_byte(bad.byte) + at};
}

// Transcodes `bytes` (after `skip` bytes of BOM) from `encoding` to UTF-8, stopping at the first
// byte sequence the encoding does not define instead of substituting U+FFFD.
Result<DecodedText> transcode(std::string_view bytes, size_t skip, const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  Converter cnv(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) return Error{"unknown encoding '" + encoding + "'"};
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (bytes.size() > INT32_MAX / 4) return Error{"too large to transcode from " + encoding};
  // No supported encoding yields more UTF-16 units than it has bytes, plus one for a flush.
  std::u16string utf16(bytes.size() + 1, u'\0');
  const char* src = bytes.data() + skip;
  const char* const src_begin = src;
  UChar* dst = utf16.data();
  ucnv_toUnicode(cnv.get(), &dst, utf16.data() + utf16.size(), &src, bytes.data() + bytes.size(),
                 nullptr, true, &status);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t len = sizeof invalid;
    UErrorCode s2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), invalid, &len, &s2);
    if (U_FAILURE(s2) || len < 0) len = 0;
    const size_t offset = skip + static_cast<size_t>(src - src_begin) - static_cast<size_t>(len);
    if (status == U_TRUNCATED_CHAR_FOUND)
      return Error{"not " + encoding + " text (truncated sequence at offset " +
                   std::to_string(offset) + ")"};
    std::string seq;
    for (int8_t k = 0; k < len; ++k) {
      if (k) seq += ' ';
      seq += hex_byte(static_cast<unsigned char>(invalid[k]));
    }
    return Error{"not " + encoding + " text (invalid " + (len > 1 ? "sequence " : "byte ") + seq +
                 " at offset " + std::to_string(offset) + ")"};
  }
  const auto units = static_cast<int32_t>(dst - utf16.data());
  int32_t needed = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &needed, utf16.data(), units, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
    return Error{"not " + encoding + " text (unpaired surrogate)"};
  DecodedText d;
  d.encoding = display_name(cnv.get(), encoding);
  d.text.resize(static_cast<size_t>(needed));
  status = U_ZERO_ERROR;
  u_strToUTF8(d.text.data(), needed, nullptr, utf16.data(), units, &status);
  if (U_FAILURE(status)) return Error{"not " + encoding + " text (unpaired surrogate)"};
  if (utf8::validate(d.text)) {
    // Only a NUL can be wrong here: ICU wrote valid UTF-8.
    return Error{"binary data, not text (NUL character in " + encoding + " text)"};
  }
  return finish(std::move(d));
}

// The encoding ICU's charset detector finds most likely, or "" when it has no answer.
std::string detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  ucsdet_setText(det.get(), bytes.data(),
                 static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX)), &status);
  const UCharsetMatch* m = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || m == nullptr) return {};
  const char* name = ucsdet_getName(m, &status);
  return U_SUCCESS(status) && name != nullptr ? name : "";
}

// The detector is trusted only for the single-byte Western encodings: in mostly-ASCII English
// text a handful of high bytes is too little evidence for anything else, so other guesses are
// offered as a hint rather than applied.
bool western(std::string_view name) {
  return name == "ISO-8859-1" || name == "windows-1252";
}

}  // namespace

std::string encoding_warning(const DecodedText& d) {
  if (!d.guessed) return {};
  return "warning: not UTF-8; read as " + d.encoding +
         " (detected; use --encoding to choose another)";
}

Result<std::string> check_encoding_name(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter cnv(ucnv_open(std::string(name).c_str(), &status));
  if (U_FAILURE(status) || name.empty())
    return Error{"unknown encoding '" + std::string(name) + "'"};
  return display_name(cnv.get(), std::string(name));
}

Result<DecodedText> decode_input(std::string bytes, const InputLimits& limits) {
  if (bytes.size() > limits.max_bytes) return Error{too_large(limits)};
  const bool forced = !limits.encoding.empty();
  if (forced && !is_utf8_name(limits.encoding)) return transcode(bytes, 0, limits.encoding);
  if (!forced && bytes.starts_with("\xFF\xFE")) return transcode(bytes, 2, "UTF-16LE");
  if (!forced && bytes.starts_with("\xFE\xFF")) return transcode(bytes, 2, "UTF-16BE");
  const size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const auto bad = utf8::validate(std::string_view(bytes).substr(bom));
  if (!bad) {
    bytes.erase(0, bom);
    return finish({std::move(bytes), "UTF-8", false});
  }
  // Binary data stays refused, and so does text that claims to be UTF-8 (BOM or --encoding).
  if (const size_t nul = bytes.find('\0'); nul != std::string::npos)
    return Error{"binary data, not text (NUL byte at offset " + std::to_string(nul) + ")"};
  if (bom || forced) return utf8_error(*bad, bom);
  const std::string guess = detect(bytes);
  if (!western(guess)) {
    Error e = utf8_error(*bad, bom);
    // A guess of UTF-8 for bytes that are not UTF-8 helps nobody: give the hint for others only.
    if (!guess.empty() && guess != "UTF-8") {
      e.message.pop_back();
      e.message += "; it may be " + guess + ": try --encoding " + guess + ")";
    }
    return e;
  }
  auto d = transcode(bytes, 0, guess);
  if (!d) return utf8_error(*bad, bom);
  d->guessed = true;
  return d;
}

Result<DecodedText> read_input_stream(std::istream& in, const InputLimits& limits) {
  std::string bytes;
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    bytes.append(buf, static_cast<size_t>(in.gcount()));
    if (bytes.size() > limits.max_bytes) return Error{too_large(limits)};
  }
  if (in.bad()) return Error{"read error"};
  return decode_input(std::move(bytes), limits);
}

Result<DecodedText> read_input_file(const std::filesystem::path& path, const InputLimits& limits) {
  std::error_code ec;
  const auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return Error{"no such file"};
  if (std::filesystem::is_directory(st)) return Error{"is a directory"};
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{"cannot open: " +
                 std::generic_category().message(errno)};  // strerror is not thread-safe
  return read_input_stream(in, limits);
}

namespace {
Result<std::string> text_only(Result<DecodedText> d) {
  if (!d) return d.error();
  return std::move(d->text);
}
}  // namespace

Result<std::string> decode_text(std::string bytes, const InputLimits& limits) {
  return text_only(decode_input(std::move(bytes), limits));
}
Result<std::string> read_text_file(const std::filesystem::path& path, const InputLimits& limits) {
  return text_only(read_input_file(path, limits));
}
Result<std::string> read_text_stream(std::istream& in, const InputLimits& limits) {
  return text_only(read_input_stream(in, limits));
}

}  // namespace docket
