//===--- LoopContext.h - Paths from loop code to what blocks it -*- C++ -*-===//
//
// The one analysis the checks share, on a linked program (Program.h): the
// facts of the TU being checked, or of the whole program. For every root
// (code a loop runs) and every call in its body that leads to a sink, it
// gives the shortest path, and for loop runs, how the loop run relates to
// the loop running the root. Computed once per program, in time linear in
// the size of the call graph.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_LOOPCONTEXT_H
#define EVENTLOOP_TIDY_ANALYSIS_LOOPCONTEXT_H

#include "ModelIndex.h"
#include "Program.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

enum class FindingKind { LoopRun, Blocking, SyncClient };

/// How the loop that a sink runs (or that completes a waited-for future)
/// relates to the loop that runs the root.
enum class LoopRelation {
  Same,    ///< provably the loop that runs the callback
  Private, ///< a loop created on the path itself
  Unknown,
};

/// A place of the program: a unit's place.
struct ProgramPlace {
  unsigned Unit = 0;
  facts::Place At;
  bool valid() const { return At.valid(); }
};

struct Finding {
  const Program::Root *R = nullptr;
  /// Sites from the call in the root's body (front) to the sink (back).
  llvm::SmallVector<unsigned, 4> Path;
  /// For a synchronous client whose constructor blocks: the sites from the
  /// constructor's body to the loop run or blocking call it reaches.
  llvm::SmallVector<unsigned, 4> Beyond;
  LoopRelation Relation = LoopRelation::Unknown;
  /// The loop's name in the source, when it has one.
  std::string LoopName;
  /// For a deadlocking wait: where the loop is asked to complete the future.
  ProgramPlace CompletedAt;

  unsigned start() const { return Path.front(); }
  unsigned sink() const { return Path.back(); }
};

/// A loop as the program knows it: a fact's symbolic value with the default
/// loop of its framework filled in.
struct LoopId {
  llvm::StringRef Key;
  std::string Name;
  llvm::StringRef LocalTo;
  bool Made = false;
  /// Unresolved: a parameter of function ParamOf.
  bool Param = false;
  llvm::StringRef ParamOf;
  uint32_t ParamIndex = 0;
  llvm::StringRef ParamName;
};

class LoopContext {
public:
  LoopContext(const ModelIndex &Models, Program P);

  const Program &program() const { return P; }
  const ModelIndex &models() const { return Models; }
  const std::vector<Finding> &findings(FindingKind K) const {
    return Findings[static_cast<int>(K)];
  }
  /// Does a synchronous-client finding start at \p Site?
  bool startsSyncClient(unsigned Site) const {
    return SyncClientStarts.contains(Site);
  }
  /// Functions on a path, in order: the root, then each site's callee.
  llvm::SmallVector<unsigned, 4> nodesOn(const Finding &F) const;

  /// The sink rule of a site, and the framework a rule reference names.
  const SinkRule &sinkRule(const facts::Site &S) const;
  const FrameworkModel *model(facts::RuleRef R) const {
    return R.valid() ? Models.model(R.Model) : nullptr;
  }

private:
  /// The sinks a search goes to: one set per finding kind; the loop runs
  /// without the modal ones, for roots that the user's own input starts
  /// (quietModals); the blocking calls without the sleeps, for what a
  /// pumping wait calls (pumps); and the loop runs that do not re-enter
  /// the thread's own loop, for what a function calls past its guard
  /// against re-entry (facts::Site::ReentryGuarded).
  enum SinkSet : unsigned {
    NonModalLoopRuns = 3,
    UnpacedBlocking = 4,
    GuardedLoopRuns = 5,
    SinkSets
  };
  static unsigned setOf(FindingKind K) { return static_cast<unsigned>(K); }
  static FindingKind kindOf(unsigned Set) {
    if (Set == NonModalLoopRuns || Set == GuardedLoopRuns)
      return FindingKind::LoopRun;
    if (Set == UnpacedBlocking)
      return FindingKind::Blocking;
    return static_cast<FindingKind>(Set);
  }
  unsigned setFor(FindingKind K, const Program::Root &R) const {
    return K == FindingKind::LoopRun && quietModals(R) ? NonModalLoopRuns
                                                       : setOf(K);
  }
  /// Does \p R leave modal loops unreported (ReportUserInputModals)?
  bool quietModals(const Program::Root &R) const {
    return (R.R->UserInput || R.R->UserWindow || R.R->FromOtherThread) &&
           !Models.ReportUserInputModals;
  }
  /// Does the path of \p F take an automatic connection to an object of
  /// the other thread than its root's (Program::crossesThread)? That
  /// connection queues the callback, which reports the path from there as
  /// a root of its own.
  bool crossesThread(const Finding &F) const;
  /// Does the constructor that construction site \p S runs reach a loop
  /// run of set \p Runs (all of them, or those a root of the user's input
  /// reports: setFor) or a blocking call? Then it makes an inferred
  /// synchronous client.
  bool constructorWaits(const Program::Site &S, unsigned Runs) const;
  /// Is the edge from site \p Site to \p Node an emit's into a slot that a
  /// window the user works in connected to itself, or a call that runs for
  /// the user's input only (facts::Site::UserInput: an event filter's branch
  /// for a key press)? Modal loops past it are left unreported, as in the
  /// root of such a slot or of the user's input (quietModals).
  bool isWindowEdge(unsigned Site, unsigned Node) const {
    return WindowEdges.contains({Site, Node});
  }
  /// Does \p Node run the loop's pending events itself (SinkRule::Pumps)?
  /// Then it is a pumping wait: the sleeps in it and in what it calls pace
  /// the pump, and only the other blocking calls block the loop.
  bool pumps(unsigned Node) const {
    return Node < Pumping.size() && Pumping[Node];
  }
  /// The set that a search of set \p Set goes on in past the edge from
  /// site \p Site to \p Node: past a call under a re-entrancy guard, the
  /// loop runs that do not re-enter the thread's loop; past a window edge,
  /// the loop runs that are not modal; past a pumping wait's call, the
  /// blocking calls that are not sleeps; else \p Set.
  unsigned pastEdge(unsigned Set, unsigned Site, unsigned Node) const;
  /// Is site \p S a sink of set \p Set: a sink of its kind that the set
  /// keeps (no modal loop in NonModalLoopRuns, no sleep in
  /// UnpacedBlocking, no sleep of a pumping wait in the blocking set)?
  bool isSinkIn(unsigned Set, const Program::Site &S) const;
  /// Does the path of \p F end at a modal loop that its root or a window
  /// edge on the way leaves unreported?
  bool quietAlong(const Finding &F) const;
  /// The rule of site \p S when it is a sink of kind \p K, else null.
  const SinkRule *sinkOf(const Program::Site &S, SinkKind K) const;
  bool isModal(const Program::Site &S) const {
    return S.S->Sink.valid() && sinkRule(*S.S).Modal;
  }
  /// Does loop run \p S re-enter the calling thread's own loop: a modal
  /// loop, or a run of the current thread's loop (processEvents)?
  bool reentersThreadLoop(const Program::Site &S) const {
    const SinkRule *R = sinkOf(S, SinkKind::LoopRun);
    return R && (R->Modal || R->Loop == LoopOf::CurrentThread);
  }
  /// Is \p S a call made past its caller's re-entrancy guard?
  static bool guarded(const Program::Site &S) { return S.S->ReentryGuarded; }
  void computeDistances(unsigned Set);
  bool isSink(FindingKind K, const Program::Site &S) const;
  void collect(FindingKind K);
  /// The calls in the bodies of the callbacks that site \p Id runs through
  /// connections (an emit, a relay), and through the emits there: each as
  /// the path from \p Id to it, with the sink set the path goes on in.
  void throughEmits(
      unsigned Set, unsigned Id,
      llvm::SmallVectorImpl<std::pair<llvm::SmallVector<unsigned, 4>, unsigned>>
          &Out) const;
  /// The callee of site \p Site nearest to a sink of set \p Set, or
  /// Unreached, and the set the path goes on in: the loop runs that are
  /// not modal past a window edge.
  std::pair<unsigned, unsigned> nearestCallee(unsigned Set,
                                              unsigned Site) const;
  void follow(unsigned Set, unsigned Node,
              llvm::SmallVectorImpl<unsigned> &Path) const;
  void relate(FindingKind K, Finding &F) const;
  void preferSameLoop(Finding &F) const;
  LoopId value(const facts::LoopValue &V, const FrameworkModel *M,
               unsigned Depth = 0) const;
  LoopId loopAt(const facts::LoopValue &V, const Finding &F, size_t SiteIndex,
                const FrameworkModel *Model) const;
  /// The loop that runs \p R, as its registration names it.
  LoopId rootLoop(const Program::Root &R) const;

  const ModelIndex &Models;
  Program P;
  static constexpr unsigned Unreached = ~0u;
  /// Per sink set: each node's distance to the nearest sink, and the site
  /// in that node's body that starts the shortest path there.
  std::vector<unsigned> Distance[SinkSets];
  std::vector<unsigned> NextSite[SinkSets];
  /// The window edges (isWindowEdge).
  llvm::DenseSet<std::pair<unsigned, unsigned>> WindowEdges;
  /// The nodes that pump (pumps).
  std::vector<bool> Pumping;
  /// The sites past a re-entrancy guard that call something.
  std::vector<unsigned> GuardedCalls;
  std::vector<Finding> Findings[3];
  bool AnyCurrentThreadRun = false;
  llvm::DenseSet<unsigned> SyncClientStarts;
  /// The roots of each node, for throughOtherRoot.
  llvm::DenseMap<unsigned, llvm::SmallVector<const Program::Root *, 1>> RootsOf;
  /// Is the sink of \p F, in the function of root \p R (reached directly
  /// or through a call back into it), the very call that registered R?
  bool isOwnRegistration(const Program::Root &R, const Finding &F) const;
  bool throughOtherRoot(const Finding &F) const;
  /// handle key -> the loop another TU bound it to.
  llvm::StringMap<const facts::Binding *> Bindings;
  /// promise key -> nodes that complete it.
  llvm::StringMap<llvm::SmallVector<unsigned, 2>> Completers;
  /// Scratch marks of preferSameLoop's bounded searches.
  mutable std::vector<unsigned> VisitMark;
  mutable unsigned VisitGeneration = 0;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_LOOPCONTEXT_H
