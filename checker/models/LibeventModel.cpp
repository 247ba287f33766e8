//===--- LibeventModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel LibeventModel;
const FrameworkModel LibeventModel{.Name = "Libevent", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
