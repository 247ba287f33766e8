//===--- PythonAsyncioModel.cpp - placeholder until the model lands ----------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel PythonAsyncioModel;
const FrameworkModel PythonAsyncioModel{.Name = "PythonAsyncio", .LoopLabel = "event"};

} // namespace clang::tidy::eventloop
