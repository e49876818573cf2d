#include "docket/text_index.hpp"

#include "docket/utf8.hpp"

namespace docket {

TextIndex::TextIndex(std::string_view text) {
  bool all_ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80) {
      all_ascii = false;
      break;
    }
  }
  if (all_ascii) {
    code_points_ = static_cast<uint32_t>(text.size());
    return;
  }
  // Branch-free: every byte writes its offset into the next code point's slot, and only a lead
  // byte moves on, so each slot ends up holding its code point's first byte.
  cp_to_byte_.resize(text.size() + 1);
  uint32_t n = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    cp_to_byte_[n] = i;
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  code_points_ = n;
  cp_to_byte_[n] = static_cast<uint32_t>(text.size());
  cp_to_byte_.resize(n + 1);
}

}  // namespace docket
