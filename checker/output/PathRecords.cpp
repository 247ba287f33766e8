//===--- PathRecords.cpp - Each finding's path, as data -------------------===//

#include "PathRecords.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::eventloop {

std::string pathRecordsFile() {
  return llvm::sys::Process::GetEnv(PathRecordsVariable).value_or("");
}

llvm::Error appendPathRecord(llvm::StringRef File, const PathRecord &R) {
  llvm::json::Array Notes;
  for (const auto &[Text, Role] : R.Notes)
    Notes.push_back(
        llvm::json::Object{{"message", Text}, {"role", roleName(Role)}});
  std::string Line;
  llvm::raw_string_ostream OS(Line);
  OS << llvm::json::Value(llvm::json::Object{{"check", R.Check},
                                             {"file", R.File},
                                             {"offset", R.Offset},
                                             {"message", R.Message},
                                             {"function", R.Function},
                                             {"notes", std::move(Notes)}})
     << '\n';
  int FD;
  if (std::error_code EC = llvm::sys::fs::openFileForWrite(
          File, FD, llvm::sys::fs::CD_OpenAlways, llvm::sys::fs::OF_Append))
    return llvm::createFileError(File, EC);
  // One write, so that records of processes running at once do not mix.
  llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true, /*unbuffered=*/true);
  Out << Line;
  if (Out.has_error())
    return llvm::createFileError(File, Out.error());
  return llvm::Error::success();
}

static llvm::Expected<PathRecord> parseRecord(llvm::StringRef Line) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Line);
  if (!V)
    return V.takeError();
  const llvm::json::Object *O = V->getAsObject();
  auto Bad = [](llvm::StringRef What) {
    return llvm::createStringError("a path record " + What);
  };
  if (!O)
    return Bad("is not an object");
  PathRecord R;
  auto Text = [&](llvm::StringRef Key, std::string &To) {
    std::optional<llvm::StringRef> S = O->getString(Key);
    if (S)
      To = S->str();
    return S.has_value();
  };
  std::optional<int64_t> Offset = O->getInteger("offset");
  if (!Text("check", R.Check) || !Text("file", R.File) ||
      !Text("message", R.Message) || !Text("function", R.Function) || !Offset ||
      *Offset < 0)
    return Bad("lacks its check, file, offset, message or function");
  R.Offset = *Offset;
  const llvm::json::Array *Notes = O->getArray("notes");
  if (!Notes)
    return Bad("lacks its notes");
  for (const llvm::json::Value &N : *Notes) {
    const llvm::json::Object *NO = N.getAsObject();
    std::optional<llvm::StringRef> Message =
        NO ? NO->getString("message") : std::nullopt;
    std::optional<llvm::StringRef> RoleName =
        NO ? NO->getString("role") : std::nullopt;
    std::optional<NoteRole> Role =
        RoleName ? parseRole(*RoleName) : std::nullopt;
    if (!Message || !Role)
      return Bad("has a note without its message or a known role");
    R.Notes.push_back({Message->str(), *Role});
  }
  return R;
}

llvm::Expected<std::vector<PathRecord>> readPathRecords(llvm::StringRef File) {
  std::vector<PathRecord> Records;
  if (!llvm::sys::fs::exists(File))
    return Records;
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return llvm::createFileError(File, Buffer.getError());
  llvm::SmallVector<llvm::StringRef> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (size_t I = 0; I < Lines.size(); ++I) {
    llvm::Expected<PathRecord> R = parseRecord(Lines[I]);
    if (!R)
      return llvm::createFileError(File, I + 1, R.takeError());
    Records.push_back(std::move(*R));
  }
  return Records;
}

/// The real path of \p File, or \p File when it has none.
static std::string realPath(llvm::StringRef File) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(File, Real))
    return File.str();
  return std::string(Real);
}

PathRecord pathRecordOf(const output::Result &R) {
  PathRecord Record;
  Record.Check = R.Check;
  Record.File = realPath(R.Main.At.File);
  Record.Offset = R.Main.At.Offset.value_or(0);
  Record.Message = R.Main.Text;
  Record.Function = R.Function;
  for (const output::Message &N : R.Notes)
    if (N.Role)
      Record.Notes.push_back({N.Text, *N.Role});
  return Record;
}

void attachRecords(std::vector<output::Result> &Results,
                   llvm::ArrayRef<PathRecord> Records) {
  // The same warning: same check, message and file, and the same offset if
  // one record there has it (clang-tidy may place a warning in a macro
  // differently from the check's file location).
  auto Key = [](llvm::StringRef Check, llvm::StringRef File,
                llvm::StringRef Message) {
    return (Check + "\n" + File + "\n" + Message).str();
  };
  llvm::StringMap<std::vector<const PathRecord *>> ByWarning;
  for (const PathRecord &R : Records)
    ByWarning[Key(R.Check, R.File, R.Message)].push_back(&R);
  for (output::Result &Res : Results) {
    if (Res.Main.At.File.empty())
      continue;
    auto It = ByWarning.find(
        Key(Res.Check, realPath(Res.Main.At.File), Res.Main.Text));
    if (It == ByWarning.end())
      continue;
    const PathRecord *R = It->second.front();
    for (const PathRecord *Candidate : It->second)
      if (Res.Main.At.Offset && Candidate->Offset == *Res.Main.At.Offset)
        R = Candidate;
    Res.Function = R->Function;
    // The record's notes are the result's in order; others come between.
    size_t Next = 0;
    for (output::Message &N : Res.Notes)
      if (Next < R->Notes.size() && N.Text == R->Notes[Next].first)
        N.Role = R->Notes[Next++].second;
  }
}

} // namespace clang::tidy::eventloop
