#include "docket/text_index.hpp"

#include "docket/utf8.hpp"

namespace docket {

TextIndex::TextIndex(std::string_view text) {
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    code_points_ = static_cast<uint32_t>(text.size());
    return;
  }
  cp_to_byte_.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) cp_to_byte_.push_back(i);
  }
  code_points_ = static_cast<uint32_t>(cp_to_byte_.size());
  cp_to_byte_.push_back(static_cast<uint32_t>(text.size()));
}

}  // namespace docket
