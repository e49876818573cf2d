#include "worker_pool.hpp"

#include <algorithm>

namespace docket::cli {

OrderedPool::OrderedPool(unsigned jobs, size_t window, Work work, Emit emit)
    : window_(std::max<size_t>(window, 1)),
      work_(std::move(work)),
      emit_(std::move(emit)),
      done_(window_, 0) {
  if (jobs <= 1) return;
  threads_.reserve(jobs);
  for (unsigned w = 0; w < jobs; ++w) threads_.emplace_back([this, w] { run_worker(w); });
}

OrderedPool::~OrderedPool() {
  finish();
}

size_t OrderedPool::reserve() {
  if (threads_.empty()) return submitted_;
  std::unique_lock lock(m_);
  space_.wait(lock, [&] { return submitted_ - emitted_ < window_; });
  return submitted_;
}

void OrderedPool::submit() {
  if (threads_.empty()) {
    const size_t seq = submitted_++;
    work_(0, seq);
    emit_(seq);
    emitted_ = submitted_;
    return;
  }
  reserve();
  std::lock_guard lock(m_);
  ++submitted_;
  work_ready_.notify_one();
}

void OrderedPool::finish() {
  if (threads_.empty()) return;
  {
    std::unique_lock lock(m_);
    closing_ = true;
    work_ready_.notify_all();
    space_.wait(lock, [&] { return emitted_ == submitted_; });
  }
  for (auto& t : threads_) t.join();
  threads_.clear();
}

void OrderedPool::run_worker(size_t worker) {
  std::unique_lock lock(m_);
  while (true) {
    work_ready_.wait(lock, [&] { return started_ < submitted_ || closing_; });
    if (started_ == submitted_) return;  // closing and nothing left
    const size_t seq = started_++;
    lock.unlock();
    work_(worker, seq);
    lock.lock();
    done_[seq % window_] = 1;
    // Whoever finds the next job in order done emits it (and any that follow); one at a time.
    if (emitting_) continue;
    emitting_ = true;
    while (emitted_ < submitted_ && done_[emitted_ % window_]) {
      done_[emitted_ % window_] = 0;
      const size_t s = emitted_;
      lock.unlock();
      emit_(s);
      lock.lock();
      ++emitted_;
      space_.notify_all();
    }
    emitting_ = false;
  }
}

}  // namespace docket::cli
