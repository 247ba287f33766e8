//===--- FollyModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel FollyModel;
const FrameworkModel FollyModel{.Name = "Folly", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
