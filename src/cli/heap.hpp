// Heap set-up for a short run: transparent huge pages for the heap where the kernel offers them.
#pragma once

namespace docket::cli {

// Grows the heap once by a few MiB and advises huge pages for it. Call first thing in main, before
// the large allocations; does nothing harmful where THP is off (the advice is then ignored).
void prefer_huge_heap_pages();

}  // namespace docket::cli
