//===--- ConfiguredOptions.cpp - Options as the user wrote them -----------===//

#include "ConfiguredOptions.h"
#include "../analysis/OffloadTemplate.h"
#include "../analysis/QualifiedName.h"
#include "../fixits/OffloadRewrite.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::eventloop {

std::optional<WrittenOption>
findOption(const ClangTidyOptions::OptionMap &Options, llvm::StringRef Check,
           llvm::StringRef Name) {
  auto Local = Options.find((Check + "." + Name).str());
  auto Global = Options.find(Name);
  // As getLocalOrGlobal: the local key, unless a global one was read from a
  // configuration of higher priority (a .clang-tidy nearer the file).
  bool UseLocal = Local != Options.end() &&
                  (Global == Options.end() ||
                   Local->getValue().Priority >= Global->getValue().Priority);
  if (UseLocal)
    return WrittenOption{Local->getKey().str(), Local->getValue().Value, false};
  if (Global != Options.end())
    return WrittenOption{Global->getKey().str(), Global->getValue().Value,
                         true};
  return std::nullopt;
}

void reportBadOption(ClangTidyContext &Context, llvm::StringRef Check,
                     const WrittenOption &Written,
                     llvm::ArrayRef<llvm::StringLiteral> Readers,
                     llvm::StringRef Why) {
  if (Written.Global) {
    const llvm::StringLiteral *Reporter = llvm::find_if(
        Readers, [&](llvm::StringRef R) { return Context.isCheckEnabled(R); });
    if (Reporter == Readers.end() || *Reporter != Check)
      return;
  }
  Context.configurationDiag("invalid value '%0' for option '%1': %2",
                            DiagnosticIDs::Error)
      << Written.Value << Written.Key << Why;
}

namespace {
struct ListOption {
  const char *Name;
  std::vector<std::string> AnalysisOptions::*Field;
};
const ListOption ListOptions[] = {
    {"CallbackFunctions", &AnalysisOptions::CallbackFunctions},
    {"RegistrationFunctions", &AnalysisOptions::RegistrationFunctions},
    {"OffloadFunctions", &AnalysisOptions::OffloadFunctions},
    {"LoopRunFunctions", &AnalysisOptions::LoopRunFunctions},
    {"BlockingFunctions", &AnalysisOptions::BlockingFunctions},
    {"SyncClientTypes", &AnalysisOptions::SyncClientTypes},
};
} // namespace

AnalysisOptions readAnalysisOptions(
    const ClangTidyOptions::OptionMap &Options, llvm::StringRef Check,
    llvm::function_ref<void(const WrittenOption &, llvm::StringRef Why)>
        OnBad) {
  AnalysisOptions Analysis;
  for (const ListOption &O : ListOptions) {
    std::optional<WrittenOption> Written = findOption(Options, Check, O.Name);
    llvm::StringRef Value =
        Written ? llvm::StringRef(Written->Value) : sharedOptionDefault(O.Name);
    // A bad pattern is left out; the others still apply.
    for (llvm::StringRef Item : utils::options::parseStringList(Value)) {
      Item = Item.trim();
      if (Item.empty())
        continue;
      if (std::string Why = whyNotAPattern(Item); !Why.empty()) {
        OnBad(*Written, Why + "; the pattern is ignored");
        continue;
      }
      (Analysis.*O.Field).push_back(Item.str());
    }
  }
  if (std::optional<WrittenOption> Summary =
          findOption(Options, Check, "ProgramSummary"))
    Analysis.ProgramSummary = Summary->Value;
  // clang-tidy's own spellings of a bool option; the default is the
  // description's (CheckDescriptions.h).
  auto ReadBool = [&](const char *Name, bool &Field) {
    std::optional<WrittenOption> Written = findOption(Options, Check, Name);
    if (!Written)
      return;
    std::optional<bool> Value =
        llvm::StringSwitch<std::optional<bool>>(
            llvm::StringRef(Written->Value).trim().lower())
            .Case("true", true)
            .Case("1", true)
            .Case("false", false)
            .Case("0", false)
            .Default(std::nullopt);
    llvm::StringRef Default = sharedOptionDefault(Name);
    if (!Value)
      OnBad(*Written, ("expected 'true' or 'false'; the default '" + Default +
                       "' is used")
                          .str());
    Field = Value.value_or(Default == "true");
  };
  ReadBool("ReportUserInputModals", Analysis.ReportUserInputModals);
  ReadBool("OneWarningPerDefect", Analysis.OneWarningPerDefect);
  for (llvm::StringRef Offload : OffloadChecks) {
    std::string Template =
        readOffloadSetting(Options, Offload,
                           [](const WrittenOption &, llvm::StringRef) {})
            .Template;
    if (!llvm::is_contained(Analysis.OffloadTemplates, Template))
      Analysis.OffloadTemplates.push_back(std::move(Template));
  }
  return Analysis;
}

void storeAnalysisOptions(const AnalysisOptions &Analysis,
                          const ClangTidyCheck::OptionsView &Options,
                          ClangTidyOptions::OptionMap &Opts) {
  for (const ListOption &O : ListOptions) {
    std::vector<llvm::StringRef> Items((Analysis.*O.Field).begin(),
                                       (Analysis.*O.Field).end());
    Options.store(Opts, O.Name, utils::options::serializeStringList(Items));
  }
  Options.store(Opts, "ProgramSummary", Analysis.ProgramSummary);
  Options.store(Opts, "ReportUserInputModals", Analysis.ReportUserInputModals);
  Options.store(Opts, "OneWarningPerDefect", Analysis.OneWarningPerDefect);
}

OffloadSetting readOffloadSetting(
    const ClangTidyOptions::OptionMap &Options, llvm::StringRef Check,
    llvm::function_ref<void(const WrittenOption &, llvm::StringRef Why)>
        OnBad) {
  OffloadSetting Setting{DefaultOffloadTemplate.str(),
                         DefaultOffloadHeader.str()};
  std::optional<WrittenOption> Template =
      findOption(Options, Check, "OffloadTemplate");
  std::optional<WrittenOption> Header =
      findOption(Options, Check, "OffloadHeader");
  bool Bad = false;
  if (Template) {
    if (std::string Why = OffloadTemplate::whyInvalid(Template->Value);
        !Why.empty()) {
      OnBad(*Template, Why + "; the default template and header are used");
      Bad = true;
    }
  }
  if (Header) {
    if (std::string Why = checkOffloadHeader(Header->Value); !Why.empty()) {
      OnBad(*Header, Why + "; the default template and header are used");
      Bad = true;
    }
  }
  if (Bad)
    return Setting;
  if (Template)
    Setting.Template = Template->Value;
  if (Header)
    Setting.Header = Header->Value;
  return Setting;
}

} // namespace clang::tidy::eventloop
