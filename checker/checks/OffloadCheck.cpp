//===--- OffloadCheck.cpp - A check that offers the offload fix-it --------===//

#include "OffloadCheck.h"
#include "../fixits/OffloadRewrite.h"
#include "clang/Basic/SourceManager.h"
#include <map>
#include <mutex>

namespace clang::tidy::eventloop {

namespace {
/// Headers the offload checks have inserted into the files of a TU. Each
/// check's IncludeInserter inserts a header once per file, but clang-tidy
/// applies the same insertion from two checks twice; so when diagnostics
/// need not stand alone (clang-tidy's --fix, unlike clangd), a header goes
/// in with the first check's fix-it only. Entries live until the TU ends.
class InsertedHeaders {
public:
  /// Records that \p Check inserts \p Header into \p File; false when
  /// another check already does.
  static bool claim(const SourceManager &SM, FileID File, StringRef Header,
                    const void *Check) {
    std::lock_guard<std::mutex> Guard(Lock);
    auto [It, New] = ByTU[&SM].try_emplace({File, Header.str()}, Check);
    return New || It->second == Check;
  }
  static void endOf(const SourceManager &SM) {
    std::lock_guard<std::mutex> Guard(Lock);
    ByTU.erase(&SM);
  }

private:
  static inline std::mutex Lock;
  static inline std::map<const SourceManager *,
                         std::map<std::pair<FileID, std::string>, const void *>>
      ByTU;
};
} // namespace

OffloadCheck::OffloadCheck(StringRef Name, ClangTidyContext *Context)
    : EventLoopCheck(Name, Context),
      Setting(readOffloadSetting(Context->getOptions().CheckOptions, Name,
                                 [&](const WrittenOption &Bad, StringRef Why) {
                                   reportBadOption(*Context, Name, Bad,
                                                   OffloadChecks, Why);
                                 })),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void OffloadCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  EventLoopCheck::storeOptions(Opts);
  Options.store(Opts, "OffloadTemplate", Setting.Template);
  Options.store(Opts, "OffloadHeader", Setting.Header);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void OffloadCheck::registerPPCallbacks(const SourceManager &SM,
                                       Preprocessor *PP,
                                       Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
}

TellSettings OffloadCheck::settings() const {
  TellSettings S = EventLoopCheck::settings();
  S.Offload = OffloadTemplate(Setting.Template);
  return S;
}

void OffloadCheck::addFix(DiagnosticBuilder &D, const Report &R,
                          const UnitAnalysis &Unit, ASTContext &Ctx) {
  std::optional<std::string> Text = R.Fix->text(
      [&](const facts::Span &S) { return Unit.text(R.Fix->Unit, S); });
  CharSourceRange Range = Unit.range(R.Fix->Unit, R.Fix->Range);
  if (!Text || Range.isInvalid())
    return;
  D << FixItHint::CreateReplacement(Range, *Text);
  if (Setting.Header.empty())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  FileID File = SM.getFileID(Range.getBegin());
  if (!areDiagsSelfContained()) {
    LastSourceManager = &SM;
    if (!InsertedHeaders::claim(SM, File, Setting.Header, this))
      return;
  }
  D << Inserter.createIncludeInsertion(File, Setting.Header);
}

void OffloadCheck::onEndOfTranslationUnit() {
  if (LastSourceManager)
    InsertedHeaders::endOf(*LastSourceManager);
  LastSourceManager = nullptr;
  EventLoopCheck::onEndOfTranslationUnit();
}

} // namespace clang::tidy::eventloop
