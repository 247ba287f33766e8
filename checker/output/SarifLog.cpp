//===--- SarifLog.cpp - Results as a SARIF 2.1.0 log ----------------------===//

#include "SarifLog.h"
#include "../checks/CheckDescriptions.h"
#include "Fingerprint.h"
#include "Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

namespace clang::tidy::eventloop::output {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

constexpr llvm::StringLiteral SourceRootId = "%SRCROOT%";

/// Percent-encodes all but unreserved characters and '/'.
static std::string percentEncoded(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C)) {
      Out += C;
      continue;
    }
    Out += '%';
    Out += llvm::hexdigit(C >> 4);
    Out += llvm::hexdigit(C & 15);
  }
  return Out;
}

static std::string fileUri(llvm::StringRef Path, bool Directory = false) {
  std::string Uri = "file://" + percentEncoded(Path);
  if (Directory && !llvm::StringRef(Uri).ends_with("/"))
    Uri += '/';
  return Uri;
}

bool isAbsoluteUri(llvm::StringRef Uri) {
  auto [Scheme, Rest] = Uri.split(':');
  return Scheme.size() < Uri.size() && !Scheme.empty() &&
         llvm::isAlpha(Scheme[0]) &&
         llvm::all_of(
             Scheme,
             [](char C) {
               return llvm::isAlnum(C) || C == '+' || C == '-' || C == '.';
             });
}

namespace {

/// Builds the parts of one log.
class LogWriter {
public:
  LogWriter(const SarifRun &Run, SourceFiles &Sources)
      : Run(Run), Sources(Sources) {}

  Value log(llvm::ArrayRef<Result> Results);

private:
  Object artifact(llvm::StringRef File) {
    if (std::optional<std::string> Relative = underRoot(File, Run.SourceRoot))
      return Object{{"uri", percentEncoded(*Relative)},
                    {"uriBaseId", SourceRootId}};
    return Object{{"uri", fileUri(File)}};
  }
  std::optional<Object> region(const Place &At);
  Object location(const Message &M, bool WithText);
  std::optional<Value> fix(llvm::StringRef Description,
                           llvm::ArrayRef<tooling::Replacement> Edits);
  Value result(const Result &R, unsigned RuleIndex,
               llvm::StringRef Fingerprint);
  Array rules(llvm::ArrayRef<Result> Placed);
  /// UTF-16 offset of byte \p Offset of \p Text.
  static unsigned units(llvm::StringRef Text, unsigned Offset) {
    return utf16Length(Text.take_front(Offset));
  }

  const SarifRun &Run;
  SourceFiles &Sources;
};

} // namespace

std::optional<Object> LogWriter::region(const Place &At) {
  std::optional<llvm::StringRef> Text = Sources.contents(At.File);
  std::optional<unsigned> Offset = At.Offset;
  if (!Offset && At.Line && Text)
    Offset = Sources.offsetOf(At.File, At.Line, At.Column);
  if (!Text || !Offset) {
    // A file that cannot be read: clang's byte column is the best there is.
    if (At.Line)
      return Object{{"startLine", At.Line}, {"startColumn", At.Column}};
    return std::nullopt;
  }
  unsigned Start = std::min<size_t>(*Offset, Text->size());
  auto [Line, Column] = *Sources.lineColumn(At.File, Start);
  unsigned LineStart = Start - (Column - 1);
  // The end: the range clang highlights from here on this line, else the
  // token here (an identifier, or one character).
  unsigned End = Start;
  for (const auto &[RangeStart, Length] : At.Ranges)
    if (RangeStart == Start && Length > 0 &&
        !Text->substr(Start, Length).contains('\n')) {
      End = Start + Length;
      break;
    }
  if (End == Start && End < Text->size()) {
    auto Identifier = [](char C) {
      return llvm::isAlnum(C) || C == '_' || C == '$' ||
             static_cast<unsigned char>(C) >= 0x80;
    };
    if (Identifier((*Text)[End])) {
      while (End < Text->size() && Identifier((*Text)[End]))
        ++End;
    } else if ((*Text)[End] != '\n' && (*Text)[End] != '\r') {
      ++End;
      while (End < Text->size() &&
             (static_cast<unsigned char>((*Text)[End]) & 0xC0) == 0x80)
        ++End;
    }
  }
  unsigned StartColumn = utf16Length(Text->slice(LineStart, Start)) + 1;
  return Object{
      {"startLine", Line},
      {"startColumn", StartColumn},
      {"endLine", Line},
      {"endColumn", StartColumn + utf16Length(Text->slice(Start, End))}};
}

Object LogWriter::location(const Message &M, bool WithText) {
  Object Loc;
  if (!M.At.File.empty()) {
    Object Physical{{"artifactLocation", artifact(M.At.File)}};
    if (std::optional<Object> R = region(M.At))
      Physical["region"] = std::move(*R);
    Loc["physicalLocation"] = std::move(Physical);
  }
  if (WithText)
    Loc["message"] = Object{{"text", M.Text}};
  return Loc;
}

std::optional<Value>
LogWriter::fix(llvm::StringRef Description,
               llvm::ArrayRef<tooling::Replacement> Edits) {
  // Per file, in the order files first appear; in a file, by place.
  std::vector<std::string> Order;
  std::map<std::string, std::vector<const tooling::Replacement *>> ByFile;
  for (const tooling::Replacement &E : Edits) {
    if (E.getFilePath().empty())
      continue;
    auto [It, New] = ByFile.try_emplace(E.getFilePath().str());
    if (New)
      Order.push_back(E.getFilePath().str());
    It->second.push_back(&E);
  }
  Array Changes;
  for (const std::string &File : Order) {
    std::vector<const tooling::Replacement *> &List = ByFile[File];
    // By place; edits at one place in their order (they point into one
    // array).
    llvm::sort(List, [](const auto *A, const auto *B) {
      return std::make_tuple(A->getOffset(), A->getLength(), A) <
             std::make_tuple(B->getOffset(), B->getLength(), B);
    });
    std::optional<llvm::StringRef> Text = Sources.contents(File);
    Array Replacements;
    for (const tooling::Replacement *E : List) {
      unsigned Offset = E->getOffset(), Length = E->getLength();
      unsigned CharOffset = Text ? units(*Text, Offset) : Offset;
      unsigned CharLength =
          Text ? units(*Text, Offset + Length) - CharOffset : Length;
      Replacements.push_back(
          Object{{"deletedRegion", Object{{"charOffset", CharOffset},
                                          {"charLength", CharLength},
                                          {"byteOffset", Offset},
                                          {"byteLength", Length}}},
                 {"insertedContent",
                  Object{{"text", E->getReplacementText().str()}}}});
    }
    Changes.push_back(Object{{"artifactLocation", artifact(File)},
                             {"replacements", std::move(Replacements)}});
  }
  if (Changes.empty())
    return std::nullopt;
  return Value(Object{{"description", Object{{"text", Description.str()}}},
                      {"artifactChanges", std::move(Changes)}});
}

Value LogWriter::result(const Result &R, unsigned RuleIndex,
                        llvm::StringRef Fingerprint) {
  Object Res{{"ruleId", R.Check},
             {"ruleIndex", RuleIndex},
             {"level", R.Level},
             {"message", Object{{"text", R.Main.Text}}},
             {"locations", Array{location(R.Main, false)}},
             {"partialFingerprints",
              Object{{"eventloopFingerprint/v1", Fingerprint.str()}}}};
  Array Related, Flow;
  for (size_t I = 0; I < R.Notes.size(); ++I) {
    const Message &N = R.Notes[I];
    if (Related.size() < MaxLocationsPerResult - 1) {
      Object L = location(N, true);
      L["id"] = I + 1;
      Related.push_back(std::move(L));
    }
    if (N.Role && onPath(*N.Role) && Flow.size() < MaxFlowLocations)
      Flow.push_back(Object{{"location", location(N, true)}});
  }
  if (!Related.empty())
    Res["relatedLocations"] = std::move(Related);
  if (!Flow.empty())
    Res["codeFlows"] = Array{
        Object{{"threadFlows", Array{Object{{"locations", std::move(Flow)}}}}}};
  Array Fixes;
  if (std::optional<Value> F =
          fix(("Apply the fix-it of " + R.Check), R.Main.Fix))
    Fixes.push_back(std::move(*F));
  for (const Message &N : R.Notes)
    if (std::optional<Value> F = fix(N.Text, N.Fix))
      Fixes.push_back(std::move(*F));
  if (!Fixes.empty())
    Res["fixes"] = std::move(Fixes);
  return Res;
}

Array LogWriter::rules(llvm::ArrayRef<Result> Placed) {
  Array Rules;
  for (const CheckDescription &D : CheckDescriptions) {
    std::string Uri = Run.DocsBase + D.Page.str();
    Object Options;
    for (const OptionDescription &O : optionsOf(D))
      Options[O.Name] = O.Default.str();
    Rules.push_back(Object{
        {"id", D.Name},
        {"name", D.RuleName},
        {"shortDescription", Object{{"text", D.Summary}}},
        {"fullDescription", Object{{"text", D.Description}}},
        {"help",
         Object{
             {"text", (D.Summary + " " + D.Description + " See " + Uri).str()},
             {"markdown", (D.Summary + "\n\n" + D.Description + "\n\nSee [" +
                           D.Name + "](" + Uri + ").")
                              .str()}}},
        {"helpUri", Uri},
        {"defaultConfiguration", Object{{"level", "warning"}}},
        {"properties", Object{{"tags", Array{"concurrency", "event-loop"}},
                              {"fixIts", D.FixIts},
                              {"options", std::move(Options)}}}});
  }
  std::set<std::string> Others;
  for (const Result &R : Placed)
    if (!describeCheck(R.Check))
      Others.insert(R.Check);
  for (const std::string &Id : Others) {
    Object Rule{{"id", Id}};
    llvm::StringRef Rest(Id);
    if (Rest.consume_front("clang-diagnostic-")) {
      Rule["shortDescription"] =
          Object{{"text", ("A compiler diagnostic (" + Rest + ").").str()}};
    } else if (auto [Group, Name] = Rest.split('-'); !Name.empty()) {
      if (Group == "clang" && Name.consume_front("analyzer-"))
        Group = "clang-analyzer";
      Rule["shortDescription"] =
          Object{{"text", "The clang-tidy check " + Id + "."}};
      Rule["helpUri"] = ("https://clang.llvm.org/extra/clang-tidy/checks/" +
                         Group + "/" + Name + ".html")
                            .str();
    } else {
      Rule["shortDescription"] = Object{{"text", Id}};
    }
    Rules.push_back(std::move(Rule));
  }
  return Rules;
}

Value LogWriter::log(llvm::ArrayRef<Result> Results) {
  std::vector<Result> Placed;
  Array Notifications;
  for (const Result &R : Results) {
    if (!R.Main.At.File.empty()) {
      Placed.push_back(R);
      continue;
    }
    // A diagnostic without a place says the run failed, not that the code
    // is wrong; code scanning needs a place for every result.
    Notifications.push_back(Object{{"level", R.Level},
                                   {"message", Object{{"text", R.Main.Text}}},
                                   {"descriptor", Object{{"id", R.Check}}}});
  }
  if (Placed.size() > MaxResults) {
    Notifications.push_back(Object{
        {"level", "warning"},
        {"message",
         Object{{"text", llvm::formatv("{0} results after the first {1} are "
                                       "left out: GitHub code scanning "
                                       "rejects a run with more",
                                       Placed.size() - MaxResults, MaxResults)
                             .str()}}},
        {"descriptor", Object{{"id", "eventloop-sarif"}}}});
    Placed.resize(MaxResults);
  }
  Array Rules = rules(Placed);
  std::map<std::string, unsigned> Index;
  for (size_t I = 0; I < Rules.size(); ++I)
    Index[Rules[I].getAsObject()->getString("id")->str()] = I;
  std::vector<std::string> Prints = fingerprints(Placed, Run.SourceRoot);
  Array Out;
  for (size_t I = 0; I < Placed.size(); ++I)
    Out.push_back(result(Placed[I], Index[Placed[I].Check], Prints[I]));

  Object Driver{{"name", "eventloop-tidy"},
                {"informationUri", Run.DocsBase},
                {"version", EVENTLOOP_TIDY_VERSION},
                {"semanticVersion", EVENTLOOP_TIDY_VERSION},
                {"rules", std::move(Rules)}};
  if (!Run.LlvmVersion.empty())
    Driver["properties"] = Object{{"llvmVersion", Run.LlvmVersion}};
  Object Invocation{{"executionSuccessful", Run.ExitCode == 0},
                    {"exitCode", Run.ExitCode}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);
  Object SarifRunObject{
      {"tool", Object{{"driver", std::move(Driver)}}},
      {"invocations", Array{std::move(Invocation)}},
      {"originalUriBaseIds",
       Object{{SourceRootId, Object{{"uri", fileUri(Run.SourceRoot, true)}}}}},
      {"columnKind", "utf16CodeUnits"},
      {"results", std::move(Out)}};
  return Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Array{std::move(SarifRunObject)}}};
}

llvm::json::Value sarifLog(llvm::ArrayRef<Result> Results, const SarifRun &Run,
                           SourceFiles &Sources) {
  return LogWriter(Run, Sources).log(Results);
}

llvm::Error writeJson(const llvm::json::Value &Log, llvm::StringRef Path) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return llvm::createFileError(Path, EC);
  OS << llvm::formatv("{0:2}", Log) << '\n';
  if (OS.has_error())
    return llvm::createFileError(Path, OS.error());
  return llvm::Error::success();
}

} // namespace clang::tidy::eventloop::output
