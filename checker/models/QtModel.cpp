//===--- QtModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel QtModel;
const FrameworkModel QtModel{.Name = "Qt", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
