//===--- LoopContext.cpp - Paths from loop code to what blocks it ---------===//

#include "LoopContext.h"
#include "Callables.h"
#include "Describe.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include <map>
#include <mutex>

namespace clang::tidy::eventloop {

std::shared_ptr<const LoopContext>
LoopContext::get(ASTContext &Ctx, const AnalysisOptions &Options) {
  // Checks are made anew for each TU, and clangd builds several TUs at once:
  // the cache holds weak references keyed by the live ASTContext.
  static std::mutex Lock;
  static std::map<std::pair<const ASTContext *, std::string>,
                  std::weak_ptr<const LoopContext>>
      Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  for (auto It = Cache.begin(); It != Cache.end();)
    It = It->second.expired() ? Cache.erase(It) : std::next(It);
  auto &Slot = Cache[{&Ctx, Options.fingerprint()}];
  if (auto Existing = Slot.lock())
    return Existing;
  auto Made = std::make_shared<const LoopContext>(Ctx, Options);
  Slot = Made;
  return Made;
}

LoopContext::LoopContext(ASTContext &Ctx, const AnalysisOptions &Options)
    : Models(Options), G(CallGraph::build(Ctx, Models)) {
  // Synchronous clients are inferred from the other two kinds: compute
  // those first.
  for (FindingKind K :
       {FindingKind::LoopRun, FindingKind::Blocking, FindingKind::SyncClient})
    computeDistances(K);
  // Without a loop run of the current thread's loop, only a root whose
  // registration names its loop can have a same-loop path.
  AnyCurrentThreadRun = llvm::any_of(G.Sites, [](const CallSite &S) {
    return S.Sink && S.Sink->Kind == SinkKind::LoopRun &&
           S.Sink->Loop == LoopOf::CurrentThread;
  });
  for (FindingKind K :
       {FindingKind::LoopRun, FindingKind::Blocking, FindingKind::SyncClient})
    collect(K);
}

bool LoopContext::isSink(FindingKind K, const CallSite &S) const {
  switch (K) {
  case FindingKind::LoopRun:
    return S.Sink && S.Sink->Kind == SinkKind::LoopRun;
  case FindingKind::Blocking:
    return S.Sink && S.Sink->Kind == SinkKind::Blocking && !S.WaitsOnOffload;
  case FindingKind::SyncClient: {
    if (S.Kind != SiteKind::Construct)
      return false;
    if (S.Client)
      return true;
    const auto &Run = Distance[int(FindingKind::LoopRun)];
    const auto &Block = Distance[int(FindingKind::Blocking)];
    return llvm::any_of(S.Callees, [&](unsigned N) {
      return Run[N] != Unreached || Block[N] != Unreached;
    });
  }
  }
  return false;
}

void LoopContext::computeDistances(FindingKind K) {
  // One breadth-first search backwards from every sink at once: linear in
  // the graph, and each node learns its nearest sink.
  auto &Dist = Distance[int(K)];
  auto &Next = NextSite[int(K)];
  Dist.assign(G.Nodes.size(), Unreached);
  Next.assign(G.Nodes.size(), Unreached);
  std::vector<unsigned> Queue;
  for (unsigned Id = 0; Id < G.Sites.size(); ++Id) {
    const CallSite &S = G.Sites[Id];
    if (!isSink(K, S) || Dist[S.Caller] != Unreached)
      continue;
    Dist[S.Caller] = 0;
    Next[S.Caller] = Id;
    Queue.push_back(S.Caller);
  }
  for (size_t Head = 0; Head < Queue.size(); ++Head) {
    unsigned Node = Queue[Head];
    for (unsigned Site : G.Nodes[Node].CalledFrom) {
      unsigned Caller = G.Sites[Site].Caller;
      if (Dist[Caller] != Unreached)
        continue;
      Dist[Caller] = Dist[Node] + 1;
      Next[Caller] = Site;
      Queue.push_back(Caller);
    }
  }
}

/// The callee of \p S nearest to a sink, or Unreached.
static unsigned nearestCallee(const CallSite &S,
                              const std::vector<unsigned> &Dist) {
  unsigned Best = ~0u;
  for (unsigned N : S.Callees)
    if (Dist[N] != ~0u && (Best == ~0u || Dist[N] < Dist[Best]))
      Best = N;
  return Best;
}

void LoopContext::follow(FindingKind K, unsigned Node,
                         llvm::SmallVectorImpl<unsigned> &Path) const {
  const auto &Dist = Distance[int(K)];
  const auto &Next = NextSite[int(K)];
  for (size_t Guard = 0; Guard <= G.Nodes.size(); ++Guard) {
    if (Node == Unreached || Next[Node] == Unreached)
      return;
    unsigned Site = Next[Node];
    Path.push_back(Site);
    if (Dist[Node] == 0)
      return;
    Node = nearestCallee(G.Sites[Site], Dist);
  }
}

void LoopContext::collect(FindingKind K) {
  const auto &Dist = Distance[int(K)];
  llvm::DenseSet<unsigned> Started;
  for (const Root &R : G.Roots) {
    for (unsigned Id : G.Nodes[R.Node].Sites) {
      const CallSite &S = G.Sites[Id];
      if (Started.contains(Id))
        continue;
      Finding F;
      F.R = &R;
      F.Path.push_back(Id);
      if (!isSink(K, S)) {
        unsigned Callee = nearestCallee(S, Dist);
        if (Callee == Unreached)
          continue;
        follow(K, Callee, F.Path);
      }
      Started.insert(Id);
      if (K == FindingKind::SyncClient && !G.Sites[F.sink()].Client) {
        // Explain the inferred client: where its constructor blocks.
        const CallSite &Construct = G.Sites[F.sink()];
        for (FindingKind Inner :
             {FindingKind::LoopRun, FindingKind::Blocking}) {
          unsigned Ctor = nearestCallee(Construct, Distance[int(Inner)]);
          if (Ctor == Unreached)
            continue;
          follow(Inner, Ctor, F.Beyond);
          break;
        }
      }
      relate(K, F);
      if (K == FindingKind::LoopRun && F.Relation != LoopRelation::Same &&
          (AnyCurrentThreadRun || rootLoop(R).Key))
        preferSameLoop(F);
      if (K == FindingKind::SyncClient)
        SyncClientStarts.insert(F.start());
      Findings[int(K)].push_back(std::move(F));
    }
  }
}

void LoopContext::preferSameLoop(Finding &F) const {
  // The shortest path may end at a private loop while a longer one from the
  // same call re-enters the callback's own loop: that one is the real bug,
  // and offloading would not cure it. A bounded search keeps this linear.
  constexpr unsigned Budget = 512;
  const CallSite &Start = G.Sites[F.start()];
  std::vector<std::pair<unsigned, unsigned>> Queue; // (node, parent entry)
  llvm::SmallVector<unsigned, 8> EntrySite;         // site that reached it
  // One mark per node, renewed per search instead of cleared.
  if (VisitMark.size() != G.Nodes.size())
    VisitMark.assign(G.Nodes.size(), 0);
  ++VisitGeneration;
  auto Visit = [&](unsigned N) {
    if (VisitMark[N] == VisitGeneration)
      return false;
    VisitMark[N] = VisitGeneration;
    return true;
  };
  for (unsigned N : Start.Callees)
    if (Visit(N)) {
      Queue.push_back({N, ~0u});
      EntrySite.push_back(F.start());
    }
  for (size_t Head = 0; Head < Queue.size() && Head < Budget; ++Head) {
    for (unsigned Id : G.Nodes[Queue[Head].first].Sites) {
      const CallSite &S = G.Sites[Id];
      if (isSink(FindingKind::LoopRun, S)) {
        Finding Candidate;
        Candidate.R = F.R;
        llvm::SmallVector<unsigned, 8> Reversed{Id};
        for (size_t At = Head; At != ~0u; At = Queue[At].second)
          Reversed.push_back(EntrySite[At]);
        Candidate.Path.assign(Reversed.rbegin(), Reversed.rend());
        relate(FindingKind::LoopRun, Candidate);
        if (Candidate.Relation == LoopRelation::Same) {
          F = std::move(Candidate);
          return;
        }
        continue;
      }
      for (unsigned N : S.Callees)
        if (Visit(N)) {
          Queue.push_back({N, static_cast<unsigned>(Head)});
          EntrySite.push_back(Id);
        }
    }
  }
}

llvm::SmallVector<unsigned, 4> LoopContext::nodesOn(const Finding &F) const {
  llvm::SmallVector<unsigned, 4> Nodes{F.R->Node};
  for (size_t I = 1; I < F.Path.size(); ++I)
    Nodes.push_back(G.Sites[F.Path[I]].Caller);
  return Nodes;
}

LoopIdentity LoopContext::rootLoop(const Root &R) const {
  if (R.OnDefaultLoop)
    return defaultLoopOf(R.Model, Models);
  return resolveLoop(R.LoopExpr, G, Models, R.Model);
}

LoopIdentity LoopContext::loopAt(const Expr *E, const Finding &F,
                                 size_t SiteIndex,
                                 const FrameworkModel *Model) const {
  // A loop passed down as a parameter is the argument the path passed.
  LoopIdentity L = resolveLoop(E, G, Models, Model);
  const std::string AtSink = L.Name;
  while (L.Param && SiteIndex > 0) {
    // Only a parameter of the function that the previous hop called.
    const FunctionDecl *Here = G.function(G.Sites[F.Path[SiteIndex]].Caller);
    const auto *Owner = dyn_cast<FunctionDecl>(L.Param->getDeclContext());
    if (!Owner || Owner->getCanonicalDecl() != Here->getCanonicalDecl())
      break;
    const Expr *Arg = argumentFor(G.Sites[F.Path[SiteIndex - 1]], L.Param);
    if (!Arg)
      break;
    L = resolveLoop(Arg, G, Models, Model);
    --SiteIndex;
  }
  if (!L.Param || SiteIndex != 0)
    return L;
  // From here on, L is a parameter of the callback itself.
  const auto *Owner = dyn_cast<FunctionDecl>(L.Param->getDeclContext());
  const FunctionDecl *Root = G.function(F.R->Node);
  if (!Owner || !Root || Owner->getCanonicalDecl() != Root->getCanonicalDecl())
    return L;
  int Index = static_cast<int>(L.Param->getFunctionScopeIndex());
  // The parameter that its loop passes itself in (libev's `loop`): the loop
  // that the registration names.
  if (Index == F.R->LoopParameter) {
    LoopIdentity Runs = rootLoop(*F.R);
    if (Runs.Key) {
      Runs.Name = L.Param->getName().str();
      return Runs;
    }
  }
  // The parameter that receives an operand of its registration (libevent's
  // user data, libuv's handle): what that operand names.
  if (Index == F.R->PassedParameter && F.R->PassedExpr) {
    LoopIdentity Passed = resolveLoop(F.R->PassedExpr, G, Models,
                                      F.R->Model ? F.R->Model : Model);
    if (Passed.Key && !Passed.Param) {
      Passed.Name = AtSink;
      return Passed;
    }
  }
  return L;
}

void LoopContext::relate(FindingKind K, Finding &F) const {
  const CallSite &Sink =
      G.Sites[K == FindingKind::SyncClient && !F.Beyond.empty()
                  ? F.Beyond.back()
                  : F.sink()];
  if (!Sink.Sink)
    return;
  const SinkRule &Rule = *Sink.Sink.R;
  LoopIdentity RootLoop = rootLoop(*F.R);
  if (Rule.Kind == SinkKind::Blocking) {
    if (!Rule.WaitsForFuture)
      return;
    // A future made by an asynchronous operation of the loop that is now
    // blocked waiting for it: nothing will ever complete it.
    const Expr *Future = operandOf(Sink.E, ObjectOperand);
    const auto *DRE =
        Future ? dyn_cast<DeclRefExpr>(Future->IgnoreParenImpCasts()) : nullptr;
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    const auto *Init = VD && VD->getInit()
                           ? dyn_cast<CallExpr>(VD->getInit()->IgnoreImplicit())
                           : nullptr;
    const FunctionDecl *Producer = Init ? Init->getDirectCallee() : nullptr;
    if (!Producer)
      return;
    // `promise.get_future()`: who completes the promise, and on which loop?
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Init);
        MC && Producer->getDeclName().isIdentifier() &&
        Producer->getName() == "get_future") {
      const Expr *Object =
          MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
      const ValueDecl *Promise = nullptr;
      if (const auto *D = dyn_cast<DeclRefExpr>(Object))
        Promise = D->getDecl();
      else if (const auto *M = dyn_cast<MemberExpr>(Object))
        Promise = M->getMemberDecl();
      auto It = Promise ? G.Completers.find(Promise) : G.Completers.end();
      if (It == G.Completers.end() || !RootLoop.Key)
        return;
      for (const Root &Other : G.Roots) {
        if (!llvm::is_contained(It->second, Other.Node))
          continue;
        LoopIdentity Completes = rootLoop(Other);
        if (Completes.Key == RootLoop.Key) {
          F.Relation = LoopRelation::Same;
          F.LoopName = Completes.Name;
          F.CompletedAt = Other.Loc;
          return;
        }
      }
      return;
    }
    std::string Key = lastNamePart(Producer);
    auto Rule = Models.Registrations.find(Key, qualifiedName(Producer),
                                          [](auto &) { return true; });
    if (!Rule || Rule->LoopOperand == NoOperand)
      return;
    LoopIdentity Made =
        resolveLoop(operandOf(Init, Rule->LoopOperand), G, Models, Rule.Model);
    if (Made.Key && Made.Key == RootLoop.Key) {
      F.Relation = LoopRelation::Same;
      F.LoopName = Made.Name;
      F.CompletedAt = siteLocation(Init);
    }
    return;
  }
  if (Rule.Loop == LoopOf::CurrentThread) {
    F.Relation = LoopRelation::Same;
    return;
  }
  if (Rule.Loop == LoopOf::Nested) {
    F.Relation = LoopRelation::Private;
    return;
  }
  size_t SinkIndex = K == FindingKind::SyncClient ? 0 : F.Path.size() - 1;
  LoopIdentity L = K == FindingKind::SyncClient
                       ? resolveLoop(operandOf(Sink.E, Rule.LoopOperand), G,
                                     Models, Sink.Sink.Model)
                       : loopAt(operandOf(Sink.E, Rule.LoopOperand), F,
                                SinkIndex, Sink.Sink.Model);
  F.LoopName = L.Name;
  F.LoopOwner = L.LocalTo;
  if (L.Key && L.Key == RootLoop.Key) {
    F.Relation = LoopRelation::Same;
    return;
  }
  if (L.Made) {
    F.Relation = LoopRelation::Private;
    return;
  }
  if (L.LocalTo)
    for (unsigned N : nodesOn(F))
      if (G.function(N) == L.LocalTo) {
        F.Relation = LoopRelation::Private;
        return;
      }
  if (L.LocalTo && K == FindingKind::SyncClient)
    F.Relation = LoopRelation::Private;
}

} // namespace clang::tidy::eventloop
