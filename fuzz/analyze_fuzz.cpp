// libFuzzer target: arbitrary bytes through decoding, analysis and both writers (see
// analyze_one.hpp). Build with -DDOCKET_FUZZ=ON (clang only); run with fuzz/run.sh.
#include <cstdint>
#include <cstdlib>
#include <iostream>

#include "analyze_one.hpp"

namespace {

const docket::Lexicons& lexicons() {
  static const docket::Lexicons lex = [] {
    auto l = docket::Lexicons::load();
    if (!l) {
      std::cerr << l.error().message << '\n';
      std::abort();
    }
    return std::move(*l);
  }();
  return lex;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static docket::Analyzer analyzer(lexicons());  // keeps its ICU iterators between inputs
  docket::fuzz::analyze_one(analyzer, std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
