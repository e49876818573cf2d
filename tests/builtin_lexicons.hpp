// builtin_lexicons(): the compiled-in lexicons, loaded once per test binary and shared read-only.
// Tests that need the real word lists call it instead of loading their own copy.
#pragma once

#include <stdexcept>
#include <utility>

#include "docket/lexicons.hpp"

namespace docket::test {

inline const Lexicons& builtin_lexicons() {
  static const Lexicons lex = [] {
    auto l = Lexicons::load();
    if (!l) throw std::runtime_error(l.error().message);
    return std::move(*l);
  }();
  return lex;
}

}  // namespace docket::test
