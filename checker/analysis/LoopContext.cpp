//===--- LoopContext.cpp - Paths from loop code to what blocks it ---------===//

#include "LoopContext.h"
#include <functional>
#include <tuple>

namespace clang::tidy::eventloop {

LoopContext::LoopContext(const ModelIndex &Models, Program Linked)
    : Models(Models), P(std::move(Linked)) {
  for (unsigned U = 0; U < P.units().size(); ++U)
    for (const facts::Binding &B : P.unit(U).Bindings)
      Bindings.try_emplace(B.Handle, &B);
  for (unsigned U = 0; U < P.units().size(); ++U)
    for (const facts::Completer &C : P.unit(U).Completers)
      if (auto N = P.nodeOf(U, C.Function))
        Completers[C.Promise].push_back(*N);
  if (!Models.ReportUserInputModals)
    for (unsigned Id = 0; Id < P.Sites.size(); ++Id)
      for (unsigned N : P.Sites[Id].Callees)
        if (const Program::Connection *C = P.connectionOf(Id, N);
            (C && C->R->UserWindow) || P.Sites[Id].S->UserInput)
          WindowEdges.insert({Id, N});
  // A function that runs the loop's pending events itself is a pumping
  // wait (Tools::wait: processEvents, then a sleep of what is left).
  Pumping.assign(P.Nodes.size(), false);
  bool AnyPump = false;
  for (const Program::Site &S : P.Sites)
    if (const SinkRule *R = sinkOf(S, SinkKind::LoopRun); R && R->Pumps)
      AnyPump = Pumping[S.Caller] = true;
  for (unsigned Id = 0; Id < P.Sites.size(); ++Id)
    if (guarded(P.Sites[Id]) && !P.Sites[Id].Callees.empty())
      GuardedCalls.push_back(Id);
  // The loop runs past a re-entrancy guard first, then those without the
  // modal ones: the search for all loop runs takes them past guards and
  // window edges; so with the blocking calls without sleeps, past a
  // pumping wait's calls. Synchronous clients are inferred from the other
  // two kinds: compute those before.
  if (!GuardedCalls.empty())
    computeDistances(GuardedLoopRuns);
  if (!WindowEdges.empty() ||
      llvm::any_of(P.Roots,
                   [&](const Program::Root &R) { return quietModals(R); }))
    computeDistances(NonModalLoopRuns);
  if (AnyPump)
    computeDistances(UnpacedBlocking);
  for (FindingKind K :
       {FindingKind::LoopRun, FindingKind::Blocking, FindingKind::SyncClient})
    computeDistances(setOf(K));
  // Without a loop run of the current thread's loop, only a root whose
  // registration names its loop can have a same-loop path.
  AnyCurrentThreadRun = llvm::any_of(P.Sites, [&](const Program::Site &S) {
    const SinkRule *R = sinkOf(S, SinkKind::LoopRun);
    return R && R->Loop == LoopOf::CurrentThread;
  });
  for (const Program::Root &R : P.Roots)
    RootsOf[R.Node].push_back(&R);
  for (FindingKind K :
       {FindingKind::LoopRun, FindingKind::Blocking, FindingKind::SyncClient})
    collect(K);
}

const SinkRule &LoopContext::sinkRule(const facts::Site &S) const {
  // The user's patterns and the annotations say only which kind of sink.
  static const SinkRule ByKind[] = {{"", SinkKind::LoopRun},
                                    {"", SinkKind::Blocking}};
  const FrameworkModel *M = model(S.Sink);
  if (M && S.Sink.Model != facts::RuleRef::UserModel &&
      S.Sink.Rule < M->Sinks.size())
    return M->Sinks[S.Sink.Rule];
  return ByKind[S.SinkKind == static_cast<uint8_t>(SinkKind::LoopRun) ? 0 : 1];
}

const SinkRule *LoopContext::sinkOf(const Program::Site &S, SinkKind K) const {
  if (!S.S->Sink.valid() || S.S->SinkKind != static_cast<uint8_t>(K))
    return nullptr;
  return &sinkRule(*S.S);
}

bool LoopContext::isSink(FindingKind K, const Program::Site &PS) const {
  const facts::Site &S = *PS.S;
  switch (K) {
  case FindingKind::LoopRun:
    return S.Sink.valid() &&
           S.SinkKind == static_cast<uint8_t>(SinkKind::LoopRun);
  case FindingKind::Blocking:
    return S.Sink.valid() &&
           S.SinkKind == static_cast<uint8_t>(SinkKind::Blocking) &&
           !S.WaitsOnOffload && !S.FutureReady;
  case FindingKind::SyncClient: {
    if (S.Kind != facts::SiteKind::Construct)
      return false;
    return P.detail(PS).Client.valid() ||
           constructorWaits(PS, setOf(FindingKind::LoopRun));
  }
  }
  llvm_unreachable("a finding kind without sinks");
}

bool LoopContext::isSinkIn(unsigned Set, const Program::Site &S) const {
  if (!isSink(kindOf(Set), S))
    return false;
  if (kindOf(Set) == FindingKind::LoopRun &&
      (Set == GuardedLoopRuns || guarded(S)) && reentersThreadLoop(S))
    return false;
  if (Set == NonModalLoopRuns)
    return !isModal(S);
  if (const SinkRule *R = sinkOf(S, SinkKind::Blocking); R && R->Sleeps)
    return Set == setOf(FindingKind::Blocking) && !pumps(S.Caller);
  return true;
}

unsigned LoopContext::pastEdge(unsigned Set, unsigned Site,
                               unsigned Node) const {
  if (kindOf(Set) == FindingKind::LoopRun && guarded(P.Sites[Site]))
    return GuardedLoopRuns;
  if (Set == setOf(FindingKind::LoopRun) && isWindowEdge(Site, Node))
    return NonModalLoopRuns;
  if (Set == setOf(FindingKind::Blocking) && pumps(P.Sites[Site].Caller))
    return UnpacedBlocking;
  return Set;
}

void LoopContext::computeDistances(unsigned Set) {
  // One breadth-first search backwards from every sink at once: linear in
  // the graph, and each node learns its nearest sink.
  auto &Dist = Distance[Set];
  auto &Next = NextSite[Set];
  Dist.assign(P.Nodes.size(), Unreached);
  Next.assign(P.Nodes.size(), Unreached);
  std::vector<unsigned> Queue;
  for (unsigned Id = 0; Id < P.Sites.size(); ++Id) {
    const Program::Site &S = P.Sites[Id];
    if (!isSinkIn(Set, S) || Dist[S.Caller] != Unreached)
      continue;
    Dist[S.Caller] = 0;
    Next[S.Caller] = Id;
    Queue.push_back(S.Caller);
  }
  // Past a window edge only the loop runs that are not modal count, and
  // past a pumping wait's call only the blocking calls that are not sleeps
  // (pastEdge): the caller of each such edge is a start of its own, at the
  // callee's distance in that set plus one, let into the search once it
  // reaches that distance.
  struct Start {
    unsigned Distance, Node, Site;
  };
  std::vector<Start> Starts;
  auto AddStart = [&](unsigned Site, unsigned Callee) {
    const auto &Past = Distance[pastEdge(Set, Site, Callee)];
    if (Past[Callee] != Unreached)
      Starts.push_back({Past[Callee] + 1, P.Sites[Site].Caller, Site});
  };
  bool Cut = false;
  if (Set == setOf(FindingKind::LoopRun) && !WindowEdges.empty()) {
    Cut = true;
    for (auto [Site, Slot] : WindowEdges)
      AddStart(Site, Slot);
  }
  if ((Set == setOf(FindingKind::LoopRun) || Set == NonModalLoopRuns) &&
      !GuardedCalls.empty()) {
    Cut = true;
    for (unsigned Site : GuardedCalls)
      for (unsigned Callee : P.Sites[Site].Callees)
        AddStart(Site, Callee);
  }
  if (Set == setOf(FindingKind::Blocking) &&
      !Distance[UnpacedBlocking].empty()) {
    Cut = true;
    for (unsigned Node = 0; Node < P.Nodes.size(); ++Node)
      if (pumps(Node))
        for (unsigned Site : P.Nodes[Node].Sites)
          for (unsigned Callee : P.Sites[Site].Callees)
            AddStart(Site, Callee);
  }
  if (Cut) {
    // Nearest first; of equal distances, in site order (the set has no
    // order of its own).
    llvm::sort(Starts, [](const Start &A, const Start &B) {
      return std::tie(A.Distance, A.Site, A.Node) <
             std::tie(B.Distance, B.Site, B.Node);
    });
  }
  size_t NextStart = 0;
  auto LetIn = [&](unsigned UpTo) {
    for (; NextStart < Starts.size() && Starts[NextStart].Distance <= UpTo;
         ++NextStart) {
      const Start &S = Starts[NextStart];
      if (Dist[S.Node] != Unreached)
        continue;
      Dist[S.Node] = S.Distance;
      Next[S.Node] = S.Site;
      Queue.push_back(S.Node);
    }
  };
  for (size_t Head = 0;;) {
    if (Head == Queue.size()) {
      if (NextStart == Starts.size())
        break;
      LetIn(Starts[NextStart].Distance);
      continue;
    }
    unsigned Node = Queue[Head];
    // Before the first node of a distance, while the queue holds none
    // further: the starts one further.
    if (Head == 0 || Dist[Queue[Head - 1]] != Dist[Node])
      LetIn(Dist[Node] + 1);
    ++Head;
    for (unsigned Site : P.Nodes[Node].CalledFrom) {
      unsigned Caller = P.Sites[Site].Caller;
      if (Dist[Caller] != Unreached ||
          (Cut && pastEdge(Set, Site, Node) != Set))
        continue;
      Dist[Caller] = Dist[Node] + 1;
      Next[Caller] = Site;
      Queue.push_back(Caller);
    }
  }
}

std::pair<unsigned, unsigned> LoopContext::nearestCallee(unsigned Set,
                                                         unsigned Site) const {
  unsigned Best = Unreached, BestDistance = Unreached, BestSet = Set;
  for (unsigned N : P.Sites[Site].Callees) {
    unsigned In = pastEdge(Set, Site, N);
    unsigned D = Distance[In][N];
    if (D != Unreached && (Best == Unreached || D < BestDistance)) {
      Best = N;
      BestDistance = D;
      BestSet = In;
    }
  }
  return {Best, BestSet};
}

void LoopContext::follow(unsigned Set, unsigned Node,
                         llvm::SmallVectorImpl<unsigned> &Path) const {
  for (size_t Guard = 0; Guard <= P.Nodes.size(); ++Guard) {
    if (Node == Unreached || NextSite[Set][Node] == Unreached)
      return;
    unsigned Site = NextSite[Set][Node];
    Path.push_back(Site);
    if (Distance[Set][Node] == 0)
      return;
    std::tie(Node, Set) = nearestCallee(Set, Site);
  }
}

bool LoopContext::quietAlong(const Finding &F) const {
  if (Models.ReportUserInputModals || !isModal(P.Sites[F.sink()]))
    return false;
  if (quietModals(*F.R))
    return true;
  for (size_t I = 0; I + 1 < F.Path.size(); ++I)
    if (isWindowEdge(F.Path[I], P.Sites[F.Path[I + 1]].Caller))
      return true;
  return false;
}

/// Does the path of \p F go through a function that is loop code of the
/// same loop itself? Then that function's own finding tells the same wait
/// from nearer, with the same cure, and \p F would repeat it; unless that
/// root leaves the modal loop that \p F ends at unreported. So a call into
/// a function that posts itself to its object's thread (isOwnRegistration)
/// is taken as made on that thread, where its hop is not taken.
bool LoopContext::throughOtherRoot(const Finding &F) const {
  LoopId Loop = rootLoop(*F.R);
  bool Modal = isModal(P.Sites[F.sink()]);
  for (unsigned Site : llvm::drop_begin(F.Path)) {
    unsigned Node = P.Sites[Site].Caller;
    auto It = RootsOf.find(Node);
    if (It == RootsOf.end() || Node == F.R->Node)
      continue;
    for (const Program::Root *Other : It->second)
      if (rootLoop(*Other).Key == Loop.Key && !(Modal && quietModals(*Other)))
        return true;
  }
  return false;
}

bool LoopContext::crossesThread(const Finding &F) const {
  bool Off = P.rootOffMain(*F.R);
  for (size_t I = 0; I + 1 < F.Path.size(); ++I)
    if (P.crossesThread(F.Path[I], P.Sites[F.Path[I + 1]].Caller, Off))
      return true;
  return false;
}

bool LoopContext::constructorWaits(const Program::Site &S,
                                   unsigned Runs) const {
  const auto &Run = Distance[Runs];
  const auto &Block = Distance[setOf(FindingKind::Blocking)];
  return llvm::any_of(S.Callees, [&](unsigned N) {
    return Run[N] != Unreached || Block[N] != Unreached;
  });
}

bool LoopContext::isOwnRegistration(const Program::Root &R,
                                    const Finding &F) const {
  // A callback that posts itself to its object's thread and waits
  // (`if (thread() != QThread::currentThread()) invokeMethod(this, "f",
  // Qt::BlockingQueuedConnection)`) runs there as that callback: the call
  // that registered it is the hop, not a wait of the callback. So it is
  // when the callback calls itself again on the way (qTox's
  // `RawDatabase::open`, reopened by a re-key): it is on that thread.
  const Program::Site &Sink = P.Sites[F.sink()];
  return P.Nodes[Sink.Caller].F == P.Nodes[R.Node].F && R.R->Loc.valid() &&
         R.R->Loc.Offset == Sink.S->Loc.Offset &&
         P.file(R.Unit, R.R->Loc) == P.file(Sink.Unit, Sink.S->Loc);
}

void LoopContext::throughEmits(
    unsigned Set, unsigned Id,
    llvm::SmallVectorImpl<std::pair<llvm::SmallVector<unsigned, 4>, unsigned>>
        &Out) const {
  // Depth first through the callbacks an emit runs, and the emits (relays
  // too) in their bodies; each callback's body once, a bounded number of
  // calls in all.
  constexpr size_t Budget = 64;
  llvm::DenseSet<unsigned> Seen;
  std::function<void(llvm::SmallVector<unsigned, 4> &, unsigned)> Walk =
      [&](llvm::SmallVector<unsigned, 4> &Path, unsigned In) {
        unsigned From = Path.back();
        for (unsigned C : P.Sites[From].Callees) {
          if (!P.connectionOf(From, C) || !Seen.insert(C).second)
            continue;
          unsigned Next = pastEdge(In, From, C);
          if (Distance[Next][C] == Unreached)
            continue;
          for (unsigned T : P.Nodes[C].Sites) {
            if (Out.size() >= Budget)
              return;
            Path.push_back(T);
            Out.push_back({Path, Next});
            Walk(Path, Next);
            Path.pop_back();
          }
        }
      };
  llvm::SmallVector<unsigned, 4> Path{Id};
  Walk(Path, Set);
}

void LoopContext::collect(FindingKind K) {
  // One finding per call and sink: roots that share a body, or reach the
  // same call, tell it once. A call that emits a signal is told once per
  // sink that the callbacks it runs reach, each from their own calls (a
  // callback with two calls that each open a dialog: two findings at the
  // emit, as two roots would give).
  llvm::DenseSet<std::pair<unsigned, unsigned>> Told;
  auto Tell = [&](const Program::Root &R, llvm::SmallVector<unsigned, 4> Path,
                  unsigned Set) {
    const Program::Site &S = P.Sites[Path.back()];
    Finding F;
    F.R = &R;
    F.Path = std::move(Path);
    if (!isSink(K, S)) {
      auto [Callee, In] = nearestCallee(Set, F.Path.back());
      if (Callee == Unreached)
        return;
      follow(In, Callee, F.Path);
    } else if (!isSinkIn(Set, S)) {
      return;
    }
    unsigned Id = F.start();
    // An inferred client is one in this root when its constructor reaches
    // a loop run that the root reports, or a wait: a constructor that can
    // only open a modal dialog is none in a root of the user's input.
    bool Inferred = K == FindingKind::SyncClient &&
                    !P.detail(P.Sites[F.sink()]).Client.valid();
    unsigned Runs = setFor(FindingKind::LoopRun, R);
    if (Told.contains({Id, F.sink()}) || throughOtherRoot(F) ||
        crossesThread(F) || isOwnRegistration(R, F) ||
        (Inferred && !constructorWaits(P.Sites[F.sink()], Runs)))
      return;
    Told.insert({Id, F.sink()});
    if (Inferred) {
      // Explain the inferred client: where its constructor blocks, with a
      // loop run that the root reports.
      for (unsigned Inner : {Runs, setOf(FindingKind::Blocking)}) {
        auto [Ctor, In] = nearestCallee(Inner, F.sink());
        if (Ctor == Unreached)
          continue;
        follow(In, Ctor, F.Beyond);
        break;
      }
    }
    relate(K, F);
    if (K == FindingKind::LoopRun && F.Relation != LoopRelation::Same &&
        (AnyCurrentThreadRun || !rootLoop(R).Key.empty()))
      preferSameLoop(F);
    if (K == FindingKind::SyncClient)
      SyncClientStarts.insert(F.start());
    Findings[int(K)].push_back(std::move(F));
  };
  llvm::SmallVector<std::pair<llvm::SmallVector<unsigned, 4>, unsigned>, 8>
      Emitted;
  for (const Program::Root &R : P.Roots) {
    unsigned Set = setFor(K, R);
    for (unsigned Id : P.Nodes[R.Node].Sites) {
      Tell(R, {Id}, Set);
      Emitted.clear();
      throughEmits(Set, Id, Emitted);
      for (auto &[Path, In] : Emitted)
        Tell(R, std::move(Path), In);
    }
  }
}

void LoopContext::preferSameLoop(Finding &F) const {
  // The shortest path may end at a private loop while a longer one from the
  // same call re-enters the callback's own loop: that one is the real bug,
  // and offloading would not cure it. A bounded search keeps this linear.
  constexpr unsigned Budget = 512;
  const Program::Site &Start = P.Sites[F.start()];
  if (guarded(Start))
    return;
  std::vector<std::pair<unsigned, unsigned>> Queue; // (node, parent entry)
  llvm::SmallVector<unsigned, 8> EntrySite;         // site that reached it
  // One mark per node, renewed per search instead of cleared.
  if (VisitMark.size() != P.Nodes.size())
    VisitMark.assign(P.Nodes.size(), 0);
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
    for (unsigned Id : P.Nodes[Queue[Head].first].Sites) {
      const Program::Site &S = P.Sites[Id];
      // Past a re-entrancy guard the loop's own runs are written for.
      if (guarded(S))
        continue;
      if (isSink(FindingKind::LoopRun, S)) {
        Finding Candidate;
        Candidate.R = F.R;
        llvm::SmallVector<unsigned, 8> Reversed{Id};
        for (size_t At = Head; At != ~0u; At = Queue[At].second)
          Reversed.push_back(EntrySite[At]);
        Candidate.Path.assign(Reversed.rbegin(), Reversed.rend());
        if (quietAlong(Candidate))
          continue;
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
    Nodes.push_back(P.Sites[F.Path[I]].Caller);
  return Nodes;
}

LoopId LoopContext::value(const facts::LoopValue &V, const FrameworkModel *M,
                          unsigned Depth) const {
  // A handle that another TU bound to its loop (`timer_(io)` in the
  // constructor's file): that loop.
  if (V.K == facts::LoopValue::Object && !V.Made && Depth < 8)
    if (auto It = Bindings.find(V.Key); It != Bindings.end()) {
      const facts::Binding &B = *It->second;
      LoopId Bound =
          value(B.Loop, model(B.Model) ? model(B.Model) : M, Depth + 1);
      if (!Bound.Key.empty())
        return Bound;
    }
  LoopId L;
  L.Name = V.Name.str();
  L.Made = V.Made;
  if (V.Local)
    L.LocalTo = V.Function;
  switch (V.K) {
  case facts::LoopValue::Unknown:
    break;
  case facts::LoopValue::Object:
  case facts::LoopValue::Default:
    L.Key = V.Key;
    break;
  case facts::LoopValue::Param:
    L.Key = V.Key;
    L.Param = true;
    L.ParamOf = V.Function;
    L.ParamIndex = V.Index;
    L.ParamName = V.ParamName;
    L.LocalTo = {};
    break;
  case facts::LoopValue::Null:
    // A null loop operand: the framework's default loop (GLib's NULL
    // context).
    if (M && !M->NullLoop.empty() && Models.defaultLoopKey(M->NullLoop))
      L.Key = M->NullLoop;
    break;
  }
  return L;
}

LoopId LoopContext::rootLoop(const Program::Root &R) const {
  return value(R.R->Loop, model(R.R->Model));
}

LoopId LoopContext::loopAt(const facts::LoopValue &V, const Finding &F,
                           size_t SiteIndex,
                           const FrameworkModel *Model) const {
  // A loop passed down as a parameter is the argument the path passed.
  LoopId L = value(V, Model);
  const std::string AtSink = L.Name;
  while (L.Param && SiteIndex > 0) {
    // Only a parameter of the function that the previous hop called.
    unsigned Here = P.Sites[F.Path[SiteIndex]].Caller;
    if (P.nodeOf(L.ParamOf) != Here)
      break;
    const facts::Argument *Arg =
        P.argument(P.Sites[F.Path[SiteIndex - 1]], L.ParamIndex);
    L = Arg ? value(Arg->Loop, Model) : LoopId();
    --SiteIndex;
  }
  if (!L.Param || SiteIndex != 0)
    return L;
  // From here on, L is a parameter of the callback itself.
  if (P.nodeOf(L.ParamOf) != F.R->Node)
    return L;
  int Index = static_cast<int>(L.ParamIndex);
  const facts::Root &R = *F.R->R;
  // The parameter that its loop passes itself in (libev's `loop`): the loop
  // that the registration names.
  if (Index == R.LoopParameter) {
    LoopId Runs = rootLoop(*F.R);
    if (!Runs.Key.empty()) {
      Runs.Name = L.ParamName.str();
      return Runs;
    }
  }
  // The parameter that receives an operand of its registration (libevent's
  // user data, libuv's handle): what that operand names.
  if (Index == R.PassedParameter) {
    const FrameworkModel *M = model(R.Model);
    LoopId Passed = value(R.Passed, M ? M : Model);
    if (!Passed.Key.empty() && !Passed.Param) {
      Passed.Name = AtSink;
      return Passed;
    }
  }
  return L;
}

void LoopContext::relate(FindingKind K, Finding &F) const {
  const Program::Site &Sink =
      P.Sites[K == FindingKind::SyncClient && !F.Beyond.empty()
                  ? F.Beyond.back()
                  : F.sink()];
  const facts::Site &S = *Sink.S;
  if (!S.Sink.valid())
    return;
  const SinkRule &Rule = sinkRule(S);
  LoopId RootLoop = rootLoop(*F.R);
  if (Rule.Kind == SinkKind::Blocking) {
    if (!Rule.WaitsForFuture || RootLoop.Key.empty())
      return;
    // A future made by an asynchronous operation of the loop that is now
    // blocked waiting for it: nothing will ever complete it.
    const facts::FutureSource &Future =
        facts::sinkDetail(P.unit(Sink.Unit), S).Future;
    if (Future.K == facts::FutureSource::Promise) {
      // Who completes the promise, and on which loop?
      auto It = Completers.find(Future.PromiseKey);
      if (It == Completers.end())
        return;
      for (const Program::Root &Other : P.Roots) {
        if (!llvm::is_contained(It->second, Other.Node))
          continue;
        LoopId Completes = rootLoop(Other);
        if (Completes.Key == RootLoop.Key) {
          F.Relation = LoopRelation::Same;
          F.LoopName = Completes.Name;
          F.CompletedAt = {Other.Unit, Other.R->Loc};
          return;
        }
      }
      return;
    }
    if (Future.K == facts::FutureSource::Registration) {
      LoopId Made = value(Future.Loop, model(Future.Model));
      if (!Made.Key.empty() && Made.Key == RootLoop.Key) {
        F.Relation = LoopRelation::Same;
        F.LoopName = Made.Name;
        F.CompletedAt = {Sink.Unit, Future.At};
      }
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
  LoopId L =
      K == FindingKind::SyncClient
          ? value(facts::sinkDetail(P.unit(Sink.Unit), S).Loop, model(S.Sink))
          : loopAt(facts::sinkDetail(P.unit(Sink.Unit), S).Loop, F, SinkIndex,
                   model(S.Sink));
  F.LoopName = L.Name;
  if (!L.Key.empty() && L.Key == RootLoop.Key) {
    F.Relation = LoopRelation::Same;
    return;
  }
  if (L.Made) {
    F.Relation = LoopRelation::Private;
    return;
  }
  if (!L.LocalTo.empty())
    for (unsigned N : nodesOn(F))
      if (P.function(N).Key == L.LocalTo) {
        F.Relation = LoopRelation::Private;
        return;
      }
  if (!L.LocalTo.empty() && K == FindingKind::SyncClient)
    F.Relation = LoopRelation::Private;
}

} // namespace clang::tidy::eventloop
