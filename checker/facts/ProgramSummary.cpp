//===--- ProgramSummary.cpp - The facts of every TU, for the editor -------===//

#include "ProgramSummary.h"
#include "llvm/Support/LEB128.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::eventloop::facts {

constexpr llvm::StringLiteral Magic = "ELTP";
constexpr uint8_t Version = 1;

std::string writeSummary(llvm::ArrayRef<llvm::StringRef> Units) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << Magic << static_cast<char>(Version);
  llvm::encodeULEB128(Units.size(), OS);
  for (llvm::StringRef U : Units) {
    llvm::encodeULEB128(U.size(), OS);
    OS << U;
  }
  return Out;
}

llvm::Expected<std::unique_ptr<LoadedSummary>>
readSummary(std::unique_ptr<llvm::MemoryBuffer> Buffer,
            uint64_t ModelsVersion) {
  auto Out = std::make_unique<LoadedSummary>();
  Out->Buffer = std::move(Buffer);
  llvm::StringRef Data = Out->Buffer->getBuffer();
  std::string Name = Out->Buffer->getBufferIdentifier().str();
  auto Bad = [&](const char *Why) {
    return llvm::createStringError("%s: %s", Name.c_str(), Why);
  };
  if (!Data.starts_with(Magic) || Data.size() < Magic.size() + 1 ||
      static_cast<uint8_t>(Data[Magic.size()]) != Version)
    return Bad("not a program summary of this version of eventloop-tidy");
  const uint8_t *At =
      reinterpret_cast<const uint8_t *>(Data.data()) + Magic.size() + 1;
  const uint8_t *End = reinterpret_cast<const uint8_t *>(Data.end());
  auto Leb = [&](uint64_t &V) {
    unsigned N = 0;
    const char *Error = nullptr;
    V = llvm::decodeULEB128(At, &N, End, &Error);
    At += N;
    return Error == nullptr;
  };
  uint64_t Count = 0;
  if (!Leb(Count) || Count > Data.size())
    return Bad("the program summary is damaged");
  for (uint64_t I = 0; I < Count; ++I) {
    uint64_t Size = 0;
    if (!Leb(Size) || Size > static_cast<uint64_t>(End - At))
      return Bad("the program summary is damaged");
    llvm::StringRef Unit(reinterpret_cast<const char *>(At), Size);
    At += Size;
    auto Loaded = readFacts(
        llvm::MemoryBuffer::getMemBuffer(Unit, Name, /*RequiresNull=*/false));
    if (!Loaded)
      return Loaded.takeError();
    Out->Units.push_back(std::move(*Loaded));
  }
  if (At != End)
    return Bad("the program summary is damaged");
  // Facts of another build of the tool may mean something else.
  for (const auto &U : Out->Units)
    if (factsVersion(U->Buffer->getBuffer()) != ModelsVersion)
      return Bad("the program summary was written by another build of "
                 "eventloop-tidy; run run-eventloop-tidy again");
  return std::move(Out);
}

} // namespace clang::tidy::eventloop::facts
