//===--- ConfiguredOptions.cpp - Options as the user wrote them -----------===//

#include "ConfiguredOptions.h"
#include "../analysis/OffloadTemplate.h"
#include "../fixits/OffloadRewrite.h"

namespace clang::tidy::eventloop {

std::optional<WrittenOption>
findOption(const ClangTidyOptions::OptionMap &Options, llvm::StringRef Check,
           llvm::StringRef Name) {
  auto Local = Options.find((Check + "." + Name).str());
  auto Global = Options.find(Name);
  // As getLocalOrGlobal: the local key, unless a global one was read from a
  // configuration of higher priority (a .clang-tidy nearer the file).
  bool UseLocal =
      Local != Options.end() &&
      (Global == Options.end() ||
       Local->getValue().Priority >= Global->getValue().Priority);
  if (UseLocal)
    return WrittenOption{Local->getKey().str(), Local->getValue().Value,
                         false};
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
