//===--- LargeTables.cpp - Tables of a whole program's size ---------------===//

#include "LargeTables.h"
#include <cstdint>
#ifdef __linux__
#include <sys/mman.h>
#endif

namespace clang::tidy::eventloop {

void adviseHugePages(const void *Begin, size_t Bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr uintptr_t Huge = uintptr_t(2) << 20;
  uintptr_t From =
      (reinterpret_cast<uintptr_t>(Begin) + Huge - 1) & ~(Huge - 1);
  uintptr_t To = (reinterpret_cast<uintptr_t>(Begin) + Bytes) & ~(Huge - 1);
  // Advice only: a kernel without transparent huge pages refuses it, and
  // the table is then made of small pages as before.
  if (To > From)
    (void)madvise(reinterpret_cast<void *>(From), To - From, MADV_HUGEPAGE);
#else
  (void)Begin;
  (void)Bytes;
#endif
}

} // namespace clang::tidy::eventloop
