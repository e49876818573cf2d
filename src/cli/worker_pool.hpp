// OrderedPool: runs numbered jobs on N threads and hands them back strictly in submission order.
// At most `window` jobs are in flight, so the caller can keep their data in a ring of that size.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace docket::cli {

class OrderedPool {
 public:
  using Work = std::function<void(size_t worker, size_t seq)>;  // runs on a worker thread
  using Emit = std::function<void(size_t seq)>;                 // in seq order, one at a time

  // With jobs == 1 no thread is started: submit() runs and emits the job itself.
  OrderedPool(unsigned jobs, size_t window, Work work, Emit emit);
  ~OrderedPool();
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Blocks until the next job's slot (its seq % window) is free, and returns that seq: the caller
  // may fill the slot, then submit(). Only one thread submits.
  size_t reserve();
  void submit();
  [[nodiscard]] size_t submitted() const { return submitted_; }
  [[nodiscard]] size_t window() const { return window_; }
  // Waits until every submitted job has been emitted; no submit() after it.
  void finish();

 private:
  void run_worker(size_t worker);

  const size_t window_;
  Work work_;
  Emit emit_;
  std::mutex m_;
  std::condition_variable work_ready_, space_;
  std::vector<char> done_;  // by slot
  size_t submitted_ = 0, started_ = 0, emitted_ = 0;
  bool closing_ = false, emitting_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace docket::cli
