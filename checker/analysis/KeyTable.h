//===--- KeyTable.h - Nodes by the key of their function --------*- C++ -*-===//
//
// The link looks up each function of each unit by its key (a USR), once to
// make the nodes and again for the declarations: a million functions are
// two million lookups in no order, into a table of millions of slots. A
// llvm::DenseMap<StringRef, unsigned> keeps each key in its bucket (24
// bytes a slot). This table keeps the node and 32 bits of the key's hash (8
// bytes a slot) and takes a node's key from the caller, who has it: a third
// of the memory to fault in and to miss in the cache, in storage advised
// for huge pages (LargeTables.h). Open addressing with triangular probing
// over a power of two, at most three quarters full; its size is set once,
// and nothing is erased.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_KEYTABLE_H
#define EVENTLOOP_TIDY_ANALYSIS_KEYTABLE_H

#include "LargeTables.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/xxhash.h"
#include <cstdint>
#include <utility>
#include <vector>

namespace clang::tidy::eventloop {

class KeyTable {
public:
  static constexpr unsigned None = ~0u;

  /// Room for \p N keys, the most it will hold: the link knows how many
  /// functions its units have. Empties the table.
  void reserve(size_t N) {
    assignLarge(Slots, llvm::NextPowerOf2(N * 4 / 3 + 1), Slot{0, None});
    Capacity = N;
    Count = 0;
  }

  /// The value under \p Key, or None; \p KeyOf gives a value's key.
  template <typename KeyOfFn>
  unsigned find(llvm::StringRef Key, const KeyOfFn &KeyOf) const {
    if (Slots.empty())
      return None;
    return Slots[probe(Key, KeyOf).Index].Value;
  }

  /// Puts \p Value under \p Key unless a value is there: the value under
  /// \p Key afterwards, and whether it is \p Value, new.
  template <typename KeyOfFn>
  std::pair<unsigned, bool> insert(llvm::StringRef Key, unsigned Value,
                                   const KeyOfFn &KeyOf) {
    if (Slots.empty())
      llvm::report_fatal_error("KeyTable: insert before reserve");
    auto [Index, Tag] = probe(Key, KeyOf);
    Slot &S = Slots[Index];
    if (S.Value != None)
      return {S.Value, false};
    if (Count == Capacity)
      llvm::report_fatal_error("KeyTable: more keys than reserved");
    S = {Tag, Value};
    ++Count;
    return {Value, true};
  }

private:
  struct Slot {
    uint32_t Tag; ///< the high half of the key's hash
    unsigned Value;
  };
  struct Probe {
    size_t Index;
    uint32_t Tag;
  };

  /// The slot that holds \p Key, or the empty one where it would go, and
  /// the key's tag.
  template <typename KeyOfFn>
  Probe probe(llvm::StringRef Key, const KeyOfFn &KeyOf) const {
    uint64_t Hash = llvm::xxh3_64bits(Key);
    uint32_t Tag = Hash >> 32;
    size_t Mask = Slots.size() - 1;
    // Triangular steps over a power of two visit every slot; a quarter of
    // them at least is empty.
    for (size_t I = Hash & Mask, Step = 1;; I = (I + Step++) & Mask) {
      const Slot &S = Slots[I];
      if (S.Value == None || (S.Tag == Tag && KeyOf(S.Value) == Key))
        return {I, Tag};
    }
  }

  std::vector<Slot> Slots;
  size_t Capacity = 0, Count = 0;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_KEYTABLE_H
