//===--- Fixes.cpp - The fix-its of a whole-program run -------------------===//

#include "Fixes.h"
#include "clang/Format/Format.h"
#include "clang/Tooling/Inclusions/HeaderIncludes.h"
#include "llvm/Support/FileSystem.h"

namespace clang::tidy::eventloop {

std::vector<tooling::Replacement> FixSet::editsOf(const Report &R,
                                                  llvm::StringRef Header) {
  std::vector<tooling::Replacement> Edits;
  if (!R.Fix)
    return Edits;
  const OffloadEdit &E = *R.Fix;
  llvm::StringRef Path = P.unit(E.Unit).Files[E.Range.File].Path;
  std::optional<llvm::StringRef> Code = Sources.contents(Path);
  if (!Code)
    return Edits;
  std::optional<std::string> Text =
      E.text([&](const facts::Span &S) -> std::optional<std::string> {
        if (!S.valid() || S.End > Code->size() || S.Begin > S.End ||
            P.unit(E.Unit).Files[S.File].Path != Path)
          return std::nullopt;
        return Code->slice(S.Begin, S.End).str();
      });
  if (!Text || E.Range.End > Code->size())
    return Edits;
  Edits.emplace_back(Path, E.Range.Begin, E.Range.End - E.Range.Begin, *Text);
  if (Header.size() > 2) {
    // Where clang-format would sort it, in the file's own style.
    llvm::Expected<format::FormatStyle> Style =
        format::getStyle("file", Path, "llvm", *Code);
    if (!Style) {
      llvm::consumeError(Style.takeError());
      Style = format::getLLVMStyle();
    }
    tooling::HeaderIncludes Includes(Path, *Code, Style->IncludeStyle);
    if (std::optional<tooling::Replacement> Insert = Includes.insert(
            Header.drop_front().drop_back(), Header.front() == '<',
            tooling::IncludeDirective::Include))
      Edits.push_back(*Insert);
  }
  return Edits;
}

bool FixSet::add(llvm::ArrayRef<tooling::Replacement> Edits) {
  std::map<std::string, tooling::Replacements> Next = ByFile;
  for (const tooling::Replacement &E : Edits) {
    tooling::Replacements &In = Next[E.getFilePath().str()];
    // The same edit twice (two findings, one call; one header) is one.
    if (llvm::is_contained(In, E))
      continue;
    if (llvm::Error Err = In.add(E)) {
      llvm::consumeError(std::move(Err));
      return false;
    }
  }
  ByFile = std::move(Next);
  return true;
}

llvm::Expected<unsigned> FixSet::apply() {
  unsigned Written = 0;
  for (const auto &[Path, Edits] : ByFile) {
    std::optional<llvm::StringRef> Code = Sources.contents(Path);
    if (!Code)
      return llvm::createStringError("cannot read %s", Path.c_str());
    llvm::Expected<std::string> Fixed =
        tooling::applyAllReplacements(*Code, Edits);
    if (!Fixed)
      return Fixed.takeError();
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
    if (EC)
      return llvm::createFileError(Path, EC);
    OS << *Fixed;
    ++Written;
  }
  return Written;
}

} // namespace clang::tidy::eventloop
