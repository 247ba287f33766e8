//===--- EventLoopTidyModule.cpp - The eventloop-* checks -----------------===//

#include "checks/BlockingCallCheck.h"
#include "checks/ReentrantRunCheck.h"
#include "checks/SyncClientCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy::eventloop {

class EventLoopTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<BlockingCallCheck>("eventloop-blocking-call");
    Factories.registerCheck<ReentrantRunCheck>("eventloop-reentrant-run");
    Factories.registerCheck<SyncClientCheck>("eventloop-sync-client");
  }
};

static ClangTidyModuleRegistry::Add<EventLoopTidyModule>
    Registration("eventloop-module",
                 "Finds code that blocks or re-enters its own event loop.");

} // namespace clang::tidy::eventloop
