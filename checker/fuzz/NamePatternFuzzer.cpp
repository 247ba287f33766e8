//===--- NamePatternFuzzer.cpp - libFuzzer over qualified-name patterns ---===//
//
// An input is a pattern of the options (BlockingFunctions: 'ns::*_sync'), a
// newline, and a qualified name. Run with -timeout: a pattern whose matching
// is not linear in the name's length shows up as a hang. Every answer is
// also checked against a plain dynamic-programming matcher of the same
// rules (QualifiedName.h and Model.h).
//
//===----------------------------------------------------------------------===//

#include "../analysis/QualifiedName.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace clang::tidy::eventloop;

namespace {

/// `a::b::c` as its parts; a trailing `::` adds no empty part.
std::vector<llvm::StringRef> parts(llvm::StringRef Text) {
  std::vector<llvm::StringRef> Out;
  while (!Text.empty()) {
    auto [Head, Tail] = Text.split("::");
    Out.push_back(Head);
    Text = Tail;
  }
  return Out;
}

/// Glob match of one part, `*` matching any run of characters: O(P * N).
bool globPart(llvm::StringRef P, llvm::StringRef N) {
  // Row I: can P[0, I) match N[0, J)?
  std::vector<char> Row(N.size() + 1, 0), Next(N.size() + 1);
  Row[0] = 1;
  for (size_t I = 0; I < P.size(); ++I) {
    Next.assign(N.size() + 1, 0);
    for (size_t J = 0; J <= N.size(); ++J) {
      if (P[I] == '*')
        Next[J] = Row[J] || (J > 0 && Next[J - 1]);
      else
        Next[J] = J > 0 && Row[J - 1] && P[I] == N[J - 1];
    }
    Row.swap(Next);
  }
  return Row[N.size()];
}

/// The reference: `**` matches any number of name parts, any other part
/// exactly one; a pattern not anchored by a leading `::` begins with `**`.
bool reference(llvm::StringRef Pattern, llvm::StringRef Name) {
  std::vector<llvm::StringRef> P;
  if (!Pattern.consume_front("::"))
    P.push_back("**");
  for (llvm::StringRef Part : parts(Pattern))
    P.push_back(Part);
  std::vector<llvm::StringRef> N = parts(Name);
  // Row I: can P[0, I) match N[0, J)?
  std::vector<char> Row(N.size() + 1, 0), Next(N.size() + 1);
  Row[0] = 1;
  for (llvm::StringRef Part : P) {
    Next.assign(N.size() + 1, 0);
    for (size_t J = 0; J <= N.size(); ++J) {
      if (Part == "**")
        Next[J] = Row[J] || (J > 0 && Next[J - 1]);
      else
        Next[J] = J > 0 && Row[J - 1] && globPart(Part, N[J - 1]);
    }
    Row.swap(Next);
  }
  return Row[N.size()];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Input(reinterpret_cast<const char *>(Data), Size);
  auto [Pattern, Name] = Input.split('\n');
  (void)whyNotAPattern(Pattern);
  (void)patternKey(Pattern);
  (void)matchesAnyName(Pattern, Name);
  bool Matches = matchesName(Pattern, Name);
  if (Matches != reference(Pattern, Name)) {
    llvm::errs() << "matchesName('" << Pattern << "', '" << Name
                 << "') = " << Matches << ", the reference says otherwise\n";
    std::abort();
  }
  return 0;
}
