//===--- HtmlReport.cpp - The findings as a static HTML report ------------===//

#include "HtmlReport.h"
#include "PathHops.h"
#include "ReportIndex.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

namespace clang::tidy::eventloop {

/// The page of \p F: its check without the module's prefix and its
/// fingerprint, whose ":N" (the Nth finding that reads the same) is "-N".
static std::string pageName(const HtmlFinding &F) {
  llvm::StringRef Check = F.R->Check;
  Check.consume_front("eventloop-");
  auto [Print, Nth] = llvm::StringRef(F.Fingerprint).split(':');
  return (Check + "-" + Print + (Nth.empty() ? "" : "-") + Nth).str();
}

/// The folder that holds every file of every path, or "" for none below
/// the root.
static std::string commonFolder(llvm::ArrayRef<HtmlFinding> Findings,
                                const Program &P) {
  std::optional<llvm::StringRef> Root;
  for (const HtmlFinding &F : Findings)
    for (const Hop &H : hopsOf(*F.R, P)) {
      if (H.L.Path.empty())
        continue;
      if (!Root)
        Root = llvm::sys::path::parent_path(H.L.Path);
      while (!Root->empty() &&
             !(H.L.Path.starts_with(*Root) &&
               H.L.Path.drop_front(Root->size()).starts_with("/")))
        Root = llvm::sys::path::parent_path(*Root);
    }
  return Root && *Root != "/" ? Root->str() : std::string();
}

static llvm::Error
writeFile(llvm::StringRef Dir, llvm::StringRef Name,
          llvm::function_ref<void(llvm::raw_ostream &)> Body) {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Name);
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
  if (EC)
    return llvm::createFileError(Path, EC);
  Body(OS);
  OS.close();
  if (OS.has_error())
    return llvm::createFileError(Path, OS.error());
  return llvm::Error::success();
}

/// Removes the finding pages of an earlier report from \p Dir.
static llvm::Error removeOldPages(llvm::StringRef Dir) {
  llvm::Regex Page("^[a-z0-9-]+-[0-9a-f]{32}(-[0-9]+)?\\.html$");
  std::error_code EC;
  std::vector<std::string> Old;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (Page.match(llvm::sys::path::filename(It->path())))
      Old.push_back(It->path());
  if (EC)
    return llvm::createFileError(Dir, EC);
  for (const std::string &Path : Old)
    if (std::error_code Removed = llvm::sys::fs::remove(Path))
      return llvm::createFileError(Path, Removed);
  return llvm::Error::success();
}

llvm::Error writeHtmlReport(llvm::StringRef Dir,
                            llvm::ArrayRef<HtmlFinding> Findings,
                            const Program &P, SourceFiles &Sources) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createFileError(Dir, EC);
  if (llvm::Error E = removeOldPages(Dir))
    return E;
  std::string Root = commonFolder(Findings, P);

  std::vector<IndexEntry> Entries;
  for (const HtmlFinding &F : Findings)
    Entries.push_back({&F, pageName(F) + ".html"});
  if (llvm::Error E = writeFile(Dir, "index.html", [&](llvm::raw_ostream &OS) {
        writeIndex(OS, Entries, P, Root);
      }))
    return E;
  for (const IndexEntry &E : Entries)
    if (llvm::Error Err = writeFile(Dir, E.Page, [&](llvm::raw_ostream &OS) {
          writeFindingPage(OS, *E.F, P, Sources, Root);
        }))
      return Err;
  return llvm::Error::success();
}

} // namespace clang::tidy::eventloop
