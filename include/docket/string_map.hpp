// StringMap: a word-keyed table built once from the lexicons and then read on every token. Open
// addressing over a flat slot array; each slot carries 32 bits of its key's hash, so a probe past
// another key (or a miss) does not touch the entries: a lookup is one hash, mostly one slot and at
// most one key comparison, without the node chasing of std::unordered_map.
// Values live in a deque: references stay valid while the table grows. Iteration is in insertion
// order.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docket {

template <typename V>
class StringMap {
 public:
  struct Entry {
    std::string key;
    V value{};
    uint64_t hash = 0;
  };

  // The value of `key`, inserted default-constructed when absent.
  V& operator[](std::string_view key) {
    const uint64_t h = hash_of(key);
    if (slots_.empty() || (entries_.size() + 1) * 2 > slots_.size()) grow();
    size_t i = slot_of(key, h);
    if (slots_[i] == 0) {
      entries_.push_back(Entry{std::string(key), V{}, h});
      slots_[i] = slot_value(h, entries_.size() - 1);
    }
    return entries_[index_of(slots_[i])].value;
  }
  // The value of `key`, or null.
  [[nodiscard]] const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t s = slots_[slot_of(key, hash_of(key))];
    return s ? &entries_[index_of(s)].value : nullptr;
  }
  [[nodiscard]] size_t size() const { return entries_.size(); }
  [[nodiscard]] bool empty() const { return entries_.empty(); }
  auto begin() { return entries_.begin(); }
  auto end() { return entries_.end(); }
  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }

 private:
  static uint64_t hash_of(std::string_view s) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    return h ^ (h >> 32);
  }
  // A slot: the hash's high half, and the entry index + 1 (so never 0, which is an empty slot).
  static uint64_t slot_value(uint64_t h, size_t index) {
    return (h & 0xFFFFFFFF00000000ULL) | static_cast<uint32_t>(index + 1);
  }
  static size_t index_of(uint64_t slot) { return static_cast<uint32_t>(slot) - size_t{1}; }
  // The slot holding `key`, else the empty slot where it would go.
  [[nodiscard]] size_t slot_of(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    const uint64_t tag = h & 0xFFFFFFFF00000000ULL;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      const uint64_t s = slots_[i];
      if (s == 0) return i;
      if ((s & 0xFFFFFFFF00000000ULL) != tag) continue;
      const Entry& e = entries_[index_of(s)];
      if (e.hash == h && e.key.size() == key.size() &&
          std::memcmp(e.key.data(), key.data(), key.size()) == 0)
        return i;
    }
  }
  void grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
    const size_t mask = slots_.size() - 1;
    for (uint64_t s : old) {
      if (s == 0) continue;
      size_t i = static_cast<size_t>(entries_[index_of(s)].hash) & mask;
      while (slots_[i]) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::deque<Entry> entries_;
  std::vector<uint64_t> slots_;  // see slot_value; 0 is empty
};

}  // namespace docket
