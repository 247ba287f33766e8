//===--- LibevModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel LibevModel;
const FrameworkModel LibevModel{.Name = "Libev", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
