//===--- LoopContext.h - Paths from loop code to what blocks it -*- C++ -*-===//
//
// The one analysis the checks share. For every root (code a loop runs) and
// every call in its body that leads to a sink, it gives the shortest path,
// and for loop runs, how the loop run relates to the loop running the root.
// One analysis per TU and option set, computed on first use, in time linear
// in the size of the call graph.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_LOOPCONTEXT_H
#define EVENTLOOP_TIDY_ANALYSIS_LOOPCONTEXT_H

#include "AnalysisOptions.h"
#include "CallGraph.h"
#include "LoopIdentity.h"
#include "ModelIndex.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::eventloop {

enum class FindingKind { LoopRun, Blocking, SyncClient };

/// How the loop that a sink runs (or that completes a waited-for future)
/// relates to the loop that runs the root.
enum class LoopRelation {
  Same,    ///< provably the loop that runs the callback
  Private, ///< a loop created on the path itself
  Unknown,
};

struct Finding {
  const Root *R = nullptr;
  /// Sites from the call in the root's body (front) to the sink (back).
  llvm::SmallVector<unsigned, 4> Path;
  /// For a synchronous client whose constructor blocks: the sites from the
  /// constructor's body to the loop run or blocking call it reaches.
  llvm::SmallVector<unsigned, 4> Beyond;
  LoopRelation Relation = LoopRelation::Unknown;
  /// The loop's name in the source, when it has one.
  std::string LoopName;
  /// The function whose local variable the loop is, when it is one.
  const DeclContext *LoopOwner = nullptr;
  /// For a deadlocking wait: where the loop is asked to complete the future.
  SourceLocation CompletedAt;

  unsigned start() const { return Path.front(); }
  unsigned sink() const { return Path.back(); }
};

class LoopContext {
public:
  /// The analysis of \p Ctx's TU under \p Options, shared by every check
  /// that asks with the same options while the TU is alive.
  static std::shared_ptr<const LoopContext> get(ASTContext &Ctx,
                                                const AnalysisOptions &Options);

  LoopContext(ASTContext &Ctx, const AnalysisOptions &Options);

  const CallGraph &graph() const { return G; }
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

private:
  void computeDistances(FindingKind K);
  bool isSink(FindingKind K, const CallSite &S) const;
  void collect(FindingKind K);
  void follow(FindingKind K, unsigned Node,
              llvm::SmallVectorImpl<unsigned> &Path) const;
  void relate(FindingKind K, Finding &F) const;
  void preferSameLoop(Finding &F) const;
  LoopIdentity loopAt(const Expr *E, const Finding &F, size_t SiteIndex,
                      const FrameworkModel *Model) const;
  /// The loop that runs \p R, as its registration names it.
  LoopIdentity rootLoop(const Root &R) const;

  ModelIndex Models;
  CallGraph G;
  static constexpr unsigned Unreached = ~0u;
  /// Per kind: each node's distance to the nearest sink, and the site in
  /// that node's body that starts the shortest path there.
  std::vector<unsigned> Distance[3];
  std::vector<unsigned> NextSite[3];
  std::vector<Finding> Findings[3];
  bool AnyCurrentThreadRun = false;
  llvm::DenseSet<unsigned> SyncClientStarts;
  /// Scratch marks of preferSameLoop's bounded searches.
  mutable std::vector<unsigned> VisitMark;
  mutable unsigned VisitGeneration = 0;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_LOOPCONTEXT_H
