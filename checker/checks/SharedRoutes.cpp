//===--- SharedRoutes.cpp - One defect, one warning -----------------------===//

#include "SharedRoutes.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include <optional>
#include <set>

namespace clang::tidy::eventloop {

namespace {

/// Where site \p Id is: its file and offset, the same for every copy of
/// the site and in every TU that holds it.
std::string placeOf(const Program &P, unsigned Id) {
  const Program::Site &S = P.Sites[Id];
  return (P.file(S.Unit, S.S->Loc) + ":" + llvm::Twine(S.S->Loc.Offset)).str();
}

/// The report's file, line and column, to order the routes.
std::tuple<llvm::StringRef, uint32_t, uint32_t> orderOf(const Program &P,
                                                        const Report &R) {
  return {P.file(R.Loc.Unit, R.Loc.At), R.Loc.At.Line, R.Loc.At.Column};
}

/// What reports of one defect share at least: the same text and sink.
std::string sinkKey(const Program &P, const Report &R) {
  return (R.Defect.empty() ? R.Message : R.Defect) + '\0' +
         placeOf(P, R.Sites.back());
}

/// Is \p R told where a modal dialog is opened (no fix-it, not cured at
/// its sink, reached through calls)?
bool curedWhereOpened(const Report &R) {
  return !R.Fix && !R.CuredAtSink && R.Sites.size() > 1;
}

/// For the routes to each sink (by sinkKey), the places that call each
/// function of their paths after the starting one: whether one place calls
/// it, or several.
class CallersOnRoutes {
public:
  void add(const Program &P, const Report &R) {
    auto &ByFunction = BySink[sinkKey(P, R)];
    for (size_t I = 1; I < R.Sites.size(); ++I) {
      Callers &C = ByFunction[function(P, R, I)];
      std::string Place = placeOf(P, R.Sites[I - 1]);
      if (C.First.empty())
        C.First = std::move(Place);
      else if (C.First != Place)
        C.Several = true;
    }
  }

  /// Where \p R's path, to the sink of \p SinkKey, reaches the call that
  /// opens its dialog: the index of the site in the function nearest the
  /// sink, after the starting one, that one place calls on the routes to
  /// it; 1 when there is none.
  size_t openingCall(const Program &P, const Report &R,
                     llvm::StringRef SinkKey) const {
    auto It = BySink.find(SinkKey);
    if (It == BySink.end())
      return 1;
    for (size_t I = R.Sites.size() - 1; I > 1; --I)
      if (!It->second.lookup(function(P, R, I)).Several)
        return I;
    return 1;
  }

private:
  struct Callers {
    std::string First;
    bool Several = false;
  };
  /// The function that site \p I of \p R's path is in: its body as
  /// written, not a copy that a constant argument made.
  static unsigned function(const Program &P, const Report &R, size_t I) {
    return P.original(P.Sites[R.Sites[I]].Caller);
  }
  llvm::StringMap<llvm::DenseMap<unsigned, Callers>> BySink;
};

/// The defect \p R is, as a key that the reports of one defect share, or
/// none when \p R is one of its own.
std::optional<std::string> defectOf(const Program &P, const Report &R,
                                    const CallersOnRoutes &Callers) {
  if (R.Fix || R.Sites.empty())
    return std::nullopt;
  std::string Key = sinkKey(P, R);
  if (R.CuredAtSink) {
    // A thin wrapper, a function whose only call is the sink (a sleep
    // helper called from several places, transmission's tr_wait_msec), is
    // cured at each call of it: the key takes the call into it. Its body as
    // written, not a copy that a constant argument left one call of.
    size_t Last = R.Sites.size() - 1;
    unsigned Wrapper = P.original(P.Sites[R.Sites[Last]].Caller);
    if (Last > 0 && P.Nodes[Wrapper].Sites.size() == 1)
      Key += '\0' + placeOf(P, R.Sites[Last - 1]);
    return Key;
  }
  if (!curedWhereOpened(R))
    return std::nullopt;
  // A dialog is cured where it is opened: in the function nearest to it
  // that one place calls on the routes to it (KeePassXC's
  // checkLegacySettings, whatever signal leads to it), not in a wrapper
  // that several places open their dialogs through (its MessageBox), nor
  // in the starting function. The routes are one defect from that call
  // on; without such a function, from the call after their starting one.
  for (unsigned Id : llvm::drop_begin(R.Sites, Callers.openingCall(P, R, Key)))
    Key += '\0' + placeOf(P, Id);
  return Key;
}

} // namespace

void mergeSharedRoutes(const Program &P, std::vector<Report> &Reports,
                       size_t First) {
  CallersOnRoutes Callers;
  for (size_t I = First; I < Reports.size(); ++I)
    if (curedWhereOpened(Reports[I]))
      Callers.add(P, Reports[I]);
  // The reports of each defect, by index from First, in their order.
  llvm::StringMap<size_t> GroupOf;
  std::vector<std::vector<size_t>> Groups;
  for (size_t I = 0; First + I < Reports.size(); ++I) {
    std::optional<std::string> Key = defectOf(P, Reports[First + I], Callers);
    if (!Key) {
      Groups.push_back({I});
      continue;
    }
    auto [It, New] = GroupOf.try_emplace(*Key, Groups.size());
    if (New)
      Groups.emplace_back();
    Groups[It->second].push_back(I);
  }

  std::vector<Report> Out(std::make_move_iterator(Reports.begin() + First),
                          std::make_move_iterator(Reports.end()));
  Reports.resize(First);
  for (std::vector<size_t> &Members : Groups) {
    // The warning shows a route of the main thread's loop when there is
    // one (a worker's loop waits where the main one would freeze), that
    // the user's own input does not start when there is one (what the
    // user did not ask for is what surprises), the most direct of those
    // (the fewest calls), the first in the files of those; the notes list
    // the others in file order.
    auto Shortest = llvm::min_element(Members, [&](size_t A, size_t B) {
      return std::make_tuple(Out[A].OffMain, Out[A].ByUser, Out[A].Sites.size(),
                             orderOf(P, Out[A]), A) <
             std::make_tuple(Out[B].OffMain, Out[B].ByUser, Out[B].Sites.size(),
                             orderOf(P, Out[B]), B);
    });
    std::swap(*Shortest, Members.front());
    llvm::sort(llvm::drop_begin(Members), [&](size_t A, size_t B) {
      return std::make_pair(orderOf(P, Out[A]), A) <
             std::make_pair(orderOf(P, Out[B]), B);
    });
    // A starting call that reaches the sink through two constructions is
    // one route.
    std::set<std::tuple<llvm::StringRef, uint32_t, uint32_t>> Starts{
        orderOf(P, Out[Members.front()])};
    llvm::SmallVector<size_t, 8> Routes;
    for (size_t M : llvm::drop_begin(Members))
      if (Starts.insert(orderOf(P, Out[M])).second)
        Routes.push_back(M);
    Report Kept = std::move(Out[Members.front()]);
    unsigned Shown = 0;
    for (size_t M : Routes) {
      if (Shown++ == MaxShownRoutes) {
        size_t Left = Routes.size() - MaxShownRoutes;
        Kept.Notes.push_back({Kept.Loc,
                              "and " + std::to_string(Left) + " more route" +
                                  (Left == 1 ? "" : "s") + " to the same call",
                              NoteRole::Route});
        break;
      }
      Kept.Notes.push_back({Out[M].Loc,
                            "also reached from " + Out[M].Function + " here",
                            NoteRole::Route});
    }
    Reports.push_back(std::move(Kept));
  }
}

} // namespace clang::tidy::eventloop
