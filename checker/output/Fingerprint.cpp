//===--- Fingerprint.cpp - A finding's identity across edits --------------===//

#include "Fingerprint.h"
#include "SourceFiles.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/SHA256.h"

namespace clang::tidy::eventloop::output {

std::string normalisedText(llvm::StringRef Text) {
  std::string Out;
  for (size_t I = 0; I < Text.size();) {
    char C = Text[I];
    if (llvm::isDigit(C) || llvm::isSpace(C)) {
      bool Digit = llvm::isDigit(C);
      while (I < Text.size() &&
             (Digit ? llvm::isDigit(Text[I]) : llvm::isSpace(Text[I])))
        ++I;
      Out += Digit ? '0' : ' ';
      continue;
    }
    Out += C;
    ++I;
  }
  return llvm::StringRef(Out).trim().str();
}

std::vector<std::string> fingerprints(llvm::ArrayRef<Result> Results,
                                      llvm::StringRef SourceRoot) {
  std::vector<std::string> Out;
  llvm::StringMap<unsigned> Seen;
  for (const Result &R : Results) {
    llvm::SHA256 Hash;
    auto Add = [&](llvm::StringRef Part) {
      Hash.update(Part);
      Hash.update(llvm::ArrayRef<uint8_t>{0});
    };
    Add(R.Check);
    Add(underRoot(R.Main.At.File, SourceRoot).value_or(R.Main.At.File));
    Add(R.Function);
    Add(normalisedText(R.Main.Text));
    // The path, in the words of its notes: which functions it goes
    // through, not where they are.
    for (const Message &N : R.Notes)
      if (N.Role && onPath(*N.Role))
        Add(normalisedText(N.Text));
    std::array<uint8_t, 32> Digest = Hash.final();
    std::string Print =
        llvm::toHex(llvm::ArrayRef<uint8_t>(Digest).take_front(16),
                    /*LowerCase=*/true);
    unsigned N = ++Seen[Print];
    Out.push_back(N == 1 ? Print : Print + ":" + std::to_string(N));
  }
  return Out;
}

} // namespace clang::tidy::eventloop::output
