//===--- LargeTables.h - Tables of a whole program's size -------*- C++ -*-===//
//
// The link of a large program fills tables of hundreds of MB (a node per
// function, a site per call), each written once, front to back, right after
// it is allocated. Every 4 KiB page of fresh memory costs a page fault on its
// first write, and on a virtual machine a fault costs microseconds: a
// million functions' tables took more time in faults than in the link's own
// work (docs/benchmarks.md). These helpers ask the kernel for huge pages
// (Linux's transparent huge pages, madvise mode: a fault per 2 MiB) for a
// table before it is written. Elsewhere, and where the kernel has none to
// give, they change nothing.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_LARGETABLES_H
#define EVENTLOOP_TIDY_ANALYSIS_LARGETABLES_H

#include <cstddef>
#include <vector>

namespace clang::tidy::eventloop {

/// Advises huge pages for the whole 2 MiB pages inside [Begin, Begin +
/// Bytes): memory that the caller owns and has not written yet.
void adviseHugePages(const void *Begin, size_t Bytes);

/// V.reserve(N), the new storage advised for huge pages.
template <typename T> void reserveLarge(std::vector<T> &V, size_t N) {
  if (N <= V.capacity())
    return;
  V.reserve(N);
  adviseHugePages(V.data(), V.capacity() * sizeof(T));
}

/// V.assign(N, Value), into new storage advised for huge pages.
template <typename T>
void assignLarge(std::vector<T> &V, size_t N, const T &Value) {
  std::vector<T>().swap(V);
  reserveLarge(V, N);
  V.assign(N, Value);
}

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_LARGETABLES_H
