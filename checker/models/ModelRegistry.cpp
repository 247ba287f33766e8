//===--- ModelRegistry.cpp - The list of framework models -----------------===//
//
// Adding a framework: write its model file beside this one, declare it here
// and add it to the list. Nothing else in the analysis names a library.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

extern const FrameworkModel AsioModel;
extern const FrameworkModel WebsocketppModel;
extern const FrameworkModel LibuvModel;
extern const FrameworkModel LibeventModel;
extern const FrameworkModel LibevModel;
extern const FrameworkModel GLibModel;
extern const FrameworkModel QtModel;
extern const FrameworkModel FollyModel;
extern const FrameworkModel PythonAsyncioModel;
extern const FrameworkModel StandardModel;
extern const FrameworkModel ClientsModel;

llvm::ArrayRef<const FrameworkModel *> allModels() {
  static const FrameworkModel *const Models[] = {
      &AsioModel,          &WebsocketppModel, &LibuvModel,   &LibeventModel,
      &LibevModel,         &GLibModel,        &QtModel,      &FollyModel,
      &PythonAsyncioModel, &StandardModel,    &ClientsModel,
  };
  return Models;
}

} // namespace clang::tidy::eventloop
