//===--- GLibModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel GLibModel;
const FrameworkModel GLibModel{.Name = "GLib", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
