//===--- ConfiguredOptions.h - Options as the user wrote them ---*- C++ -*-===//
//
// Several eventloop checks read the same options, and a global key serves
// them all. A bad value is reported once, under the key the user wrote, and
// each check goes on with the default.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_CONFIGUREDOPTIONS_H
#define EVENTLOOP_TIDY_CHECKS_CONFIGUREDOPTIONS_H

#include "../analysis/AnalysisOptions.h"
#include "CheckDescriptions.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <optional>
#include <string>

namespace clang::tidy::eventloop {

/// Every eventloop check, in the order in which they take the turn to report
/// a bad global option.
constexpr llvm::StringLiteral AllChecks[] = {
    BlockingCallCheckName, ReentrantRunCheckName, SyncClientCheckName};
/// The checks whose fix-it moves a call onto another thread.
constexpr llvm::StringLiteral OffloadChecks[] = {ReentrantRunCheckName,
                                                 SyncClientCheckName};

/// One option's value and the key it was found under.
struct WrittenOption {
  /// "eventloop-reentrant-run.OffloadTemplate", or "OffloadTemplate".
  std::string Key;
  std::string Value;
  bool Global = false;
};

/// The value of option \p Name for check \p Check, found the way
/// ClangTidyCheck's getLocalOrGlobal finds it, with the key it was under.
std::optional<WrittenOption>
findOption(const ClangTidyOptions::OptionMap &Options, llvm::StringRef Check,
           llvm::StringRef Name);

/// Reports that \p Written holds a bad value, as a configuration error, by
/// one check only: the check's own key by that check, a global key by the
/// first enabled one of \p Readers (the checks that read it).
void reportBadOption(ClangTidyContext &Context, llvm::StringRef Check,
                     const WrittenOption &Written,
                     llvm::ArrayRef<llvm::StringLiteral> Readers,
                     llvm::StringRef Why);

/// The options that extend the models (AnalysisOptions) as configured for
/// \p Check, local or global; a bad pattern is left out, and \p OnBad is
/// called for it. The offload templates of both offload checks are in it:
/// code they wrote is off the loop for every check.
AnalysisOptions readAnalysisOptions(
    const ClangTidyOptions::OptionMap &Options, llvm::StringRef Check,
    llvm::function_ref<void(const WrittenOption &, llvm::StringRef Why)> OnBad);

/// Writes \p Analysis's lists back, for --dump-config.
void storeAnalysisOptions(const AnalysisOptions &Analysis,
                          const ClangTidyCheck::OptionsView &Options,
                          ClangTidyOptions::OptionMap &Opts);

/// The offload fix-it's template and header as configured for \p Check
/// (OffloadTemplate, OffloadHeader, local or global). Both fall back to
/// their defaults when either is bad, so that fixed code keeps compiling;
/// \p OnBad is called for each bad one.
struct OffloadSetting {
  std::string Template;
  std::string Header;
};
OffloadSetting readOffloadSetting(
    const ClangTidyOptions::OptionMap &Options, llvm::StringRef Check,
    llvm::function_ref<void(const WrittenOption &, llvm::StringRef Why)> OnBad);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_CONFIGUREDOPTIONS_H
