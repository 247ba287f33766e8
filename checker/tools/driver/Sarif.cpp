//===--- Sarif.cpp - The run's findings as a SARIF log ----------*- C++ -*-===//

#include "Sarif.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include <string>

namespace clang::tidy::eventloop {

/// eventloop-sarif: installed beside this program (\p Self), else in the
/// source tree this program was built from.
static std::string findWriter(llvm::StringRef Self) {
  llvm::SmallString<256> Beside(llvm::sys::path::parent_path(Self));
  llvm::sys::path::append(Beside, "eventloop-sarif");
  if (llvm::sys::fs::exists(Beside))
    return std::string(Beside);
  return EVENTLOOP_SARIF_WRITER;
}

llvm::Error writeSarif(llvm::StringRef FixesYaml, llvm::StringRef SarifPath,
                       const char *Argv0, int ExitCode) {
  std::string Self = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&writeSarif));
  std::string Writer = findWriter(Self);
  if (!llvm::sys::fs::exists(Writer))
    return llvm::createStringError("--sarif needs eventloop-sarif, which is "
                                   "not at " +
                                   Writer);
  llvm::ErrorOr<std::string> Python = llvm::sys::findProgramByName("python3");
  if (!Python)
    return llvm::createStringError("--sarif needs python3 on PATH");
  std::string Code = std::to_string(ExitCode);
  llvm::SmallVector<llvm::StringRef, 12> Args = {
      *Python,   Writer,   "--from-fixes", FixesYaml,     "--output",
      SarifPath, "--tool", Self,           "--exit-code", Code};
  std::string Message;
  int Status = llvm::sys::ExecuteAndWait(*Python, Args, /*Env=*/std::nullopt,
                                         /*Redirects=*/{}, /*Seconds=*/0,
                                         /*Memory=*/0, &Message);
  if (Status != 0)
    return llvm::createStringError(
        "eventloop-sarif did not write " + SarifPath.str() +
        (Message.empty() ? std::string() : ": " + Message));
  return llvm::Error::success();
}

} // namespace clang::tidy::eventloop
