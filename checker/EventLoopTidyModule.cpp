//===--- EventLoopTidyModule.cpp - The eventloop-* checks -----------------===//

#include "ClangCompat.h"
#include "checks/BlockingCallCheck.h"
#include "checks/ConfiguredOptions.h"
#include "checks/ReentrantRunCheck.h"
#include "checks/SyncClientCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy::eventloop {

class EventLoopTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<BlockingCallCheck>(BlockingCallCheckName);
    Factories.registerCheck<ReentrantRunCheck>(ReentrantRunCheckName);
    Factories.registerCheck<SyncClientCheck>(SyncClientCheckName);
  }
};

static ClangTidyModuleRegistry::Add<EventLoopTidyModule>
    Registration("eventloop-module",
                 "Finds code that blocks or re-enters its own event loop.");

} // namespace clang::tidy::eventloop
