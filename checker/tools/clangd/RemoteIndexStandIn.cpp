//===--- RemoteIndexStandIn.cpp - No remote index -------------------------===//
//
// clangdMain calls clang::clangd::remote::getClient() for an `Index: External:
// Server:` entry of a .clangd file or for --remote-index-address. Debian's
// libclangdRemoteIndex.a implements it with gRPC and protobuf, which
// eventloop-clangd does not link; this stand-in says no remote index is
// available, which clangd handles as it does when built without
// CLANGD_ENABLE_REMOTE: it logs the failure and goes on without that index.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace clang::clangd {
class SymbolIndex;

namespace remote {

// The declaration of clangd's index/remote/Client.h, whose header Debian
// does not ship.
std::unique_ptr<clangd::SymbolIndex> getClient(llvm::StringRef Address,
                                               llvm::StringRef IndexRoot);

std::unique_ptr<clangd::SymbolIndex> getClient(llvm::StringRef Address,
                                               llvm::StringRef IndexRoot) {
  llvm::errs() << "eventloop-clangd: remote index '" << Address
               << "' ignored: built without remote index (gRPC) support\n";
  return nullptr;
}

} // namespace remote
} // namespace clang::clangd
