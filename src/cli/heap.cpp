#include "heap.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdlib>

namespace docket::cli {

// A one-article run builds about 1 MiB of heap (lexicon tables, the article's tokens), and each
// first touch of a 4 KiB page is a page fault: on a virtual machine with shadowed page tables one
// costs ~10 us (256 of them measured 2.4 ms, against 0.05 ms for one 2 MiB huge page), so faults
// were a third of the run. glibc advises huge pages itself only when told by an environment
// variable (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), too late for a program to set for itself.
// ASan has its own allocator (and would call the head-filler block below a leak): skipped there.
void prefer_huge_heap_pages() {
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DOCKET_ASAN 1
#endif
#endif
#if !defined(__SANITIZE_ADDRESS__) && !defined(DOCKET_ASAN)
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  // Keep all blocks in the heap and the heap itself: trimming it at a large free would hand the
  // advised pages back, and a later growth would not be advised.
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(16 * kHuge));
  mallopt(M_TOP_PAD, static_cast<int>(4 * kHuge));
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(32 * kHuge));
  // Grow the heap once (by M_TOP_PAD): allocate until the break moves.
  const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
  std::array<void*, 64> blocks{};
  size_t n = 0;
  while (n < blocks.size() && reinterpret_cast<std::uintptr_t>(sbrk(0)) == before)
    blocks[n++] = std::malloc(64 << 10);
  // Advise before anything writes to the new part: a 2 MiB range that already has one 4 KiB
  // page gets no huge page.
  const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
  const std::uintptr_t begin = (before + (128 << 10) + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t end = after & ~(kHuge - 1);
  if (end <= begin) {
    for (size_t i = 0; i < n; ++i) std::free(blocks[i]);
    return;
  }
  madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // advice only
  for (size_t i = 0; i < n; ++i) std::free(blocks[i]);
  // New blocks are carved from the free top of the heap upwards: fill the top's unaligned head
  // with a block that is never freed (and never touched past its header), so that what follows
  // starts in the advised range.
  void* probe = std::malloc(kHuge / 4);  // larger than any free block: from the top
  const auto top = reinterpret_cast<std::uintptr_t>(probe);
  std::free(probe);
  if (top < begin && begin - top > 4096) {
    void* head = std::malloc(begin - top - 64);  // never freed, on purpose
    asm volatile("" : : "r"(head) : "memory");  // keeps the compiler from dropping the unused block
  }
#endif
}

}  // namespace docket::cli
