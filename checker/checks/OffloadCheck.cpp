//===--- OffloadCheck.cpp - A check that offers the offload fix-it --------===//

#include "OffloadCheck.h"
#include "../fixits/OffloadRewrite.h"

namespace clang::tidy::eventloop {

OffloadCheck::OffloadCheck(StringRef Name, ClangTidyContext *Context)
    : EventLoopCheck(Name, Context),
      OffloadTemplate(Options.get("OffloadTemplate", DefaultOffloadTemplate)),
      OffloadHeader(Options.get("OffloadHeader", DefaultOffloadHeader)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  if (std::string Why = checkOffloadTemplate(OffloadTemplate); !Why.empty()) {
    configurationDiag("invalid value '%0' for option '%1.OffloadTemplate': %2",
                      DiagnosticIDs::Error)
        << OffloadTemplate << Name << Why;
    TemplateUsable = false;
  }
  if (std::string Why = checkOffloadHeader(OffloadHeader); !Why.empty())
    configurationDiag("invalid value '%0' for option '%1.OffloadHeader': %2",
                      DiagnosticIDs::Error)
        << OffloadHeader << Name << Why;
}

void OffloadCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  EventLoopCheck::storeOptions(Opts);
  Options.store(Opts, "OffloadTemplate", OffloadTemplate);
  Options.store(Opts, "OffloadHeader", OffloadHeader);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void OffloadCheck::registerPPCallbacks(const SourceManager &SM,
                                       Preprocessor *PP,
                                       Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
}

void OffloadCheck::addOffload(DiagnosticBuilder &D, const FixItHint &Fix,
                              SourceLocation Loc, const SourceManager &SM) {
  D << Fix;
  if (!OffloadHeader.empty())
    D << Inserter.createIncludeInsertion(SM.getFileID(Loc), OffloadHeader);
}

} // namespace clang::tidy::eventloop
