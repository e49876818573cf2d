// Batch run: analyses a list of input files on a pool of worker threads (one Analyzer each, one
// shared Lexicons) and prints or stores the results in input order.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "docket/docket.hpp"
#include "options.hpp"
#include "walk.hpp"

namespace docket::cli {

// Exit status of a run: 0 all analysed, 1 some input failed, 3 output failed, 130 interrupted.
// `ready`, when given, is a Tokenizer already built, for the first worker to start.
int run_batch(const WalkResult& inputs, const RunConfig& cfg, const Lexicons& lex,
              std::optional<Tokenizer> ready = std::nullopt);

// One Analyzer per worker, made on first use (ICU iterators cost a little to build); the first
// one made takes `ready`'s Tokenizer when there is one.
class Analyzers {
 public:
  Analyzers(const Lexicons& lex, unsigned workers, std::optional<Tokenizer> ready = std::nullopt)
      : lex_(lex), by_worker_(workers), ready_(std::move(ready)) {}
  Analyzer& operator[](size_t worker) {
    auto& a = by_worker_[worker];
    if (!a) {
      // Workers make their Analyzers concurrently: only one may take the ready Tokenizer.
      std::optional<Tokenizer> mine;
      {
        const std::lock_guard<std::mutex> lock(ready_mutex_);
        mine.swap(ready_);
      }
      a = mine ? std::make_unique<Analyzer>(lex_, std::move(*mine))
               : std::make_unique<Analyzer>(lex_);
    }
    return *a;
  }

 private:
  const Lexicons& lex_;
  std::vector<std::unique_ptr<Analyzer>> by_worker_;
  std::mutex ready_mutex_;
  std::optional<Tokenizer> ready_;
};

}  // namespace docket::cli
