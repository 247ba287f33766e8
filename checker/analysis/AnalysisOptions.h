//===--- AnalysisOptions.h - What the user adds to the models ---*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_ANALYSISOPTIONS_H
#define EVENTLOOP_TIDY_ANALYSIS_ANALYSISOPTIONS_H

#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// The user's own APIs, as qualified-name patterns (see Model.h). Every check
/// reads them with getLocalOrGlobal, so one global setting serves all three.
struct AnalysisOptions {
  /// Functions that are loop code (callbacks the user's own loop runs).
  std::vector<std::string> CallbackFunctions;
  /// Functions that register their callable arguments with a loop.
  std::vector<std::string> RegistrationFunctions;
  /// Functions that run their callable arguments on another thread.
  std::vector<std::string> OffloadFunctions;
  /// Functions that run an event loop.
  std::vector<std::string> LoopRunFunctions;
  /// Functions that block the calling thread.
  std::vector<std::string> BlockingFunctions;
  /// Types whose requests block; defaults to cpp-httplib's clients.
  std::vector<std::string> SyncClientTypes;
  /// The offload fix-its' templates (OffloadTemplate): a call written inside
  /// one runs on another thread.
  std::vector<std::string> OffloadTemplates;
  /// The program summary that run-eventloop-tidy wrote (ProgramSummary):
  /// empty to look beside compile_commands.json, "none" for none.
  std::string ProgramSummary;
  /// Report modal loops (SinkRule::Modal) that only the user's own input
  /// reaches (ReportUserInputModals): off, a dialog that a click opens is
  /// the ordinary use of a modal dialog.
  bool ReportUserInputModals = false;
  /// Tell the routes of one defect as one warning (OneWarningPerDefect,
  /// checks/SharedRoutes.h); off, one warning per starting call. How
  /// findings are told: neither the analysis nor the facts depend on it.
  bool OneWarningPerDefect = true;

  /// A key that differs whenever two option sets would give different
  /// analyses: checks with equal keys share one analysis of a TU.
  std::string fingerprint() const;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_ANALYSISOPTIONS_H
