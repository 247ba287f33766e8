//===--- LibuvModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel LibuvModel;
const FrameworkModel LibuvModel{.Name = "Libuv", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
