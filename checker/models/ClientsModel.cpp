//===--- ClientsModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel ClientsModel;
const FrameworkModel ClientsModel{.Name = "Clients", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
