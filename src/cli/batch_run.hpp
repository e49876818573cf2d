// Batch run: analyses a list of input files on a pool of worker threads (one Analyzer each, one
// shared Lexicons) and prints or stores the results in input order.
#pragma once

#include <memory>
#include <vector>

#include "docket/docket.hpp"
#include "options.hpp"
#include "walk.hpp"

namespace docket::cli {

// Exit status of a run: 0 all analysed, 1 some input failed, 3 output failed, 130 interrupted.
int run_batch(const WalkResult& inputs, const RunConfig& cfg, const Lexicons& lex);

// One Analyzer per worker, made on first use (ICU iterators cost a little to build).
class Analyzers {
 public:
  Analyzers(const Lexicons& lex, unsigned workers) : lex_(lex), by_worker_(workers) {}
  Analyzer& operator[](size_t worker) {
    auto& a = by_worker_[worker];
    if (!a) a = std::make_unique<Analyzer>(lex_);
    return *a;
  }

 private:
  const Lexicons& lex_;
  std::vector<std::unique_ptr<Analyzer>> by_worker_;
};

}  // namespace docket::cli
