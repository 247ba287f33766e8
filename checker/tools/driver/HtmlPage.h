//===--- HtmlPage.h - What every page of the HTML report shares -*- C++ -*-===//
//
// Each page stands alone: its style inline, no script or font from
// elsewhere, so that the report reads offline, from file://, as a CI
// artefact.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_HTMLPAGE_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_HTMLPAGE_H

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::eventloop {

/// Text streamed HTML-escaped: `OS << Escaped{Code}`.
struct Escaped {
  llvm::StringRef Text;
};
inline llvm::raw_ostream &operator<<(llvm::raw_ostream &OS, Escaped E) {
  llvm::printHTMLEscaped(E.Text, OS);
  return OS;
}

/// The page up to its body's first element.
void beginPage(llvm::raw_ostream &OS, llvm::StringRef Title);
void endPage(llvm::raw_ostream &OS);

/// \p Path as the report shows it: below \p Root when it is there.
llvm::StringRef shownPath(llvm::StringRef Path, llvm::StringRef Root);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_HTMLPAGE_H
