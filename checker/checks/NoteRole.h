//===--- NoteRole.h - What a note says about a finding's path ---*- C++ -*-===//
//
// Each note of an eventloop finding plays a role in its path. Writers of
// SARIF code flows, reports and the path records read the role, never the
// note's words, so a rewording changes no flow.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_NOTEROLE_H
#define EVENTLOOP_TIDY_CHECKS_NOTEROLE_H

#include "llvm/ADT/StringRef.h"
#include <optional>

namespace clang::tidy::eventloop {

/// What a note says about the path.
enum class NoteRole {
  Call,         ///< one function calls, constructs or destroys the next
  Sink,         ///< the loop run, the wait, the client's construction
  Elided,       ///< hops left out of a long path
  Registration, ///< where the callback became loop code
  Advice,       ///< what to do instead, or why there is no fix-it
  Route,        ///< another callback's call that reaches the same sink
};

constexpr NoteRole AllRoles[] = {NoteRole::Call,   NoteRole::Sink,
                                 NoteRole::Elided, NoteRole::Registration,
                                 NoteRole::Advice, NoteRole::Route};

/// The role's name in records and reports: "call", "sink", ...
inline llvm::StringRef roleName(NoteRole Role) {
  switch (Role) {
  case NoteRole::Call:
    return "call";
  case NoteRole::Sink:
    return "sink";
  case NoteRole::Elided:
    return "elided";
  case NoteRole::Registration:
    return "registration";
  case NoteRole::Advice:
    return "advice";
  case NoteRole::Route:
    return "route";
  }
  return "";
}

/// The role named \p Name, or none.
inline std::optional<NoteRole> parseRole(llvm::StringRef Name) {
  for (NoteRole R : AllRoles)
    if (roleName(R) == Name)
      return R;
  return std::nullopt;
}
/// Does a note of this role belong to the path from the callback to the
/// sink and on to where the callback became loop code?
inline bool onPath(NoteRole Role) {
  return Role != NoteRole::Advice && Role != NoteRole::Route;
}

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_NOTEROLE_H
