//===--- UnifiedDiff.cpp - A file's edits as a unified diff ---------------===//

#include "UnifiedDiff.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::eventloop {

namespace {

/// Lines that one or more edits replace: old lines [Begin, Begin + Old.size())
/// become New.
struct Change {
  size_t Begin = 0;
  std::vector<llvm::StringRef> Old;
  std::vector<std::string> New;
  size_t end() const { return Begin + Old.size(); }
};

/// The file's lines, by where each starts.
class Lines {
public:
  explicit Lines(llvm::StringRef Code) : Code(Code) {
    Starts.push_back(0);
    for (size_t I = 0; I + 1 < Code.size(); ++I)
      if (Code[I] == '\n')
        Starts.push_back(I + 1);
  }
  size_t size() const { return Starts.size(); }
  /// The line (from 0) that holds offset \p Offset.
  size_t of(size_t Offset) const {
    return llvm::upper_bound(Starts, Offset) - Starts.begin() - 1;
  }
  size_t begin(size_t Line) const { return Starts[Line]; }
  /// Where line \p Line ends, after its newline.
  size_t end(size_t Line) const {
    return Line + 1 < Starts.size() ? Starts[Line + 1] : Code.size();
  }
  llvm::StringRef text(size_t Line) const {
    return Code.slice(begin(Line), end(Line)).rtrim("\r\n");
  }

private:
  llvm::StringRef Code;
  std::vector<size_t> Starts;
};

} // namespace

/// \p Text's lines, without their ends.
template <typename T> static std::vector<T> splitLines(llvm::StringRef Text) {
  std::vector<T> Out;
  if (Text.consume_back("\n"))
    Text.consume_back("\r");
  else if (Text.empty())
    return Out;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Text.split(Parts, '\n');
  for (llvm::StringRef P : Parts)
    Out.push_back(T(P.rtrim('\r')));
  return Out;
}

/// The changes of \p Edits, each the edits that share a line, without the
/// lines that stay the same at either end.
static std::vector<Change> changesOf(llvm::StringRef Code, const Lines &L,
                                     const tooling::Replacements &Edits) {
  std::vector<Change> Out;
  auto It = Edits.begin();
  while (It != Edits.end()) {
    size_t First = L.of(It->getOffset());
    size_t Last = First;
    std::string New;
    size_t At = L.begin(First);
    for (; It != Edits.end() && L.of(It->getOffset()) <= Last; ++It) {
      size_t End = It->getOffset() + It->getLength();
      Last = std::max(Last, L.of(End > It->getOffset() ? End - 1 : End));
      New += Code.slice(At, It->getOffset());
      New += It->getReplacementText();
      At = End;
    }
    New += Code.slice(At, L.end(Last));
    Change C;
    C.Begin = First;
    C.Old =
        splitLines<llvm::StringRef>(Code.slice(L.begin(First), L.end(Last)));
    C.New = splitLines<std::string>(New);
    while (!C.Old.empty() && !C.New.empty() && C.Old.front() == C.New.front()) {
      C.Old.erase(C.Old.begin());
      C.New.erase(C.New.begin());
      ++C.Begin;
    }
    while (!C.Old.empty() && !C.New.empty() && C.Old.back() == C.New.back()) {
      C.Old.pop_back();
      C.New.pop_back();
    }
    if (!C.Old.empty() || !C.New.empty())
      Out.push_back(std::move(C));
  }
  return Out;
}

/// `-3,4` as diff writes a range of lines from 0: an empty range names the
/// line before it.
static std::string range(char Sign, size_t Begin, size_t Count) {
  return std::string(1, Sign) + std::to_string(Count ? Begin + 1 : Begin) +
         "," + std::to_string(Count);
}

std::vector<DiffLine> unifiedDiff(llvm::StringRef Code,
                                  const tooling::Replacements &Edits,
                                  unsigned Context) {
  Lines L(Code);
  std::vector<Change> Changes = changesOf(Code, L, Edits);
  std::vector<DiffLine> Out;
  // How many lines the changes before the hunk added (or removed).
  long Shift = 0;
  for (size_t I = 0; I < Changes.size();) {
    // A hunk: the changes whose context touches or overlaps.
    size_t J = I + 1;
    while (J < Changes.size() &&
           Changes[J].Begin <= Changes[J - 1].end() + 2 * Context)
      ++J;
    size_t Begin = Changes[I].Begin > Context ? Changes[I].Begin - Context : 0;
    size_t End = std::min(L.size(), Changes[J - 1].end() + Context);
    size_t OldCount = End - Begin, NewCount = OldCount;
    for (size_t K = I; K < J; ++K)
      NewCount = NewCount - Changes[K].Old.size() + Changes[K].New.size();
    Out.push_back({'@', "@@ " + range('-', Begin, OldCount) + " " +
                            range('+', Begin + Shift, NewCount) + " @@"});
    size_t Line = Begin;
    for (size_t K = I; K < J; ++K) {
      const Change &C = Changes[K];
      for (; Line < C.Begin; ++Line)
        Out.push_back({' ', L.text(Line).str()});
      for (llvm::StringRef Old : C.Old)
        Out.push_back({'-', Old.str()});
      for (const std::string &New : C.New)
        Out.push_back({'+', New});
      Line = C.end();
      Shift += static_cast<long>(C.New.size()) - C.Old.size();
    }
    for (; Line < End; ++Line)
      Out.push_back({' ', L.text(Line).str()});
    I = J;
  }
  return Out;
}

} // namespace clang::tidy::eventloop
