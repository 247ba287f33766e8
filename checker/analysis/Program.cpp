//===--- Program.cpp - The facts of one TU or many, linked ----------------===//

#include "Program.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include <array>
#include <cassert>
#include <functional>
#include <map>
#include <tuple>

namespace clang::tidy::eventloop {

std::optional<unsigned> Program::nodeOf(unsigned Unit, uint32_t Local) const {
  if (Unit >= LocalNode.size() || Local >= LocalNode[Unit].size() ||
      LocalNode[Unit][Local] == ~0u)
    return std::nullopt;
  return LocalNode[Unit][Local];
}

std::optional<unsigned> Program::nodeOf(llvm::StringRef Key) const {
  unsigned N = ByKey.find(Key, [&](unsigned N) { return keyOf(N); });
  if (N == KeyTable::None)
    return std::nullopt;
  return N;
}

const facts::Argument *Program::argument(const Site &S, uint32_t Index) const {
  for (const facts::Argument &A : S.S->Args)
    if (A.Index == Index)
      return &A;
  return nullptr;
}

void Program::addSite(const facts::Site *S, unsigned Unit, unsigned Caller) {
  unsigned Id = Sites.size();
  Sites.push_back({S, Unit, Caller, {}, {}});
  Nodes[Caller].Sites.push_back(Id);
}

bool Program::derives(llvm::StringRef A, llvm::StringRef B) const {
  if (A == B)
    return true;
  auto It = BasesOf.find(A);
  return It != BasesOf.end() &&
         std::binary_search(It->second.begin(), It->second.end(), B);
}

bool Program::related(llvm::StringRef A, llvm::StringRef B) const {
  if (A.empty() || B.empty() || derives(A, B) || derives(B, A))
    return true;
  // Multiple inheritance: a class of the program that is both.
  auto [It, New] =
      RelatedMemo.try_emplace((llvm::Twine(A) + "\n" + B).str(), false);
  if (New)
    for (const auto &Class : BasesOf)
      if (derives(Class.getKey(), A) && derives(Class.getKey(), B)) {
        It->second = true;
        break;
      }
  return It->second;
}

bool Program::offMainThread(llvm::StringRef Class) const {
  if (Class.empty() || Moved.empty())
    return false;
  auto [It, New] = OffMainMemo.try_emplace(Class, false);
  if (New)
    It->second = llvm::any_of(
        Moved, [&](const auto &M) { return derives(Class, M.getKey()); });
  return It->second;
}

bool Program::callbackOffMain(const facts::Root &R, unsigned Node) const {
  return offMainThread(R.Receiver.empty() ? function(Node).MemberOf
                                          : R.Receiver);
}

bool Program::crossesThread(unsigned Site, unsigned Node,
                            bool FromOffMain) const {
  const Connection *C = connectionOf(Site, Node);
  return C && C->R->Runs == facts::ConnectionType::Automatic &&
         !C->R->Receiver.empty() &&
         offMainThread(C->R->Receiver) != FromOffMain;
}

bool Program::runsAtOnce(const facts::Root &R, llvm::StringRef Caller) const {
  if (!R.Once || R.RegisteredIn == facts::None)
    return false;
  switch (R.Runs) {
  case facts::ConnectionType::Direct:
    return true;
  case facts::ConnectionType::Automatic:
    return !R.Receiver.empty() &&
           offMainThread(Caller) == offMainThread(R.Receiver);
  case facts::ConnectionType::Unsaid:
  case facts::ConnectionType::Queued:
    return false;
  }
  llvm_unreachable("a connection of no kind");
}

void Program::linkEmit(unsigned Id, llvm::StringRef Signal,
                       llvm::StringRef Receiver) {
  auto It = Connections.find(Signal);
  if (It == Connections.end())
    return;
  EmitOf[Id] = It->first();
  Emits[It->first()].push_back(Id);
  for (const Connection &To : It->second) {
    if (!related(Receiver, To.R->Sender) ||
        To.R->Runs == facts::ConnectionType::Queued)
      continue;
    if (!llvm::is_contained(Sites[Id].Callees, To.Slot))
      Sites[Id].Callees.push_back(To.Slot);
    ConnectionEdges.try_emplace({Id, To.Slot}, &To);
  }
}

Program Program::link(llvm::ArrayRef<const facts::TUFacts *> Units) {
  Program P;
  P.Units.assign(Units.begin(), Units.end());
  P.LocalNode.resize(Units.size());
  size_t Functions = 0, Sites = 0;
  for (const facts::TUFacts *T : Units) {
    Functions += T->Functions.size();
    Sites += T->Sites.size();
  }
  // A program has millions of sites: growing the tables would copy them.
  auto KeyOf = [&P](unsigned N) { return P.keyOf(N); };
  P.ByKey.reserve(Functions);
  reserveLarge(P.Nodes, Functions);
  reserveLarge(P.Sites, Sites);

  // Nodes: the first unit that defines a function gives its body. A
  // function that may not be defined twice in one program and is (the
  // database holds several programs: each test its own executable) is a
  // node per unit, which that unit's calls reach.
  for (const facts::TUFacts *T : Units)
    for (const facts::Class &C : T->Classes)
      P.BasesOf.try_emplace(C.Key, C.Bases);
  for (unsigned U = 0; U < Units.size(); ++U) {
    const facts::TUFacts &T = *Units[U];
    P.LocalNode[U].assign(T.Functions.size(), ~0u);
    for (unsigned L = 0; L < T.Functions.size(); ++L) {
      const facts::Function &F = T.Functions[L];
      if (!F.Defined)
        continue;
      auto [First, New] = P.ByKey.insert(F.Key, P.Nodes.size(), KeyOf);
      if (!New && (F.Mergeable || P.Nodes[First].F->Mergeable))
        continue;
      if (!New)
        P.LocalNode[U][L] = P.Nodes.size();
      P.Nodes.push_back({&F, U, L, {}, {}});
    }
  }
  // Relays: a connection of the project's signal to another signal
  // (`connect(tabs, &Tabs::unlocked, this, &MainWindow::unlocked)`) emits
  // the second whenever the first is emitted. The second signal is a node
  // even when no unit defines it (moc's output is not in the database).
  llvm::StringSet<> Signals;
  for (const facts::TUFacts *T : Units)
    for (const facts::Root &R : T->Roots)
      if (!R.TriggerKey.empty())
        Signals.insert(R.TriggerKey);
  std::vector<std::pair<const facts::Root *, unsigned>> Relays;
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::Root &R : Units[U]->Roots) {
      if (R.TriggerKey.empty() || R.Api.empty() ||
          R.Function >= Units[U]->Functions.size())
        continue;
      const facts::Function &F = Units[U]->Functions[R.Function];
      if (!Signals.contains(F.Key))
        continue;
      Relays.push_back({&R, U});
      if (P.LocalNode[U][R.Function] == ~0u &&
          P.ByKey.insert(F.Key, P.Nodes.size(), KeyOf).second)
        P.Nodes.push_back({&F, U, R.Function, {}, {}});
    }
  // Every function of every unit that some unit defines: declarations too.
  for (unsigned U = 0; U < Units.size(); ++U) {
    const facts::TUFacts &T = *Units[U];
    for (unsigned L = 0; L < T.Functions.size(); ++L) {
      if (P.LocalNode[U][L] != ~0u)
        continue;
      P.LocalNode[U][L] = P.ByKey.find(T.Functions[L].Key, KeyOf);
    }
  }

  // Sites of the bodies that are nodes, in source order.
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::Site &S : Units[U]->Sites)
      if (auto N = P.nodeOf(U, S.Caller); N && P.Nodes[*N].Unit == U)
        P.addSite(&S, U, *N);

  // The classes that live off the main thread, for what follows.
  for (const facts::TUFacts *T : Units)
    for (const facts::Class &C : T->Classes)
      if (C.Moved)
        P.Moved.insert(C.Key);
  P.dropFirstRunBranches();
  // A single call that runs its callback at once is a site of the function
  // that makes it, at the call.
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::Root &R : Units[U]->Roots) {
      if (R.RegisteredIn >= Units[U]->Functions.size() ||
          !P.runsAtOnce(R, Units[U]->Functions[R.RegisteredIn].MemberOf))
        continue;
      auto In = P.nodeOf(U, R.RegisteredIn);
      if (!In || P.Nodes[*In].Unit != U)
        continue;
      facts::Site S;
      S.Caller = R.RegisteredIn;
      S.Loc = R.Loc;
      S.Callees.push_back(R.Function);
      S.Receiver = R.Receiver;
      P.MadeSites.push_back(std::move(S));
      P.RunAtOnce[P.Sites.size()] = &R;
      P.RunAtOnceRoots.insert(&R);
      P.addSite(&P.MadeSites.back(), U, *In);
    }

  // Connections of the project's own signals: a call of the signal runs
  // each callback connected to it.
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::Root &R : Units[U]->Roots)
      if (!R.TriggerKey.empty())
        if (auto N = P.nodeOf(U, R.Function))
          P.Connections[R.TriggerKey].push_back({&R, U, *N});
  // A relay is a site of the second signal's node, at the connection, that
  // emits the second signal on the connection's receiver.
  llvm::SmallVector<std::pair<unsigned, const facts::Root *>, 0> RelaySites;
  for (auto [R, U] : Relays) {
    auto N = P.nodeOf(U, R->Function);
    if (!N)
      continue;
    facts::Site S;
    S.Caller = R->Function;
    S.Loc = R->Loc;
    S.Receiver = R->Receiver;
    P.MadeSites.push_back(std::move(S));
    unsigned Id = P.Sites.size();
    P.addSite(&P.MadeSites.back(), U, *N);
    P.RelayOf[Id] = R;
    P.RelayRoots.insert(R);
    RelaySites.push_back({Id, R});
  }

  // Overriders, for virtual calls: every node that overrides a key.
  llvm::StringMap<llvm::SmallVector<unsigned, 2>> Overriders;
  for (unsigned N = 0; N < P.Nodes.size(); ++N)
    for (llvm::StringRef Key : P.Nodes[N].F->Overrides)
      Overriders[Key].push_back(N);
  // Project functions whose bodies some unit has: assumed calls of the
  // callables given to them are replaced by what their bodies do.
  for (Site &S : P.Sites) {
    if (S.S->AssumedFor != facts::None && P.nodeOf(S.Unit, S.S->AssumedFor))
      continue;
    auto Link = [&](unsigned N) {
      if (!llvm::is_contained(S.Callees, N))
        S.Callees.push_back(N);
    };
    for (uint32_t C : S.S->Callees) {
      if (auto N = P.nodeOf(S.Unit, C))
        Link(*N);
      if (P.Connections.empty() || S.S->Kind != facts::SiteKind::Call)
        continue;
      auto It = P.Connections.find(Units[S.Unit]->Functions[C].Key);
      if (It == P.Connections.end())
        continue;
      P.linkEmit(&S - P.Sites.data(), It->first(), S.S->Receiver);
    }
    if (llvm::StringRef Method = P.detail(S).VirtualOf; !Method.empty()) {
      auto It = Overriders.find(Method);
      if (It != Overriders.end())
        for (unsigned N : It->second)
          Link(N);
    }
  }
  for (auto [Id, R] : RelaySites)
    P.linkEmit(Id, P.unit(P.Sites[Id].Unit).Functions[R->Function].Key,
               R->Receiver);
  for (unsigned Id = 0; Id < P.Sites.size(); ++Id)
    for (unsigned N : P.Sites[Id].Callees)
      P.Nodes[N].CalledFrom.push_back(Id);
  P.specialiseEmitters();
  P.specialiseConstruction();
  P.specialiseConstants();
  P.specialiseConstructionEmits();

  // Registered callbacks, in the order they were registered; a slot that
  // emits on `this` runs on the connection's receiver. A callback started
  // on a new thread before its loop, of an object that lives off the main
  // thread, runs there at once, before that loop: no loop code.
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::Root &R : Units[U]->Roots)
      if (!R.Api.empty() && !P.RunAtOnceRoots.contains(&R))
        if (auto N = P.nodeOf(U, R.Function); N && !P.runsBeforeLoop(R, *N))
          P.Registered.push_back({&R, U, P.onObjectOf(*N, R.Receiver)});
  P.propagateParameters();
  P.collectStores();
  P.addRoots();
  P.dropEmittedRoots();
  P.inheritUserInput();
  P.deriveRoots();
  return P;
}

void Program::dropFirstRunBranches() {
  // What a site of such a branch stands for once it is left out: a call of
  // nothing.
  static const facts::Site Nothing;
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::Root &R : Units[U]->Roots) {
      if (!R.BeforeLoop || R.Api.empty())
        continue;
      auto N = nodeOf(U, R.Function);
      if (!N || !runsBeforeLoop(R, *N))
        continue;
      llvm::erase_if(Nodes[*N].Sites, [&](unsigned Id) {
        if (!Sites[Id].S->OncePerObject)
          return false;
        Sites[Id].S = &Nothing;
        return true;
      });
    }
}

void Program::specialiseEmitters() {
  OriginalNodes = Nodes.size();
  EmitsOnThis.assign(Nodes.size(), false);
  Specialised.assign(Nodes.size(), false);
  if (EmitOf.empty())
    return;
  // The nodes that emit on `this`, and the methods that call them on
  // `this`.
  EmitsOnThis = callersOnThis(
      [&](unsigned Id) { return Sites[Id].S->OnThis && EmitOf.count(Id); });
  // A call of such a method on an object of a derived class runs the copy
  // for that class: `EntryAttributes::set` calling `emitModified()`, or
  // `m_attributes->emitModified()`.
  for (unsigned Id = 0, End = Sites.size(); Id < End; ++Id)
    for (size_t I = 0; I < Sites[Id].Callees.size(); ++I) {
      unsigned C = Sites[Id].Callees[I];
      if (!EmitsOnThis[C] || ConnectionEdges.count({Id, C}))
        continue;
      unsigned Copy = onObjectOf(C, Sites[Id].S->Receiver);
      if (Copy == C)
        continue;
      redirect(Id, I, Copy);
      // Every call now runs a copy: the shared body runs on no object that
      // the program shows, and its emits are nobody's.
      if (Nodes[C].CalledFrom.empty())
        Specialised[C] = true;
    }
}

unsigned Program::onObjectOf(unsigned Node, llvm::StringRef Class) {
  if (Node >= EmitsOnThis.size() || !EmitsOnThis[Node] || Class.empty())
    return Node;
  llvm::StringRef Own = Nodes[Node].F->MemberOf;
  if (Class == Own || !derives(Class, Own))
    return Node;
  auto [It, New] = Copies.try_emplace({Node, Class.str()}, Node);
  if (!New)
    return It->second;
  // Bounded: past twice the program's functions, the shared body serves.
  if (Nodes.size() >= 2 * OriginalNodes + 64)
    return Node;
  unsigned Copy = Nodes.size();
  It->second = Copy;
  Nodes.push_back({Nodes[Node].F, Nodes[Node].Unit, Nodes[Node].Local, {}, {}});
  EmitsOnThis.push_back(true);
  Specialised.push_back(false);
  auto Body = llvm::to_vector<8>(Nodes[Node].Sites);
  for (unsigned From : Body) {
    unsigned Id = Sites.size();
    Sites.push_back(
        {Sites[From].S, Sites[From].Unit, Copy, {}, Sites[From].Field});
    Nodes[Copy].Sites.push_back(Id);
    bool OnThis = Sites[From].S->OnThis;
    llvm::StringRef Receiver = OnThis ? Class : Sites[From].S->Receiver;
    auto Emit = EmitOf.find(From);
    llvm::SmallVector<unsigned, 4> Callees(Sites[From].Callees.begin(),
                                           Sites[From].Callees.end());
    for (unsigned C : Callees) {
      if (Emit != EmitOf.end() && ConnectionEdges.count({From, C}))
        continue; // linked below, for this receiver
      unsigned To = OnThis ? onObjectOf(C, Class) : C;
      if (!llvm::is_contained(Sites[Id].Callees, To))
        Sites[Id].Callees.push_back(To);
    }
    if (Emit != EmitOf.end())
      linkEmit(Id, Emit->second, Receiver);
    for (unsigned C : Sites[Id].Callees)
      Nodes[C].CalledFrom.push_back(Id);
  }
  return Copy;
}

std::vector<bool>
Program::callersOnThis(llvm::function_ref<bool(unsigned)> Seed) const {
  std::vector<bool> Marked(Nodes.size(), false);
  std::vector<unsigned> Work;
  auto Mark = [&](unsigned N) {
    if (!Marked[N] && !Nodes[N].F->MemberOf.empty()) {
      Marked[N] = true;
      Work.push_back(N);
    }
  };
  for (unsigned Id = 0; Id < Sites.size(); ++Id)
    if (Seed(Id))
      Mark(Sites[Id].Caller);
  while (!Work.empty()) {
    unsigned N = Work.back();
    Work.pop_back();
    for (unsigned Id : Nodes[N].CalledFrom)
      if (Sites[Id].S->OnThis && !ConnectionEdges.count({Id, N}))
        Mark(Sites[Id].Caller);
  }
  return Marked;
}

std::vector<llvm::SmallVector<unsigned, 0>> Program::copiesByOriginal() const {
  std::vector<llvm::SmallVector<unsigned, 0>> Out(Nodes.size());
  for (unsigned N = 0; N < Nodes.size(); ++N)
    if (Nodes[N].CopyOf != ~0u)
      Out[Nodes[N].CopyOf].push_back(N);
  return Out;
}

unsigned
Program::copyNode(unsigned Node, llvm::function_ref<bool(unsigned)> Drop,
                  llvm::function_ref<unsigned(unsigned, unsigned)> Redirect) {
  unsigned Copy = Nodes.size();
  Nodes.push_back({Nodes[Node].F, Nodes[Node].Unit, Nodes[Node].Local, {}, {}});
  Nodes[Copy].CopyOf = original(Node);
  EmitsOnThis.push_back(EmitsOnThis[Node]);
  Specialised.push_back(false);
  auto Body = llvm::to_vector<8>(Nodes[Node].Sites);
  for (unsigned From : Body) {
    if (Drop(From))
      continue;
    unsigned Id = Sites.size();
    Sites.push_back(
        {Sites[From].S, Sites[From].Unit, Copy, {}, Sites[From].Field});
    Nodes[Copy].Sites.push_back(Id);
    if (auto Emit = EmitOf.find(From); Emit != EmitOf.end()) {
      llvm::StringRef Signal = Emit->second;
      EmitOf[Id] = Signal;
      Emits[Signal].push_back(Id);
    }
    if (const facts::Root *Relay = relayOf(From))
      RelayOf[Id] = Relay;
    llvm::SmallVector<unsigned, 4> Callees(Sites[From].Callees.begin(),
                                           Sites[From].Callees.end());
    for (unsigned C : Callees) {
      unsigned To = Redirect(From, C);
      if (auto Edge = ConnectionEdges.find({From, C});
          Edge != ConnectionEdges.end()) {
        const Connection *By = Edge->second;
        ConnectionEdges.try_emplace({Id, To}, By);
      }
      Sites[Id].Callees.push_back(To);
      Nodes[To].CalledFrom.push_back(Id);
    }
  }
  return Copy;
}

void Program::redirect(unsigned Site, size_t Index, unsigned To) {
  unsigned From = Sites[Site].Callees[Index];
  llvm::erase(Nodes[From].CalledFrom, Site);
  Nodes[To].CalledFrom.push_back(Site);
  Sites[Site].Callees[Index] = To;
  if (auto Edge = ConnectionEdges.find({Site, From});
      Edge != ConnectionEdges.end()) {
    const Connection *By = Edge->second;
    ConnectionEdges.erase(Edge);
    ConnectionEdges.try_emplace({Site, To}, By);
  }
}

void Program::specialiseConstruction() {
  // Methods with a site that does not run while `this` is being constructed
  // (`if (isVisible())`), and the methods that call them on `this`,
  // backwards to a fixed point.
  std::vector<bool> Guarded = callersOnThis(
      [&](unsigned Id) { return Sites[Id].S->UnlessConstructing; });
  if (llvm::none_of(Guarded, [](bool G) { return G; }))
    return;
  // A constructor's calls on the object it makes run copies without those
  // sites; so do the calls on `this` in the copies.
  std::map<unsigned, unsigned> CopyOf;
  auto OnThisGuarded = [&](unsigned Site, unsigned Callee) {
    return Sites[Site].S->OnThis && Callee < Guarded.size() &&
           Guarded[Callee] && !ConnectionEdges.count({Site, Callee});
  };
  std::function<unsigned(unsigned)> Constructing = [&](unsigned Node) {
    // Known before the body is copied, for the calls back into Node:
    // copyNode makes the copy at the end of Nodes.
    auto [It, New] = CopyOf.try_emplace(Node, Nodes.size());
    if (!New)
      return It->second;
    unsigned Copy = copyNode(
        Node, [&](unsigned Site) { return Sites[Site].S->UnlessConstructing; },
        [&](unsigned Site, unsigned Callee) {
          return OnThisGuarded(Site, Callee) ? Constructing(Callee) : Callee;
        });
    assert(Copy == It->second && "copyNode made the copy elsewhere");
    return Copy;
  };
  for (unsigned N = 0, End = Nodes.size(); N < End; ++N) {
    if (!Nodes[N].F->Constructor)
      continue;
    for (unsigned Id : llvm::to_vector<8>(Nodes[N].Sites))
      for (size_t I = 0; I < Sites[Id].Callees.size(); ++I)
        if (OnThisGuarded(Id, Sites[Id].Callees[I]))
          redirect(Id, I, Constructing(Sites[Id].Callees[I]));
  }
}

namespace {

/// A constant a call passes, by parameter (facts::Argument::Constant).
using Bindings = llvm::SmallVector<std::pair<uint32_t, int64_t>, 2>;

/// Does \p If fail when its parameter is \p V?
bool fails(const facts::ParamCondition &If, int64_t V) {
  return (If.Equality ? V == If.Equals : V != 0) != If.Value;
}

} // namespace

void Program::specialiseConstants() {
  // The parameters each function's sites depend on (`if (transformKey)`,
  // `if (key == Config::KeeShare_Active)`), directly or by passing them on
  // unchanged to a function that depends on them (`Config::set(key, v)`
  // emitting `changed(key)`), to a fixed point. Parameters past 64 are not
  // followed.
  std::vector<uint64_t> Depends(Nodes.size(), 0);
  auto Bit = [](uint32_t Param) {
    return Param < 64 ? uint64_t(1) << Param : 0;
  };
  std::vector<unsigned> Work;
  for (const Site &S : Sites)
    for (const facts::ParamCondition &If : S.S->OnlyIf)
      if (!(Depends[S.Caller] & Bit(If.Param))) {
        Depends[S.Caller] |= Bit(If.Param);
        Work.push_back(S.Caller);
      }
  if (Work.empty())
    return;
  while (!Work.empty()) {
    unsigned N = Work.back();
    Work.pop_back();
    for (unsigned Id : Nodes[N].CalledFrom)
      for (const facts::Argument &A : Sites[Id].S->Args)
        if (A.FromParam != facts::None && (Depends[N] & Bit(A.Index))) {
          unsigned Caller = Sites[Id].Caller;
          if (!(Depends[Caller] & Bit(A.FromParam))) {
            Depends[Caller] |= Bit(A.FromParam);
            Work.push_back(Caller);
          }
        }
  }
  // What a call \p Id passes to callee \p C that C depends on: its
  // constants, and the bound parameters of its caller that it passes on.
  auto Passed = [&](unsigned Id, unsigned C, const Bindings &Caller) {
    Bindings Out;
    if (C >= Depends.size() || !Depends[C])
      return Out;
    for (const facts::Argument &A : Sites[Id].S->Args) {
      if (!(Depends[C] & Bit(A.Index)))
        continue;
      std::optional<int64_t> V = A.Constant;
      if (!V && A.FromParam != facts::None)
        for (auto [Param, Value] : Caller)
          if (Param == A.FromParam)
            V = Value;
      if (V)
        Out.push_back({A.Index, *V});
    }
    llvm::sort(Out);
    return Out;
  };
  // A call that passes a constant where a site needs another value
  // (`setKey(key, true, false, false)`, `emit dialogFinished(false)` to a
  // slot's `if (accepted)`, `config()->set(Config::GUI_Language, v)` to
  // `Config::changed`'s slot's `if (key == Config::KeeShare_Active)`) runs
  // a copy without those sites, whose calls run copies in turn. Bounded:
  // past twice the program's functions, calls run the shared bodies.
  auto Drops = [&](unsigned Site, const Bindings &With) {
    return llvm::any_of(Sites[Site].S->OnlyIf,
                        [&](const facts::ParamCondition &If) {
                          for (auto [Param, Value] : With)
                            if (Param == If.Param && fails(If, Value))
                              return true;
                          return false;
                        });
  };
  // Does binding \p With leave a site out of \p Node's body, or of a body
  // it calls? (A cycle: no.)
  std::map<std::pair<unsigned, Bindings>, bool> Matters;
  std::function<bool(unsigned, const Bindings &)> Changes =
      [&](unsigned Node, const Bindings &With) -> bool {
    if (With.empty())
      return false;
    auto [It, New] = Matters.try_emplace({Node, With}, false);
    if (!New)
      return It->second;
    bool Yes = false;
    for (unsigned Site : Nodes[Node].Sites) {
      Yes = Drops(Site, With) ||
            llvm::any_of(Sites[Site].Callees, [&](unsigned C) {
              return Changes(C, Passed(Site, C, With));
            });
      if (Yes)
        break;
    }
    Matters[{Node, With}] = Yes;
    return Yes;
  };
  std::map<std::pair<unsigned, Bindings>, unsigned> Copies;
  std::function<unsigned(unsigned, const Bindings &)> Bound =
      [&](unsigned Node, const Bindings &With) -> unsigned {
    if (Nodes.size() >= 2 * OriginalNodes + 64 || !Changes(Node, With))
      return Node;
    auto [It, New] = Copies.try_emplace({Node, With}, Nodes.size());
    if (!New)
      return It->second;
    unsigned Copy = copyNode(
        Node, [&](unsigned Site) { return Drops(Site, With); },
        [&](unsigned Site, unsigned Callee) {
          return Bound(Callee, Passed(Site, Callee, With));
        });
    assert(Copy == It->second && "copyNode made the copy elsewhere");
    return Copy;
  };
  for (unsigned Id = 0, End = Sites.size(); Id < End; ++Id) {
    if (llvm::none_of(Sites[Id].S->Args, [](const facts::Argument &A) {
          return A.Constant.has_value();
        }))
      continue;
    for (size_t I = 0; I < Sites[Id].Callees.size(); ++I) {
      unsigned C = Sites[Id].Callees[I];
      Bindings With = Passed(Id, C, {});
      if (With.empty())
        continue;
      unsigned To = Bound(C, With);
      if (To != C)
        redirect(Id, I, To);
    }
  }
}

void Program::collectStores() {
  struct Pending {
    const facts::FieldStore *Store;
    unsigned StoreUnit;
    unsigned Node;  ///< the function whose parameter is stored
    uint32_t Index; ///< the parameter
  };
  std::vector<Pending> Work;
  // A function's copies (copyNode) store what their own callers pass.
  std::vector<llvm::SmallVector<unsigned, 0>> CopiesOf = copiesByOriginal();
  auto Keep = [&](const facts::FieldStore *F, unsigned FU, unsigned Node,
                  unsigned PassedAt) {
    std::vector<Stored> &In = Storages[F->Field];
    if (llvm::none_of(In, [&](const Stored &S) { return S.Node == Node; }))
      In.push_back({Node, F, FU, PassedAt});
  };
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::FieldStore &F : Units[U]->FieldStores) {
      for (uint32_t C : F.Callables)
        if (auto N = nodeOf(U, C))
          Keep(&F, U, *N, ~0u);
      if (F.FromParam != facts::None && F.In != facts::None)
        if (auto N = nodeOf(U, F.In); N && Nodes[*N].Unit == U) {
          Work.push_back({&F, U, *N, F.FromParam});
          for (unsigned Copy : CopiesOf[*N])
            Work.push_back({&F, U, Copy, F.FromParam});
        }
    }
  // A parameter stored: whatever the callers pass, and their callers.
  llvm::DenseSet<std::pair<unsigned, unsigned>> Seen;
  for (size_t I = 0; I < Work.size(); ++I) {
    Pending W = Work[I];
    if (!Seen.insert({W.Node, W.Index}).second)
      continue;
    for (unsigned SiteId : llvm::to_vector<8>(Nodes[W.Node].CalledFrom)) {
      const Site &Into = Sites[SiteId];
      if (Into.S->Kind != facts::SiteKind::Call &&
          Into.S->Kind != facts::SiteKind::Construct)
        continue;
      const facts::Argument *Arg = argument(Into, W.Index);
      if (!Arg)
        continue;
      for (uint32_t C : Arg->Callables)
        if (auto N = nodeOf(Into.Unit, C))
          Keep(W.Store, W.StoreUnit, *N, SiteId);
      if (Arg->FromParam != facts::None)
        Work.push_back({W.Store, W.StoreUnit, Into.Caller, Arg->FromParam});
    }
  }
}

void Program::deriveRoots() {
  if (Storages.empty())
    return;
  // Breadth-first from every root: each node learns the first root that
  // reaches it and the site it was reached by. A call through a storage in
  // code a root reaches makes each callable stored there a root of its own.
  std::vector<int> RootOf(Nodes.size(), -1);
  std::vector<unsigned> Parent(Nodes.size(), ~0u);
  std::vector<unsigned> Queue;
  for (unsigned R = 0; R < Roots.size(); ++R)
    if (RootOf[Roots[R].Node] < 0) {
      RootOf[Roots[R].Node] = R;
      Queue.push_back(Roots[R].Node);
    }
  for (size_t Head = 0; Head < Queue.size(); ++Head) {
    unsigned N = Queue[Head];
    for (unsigned SiteId : Nodes[N].Sites) {
      const Site &S = Sites[SiteId];
      if (llvm::StringRef Field = detail(S).ThroughField; !Field.empty()) {
        auto It = Storages.find(Field);
        if (It != Storages.end())
          for (const Stored &C : It->second) {
            if (RootOf[C.Node] >= 0)
              continue;
            const Root &Origin = Roots[RootOf[N]];
            facts::Root Made = *Origin.R;
            Made.LoopParameter = -1;
            Made.PassedParameter = -1;
            Made.Passed = {};
            MadeRoots.push_back(Made);
            Root R{&MadeRoots.back(), Origin.Unit, C.Node};
            R.Origin = RootOf[N];
            R.ThroughSite = SiteId;
            for (unsigned At = N; Parent[At] != ~0u;
                 At = Sites[Parent[At]].Caller)
              R.Reach.push_back(Parent[At]);
            std::reverse(R.Reach.begin(), R.Reach.end());
            R.Store = C.Store;
            R.StoreUnit = C.StoreUnit;
            R.PassedAt = C.PassedAt;
            RootOf[C.Node] = Roots.size();
            Roots.push_back(std::move(R));
            Queue.push_back(C.Node);
          }
      }
      for (unsigned C : S.Callees)
        if (RootOf[C] < 0) {
          RootOf[C] = RootOf[N];
          Parent[C] = SiteId;
          Queue.push_back(C);
        }
    }
  }
}

void Program::propagateParameters() {
  // Worklist over (function, parameter): each call site of the function
  // passes a callable that is called, or registered, there; a caller that
  // passes its own parameter on does the same with that parameter.
  struct Use {
    const facts::ParameterUse *U;
    unsigned Unit; ///< the unit of U's values
    unsigned Node;
    uint32_t Index;
  };
  std::vector<Use> Work;
  // A function's copies (copyNode) use what their own callers pass.
  std::vector<llvm::SmallVector<unsigned, 0>> CopiesOf = copiesByOriginal();
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::ParameterUse &PU : Units[U]->ParameterUses)
      if (auto N = nodeOf(U, PU.Function); N && Nodes[*N].Unit == U) {
        Work.push_back({&PU, U, *N, PU.Index});
        for (unsigned Copy : CopiesOf[*N])
          Work.push_back({&PU, U, Copy, PU.Index});
      }
  llvm::DenseSet<std::pair<unsigned, unsigned>> Seen[2];
  for (size_t I = 0; I < Work.size(); ++I) {
    Use W = Work[I];
    const facts::ParameterUse &PU = *W.U;
    if (!Seen[PU.Registers].insert({W.Node, W.Index}).second)
      continue;
    const facts::Function &F = *Nodes[W.Node].F;
    if (W.Index >= F.Params)
      continue;
    auto Callers = llvm::to_vector<8>(Nodes[W.Node].CalledFrom);
    for (unsigned SiteId : Callers) {
      const Site Into = Sites[SiteId];
      if (Into.S->Kind != facts::SiteKind::Call &&
          Into.S->Kind != facts::SiteKind::Construct)
        continue;
      const facts::Argument *Arg = argument(Into, W.Index);
      if (!Arg)
        continue;
      if (Arg->FromParam != facts::None)
        Work.push_back({W.U, W.Unit, Into.Caller, Arg->FromParam});
      if (Arg->Offloaded)
        continue;
      if (PU.Registers) {
        // The loop, and the operand the callback receives, are the
        // wrapper's arguments when the wrapper takes them as parameters.
        // A parameter of the current function: the caller's argument.
        bool Here = original(W.Node) == nodeOf(W.Unit, PU.Function);
        auto Through = [&](uint32_t FromParam, const facts::LoopValue &V) {
          if (!Here || FromParam == facts::None)
            return V;
          const facts::Argument *A = argument(Into, FromParam);
          return A ? A->Loop : facts::LoopValue();
        };
        for (uint32_t T : Arg->Callables) {
          auto Target = nodeOf(Into.Unit, T);
          if (!Target)
            continue;
          facts::Root R;
          R.Function = T;
          R.Loc = Into.S->Loc;
          R.Api = F.Api;
          R.Model = PU.Model;
          R.Loop = Through(PU.LoopFromParam, PU.Loop);
          R.Passed = Through(PU.PassedFromParam, PU.Passed);
          R.PassedParameter = PU.HasPassed ? PU.PassedParameter : -1;
          R.RegisteredIn = Into.S->Caller;
          R.UserWindow = Arg->OwnWindow;
          R.UserInput = PU.UserInput;
          MadeRoots.push_back(R);
          Registered.push_back({&MadeRoots.back(), Into.Unit, *Target});
        }
        continue;
      }
      llvm::SmallVector<unsigned, 2> Targets;
      for (uint32_t T : Arg->Callables)
        if (auto N = nodeOf(Into.Unit, T))
          Targets.push_back(*N);
      if (Targets.empty())
        continue;
      facts::Site S = *Into.S;
      S.Kind = facts::SiteKind::PassCallable;
      S.PassedTo = F.Api;
      S.Callees.clear();
      S.Args.clear();
      MadeSites.push_back(std::move(S));
      unsigned Id = Sites.size();
      Sites.push_back({&MadeSites.back(), Into.Unit, Into.Caller, {}, {}});
      Nodes[Into.Caller].Sites.push_back(Id);
      Sites[Id].Callees.assign(Targets.begin(), Targets.end());
      for (unsigned N : Targets)
        Nodes[N].CalledFrom.push_back(Id);
    }
  }
}

void Program::dropEmittedRoots() {
  if (Emits.empty())
    return;
  // A callback connected to a signal that the project emits only in code
  // that other roots reach runs as part of that code: the emit is an edge
  // into it, and the root that reaches the emit tells what starts it (the
  // user's click, a timer). A signal emitted anywhere else (a worker
  // thread's run, code no root reaches) still makes the callback a root.
  // Only the emits whose object may be the connection's sender run it.
  // An emit while the sender is being made, before the connection is
  // (NotYetConnected), does not run it: a callback that only such emits
  // would run is no root.
  std::vector<bool> NeverRun(Roots.size(), false);
  auto EmitsOf = [&](size_t I) {
    const Root &R = Roots[I];
    llvm::SmallVector<unsigned, 4> Out;
    bool Unconnected = false;
    if (auto It = Emits.find(R.R->TriggerKey); It != Emits.end())
      for (unsigned Id : It->second) {
        if (Specialised[Sites[Id].Caller])
          continue;
        if (connectionOf(Id, R.Node))
          Out.push_back(Id);
        else if (NotYetConnected.contains({Id, R.Node}))
          Unconnected = true;
      }
    NeverRun[I] = Out.empty() && Unconnected;
    return Out;
  };
  // The emits that run each root; a root that none runs stays one.
  std::vector<llvm::SmallVector<unsigned, 4>> EmittedBy;
  EmittedBy.reserve(Roots.size());
  for (size_t I = 0; I < Roots.size(); ++I)
    EmittedBy.push_back(Roots[I].R->TriggerKey.empty()
                            ? llvm::SmallVector<unsigned, 4>()
                            : EmitsOf(I));
  // A relay (a connection of a signal to a signal) is no root: the emits of
  // its first signal reach it, and when some emit is not in code that other
  // roots reach, or there is none, the second signal's callbacks are roots.
  auto IsRelay = [&](const Root &R) { return RelayRoots.contains(R.R); };
  // The code that roots on the main thread, and on other threads, reach:
  // an automatic connection to a class of the other thread queues its
  // callback there, which is no call.
  std::vector<bool> Reached[2] = {std::vector<bool>(Nodes.size(), false),
                                  std::vector<bool>(Nodes.size(), false)};
  std::vector<std::pair<unsigned, bool>> Queue;
  for (size_t I = 0; I < Roots.size(); ++I) {
    bool Off = rootOffMain(Roots[I]);
    if (EmittedBy[I].empty() && !IsRelay(Roots[I]) && !NeverRun[I] &&
        !Reached[Off][Roots[I].Node]) {
      Reached[Off][Roots[I].Node] = true;
      Queue.push_back({Roots[I].Node, Off});
    }
  }
  for (size_t Head = 0; Head < Queue.size(); ++Head) {
    auto [Node, Off] = Queue[Head];
    for (unsigned SiteId : Nodes[Node].Sites)
      for (unsigned C : Sites[SiteId].Callees)
        if (!Reached[Off][C] && !crossesThread(SiteId, C, Off)) {
          Reached[Off][C] = true;
          Queue.push_back({C, Off});
        }
  }
  // A copy that leaves calls out runs where its original would. A function
  // whose every call runs one of its copies (KeePassXC's
  // `Group::setParent`, each of whose calls passes `trackPrevious`) runs
  // as written where its copies do.
  std::vector<bool> CopyReached[2] = {std::vector<bool>(Nodes.size(), false),
                                      std::vector<bool>(Nodes.size(), false)};
  for (bool Off : {false, true})
    for (unsigned N = 0; N < Nodes.size(); ++N)
      if (Reached[Off][N] && original(N) != N)
        CopyReached[Off][original(N)] = true;
  auto ReachedOn = [&](unsigned Node, bool Off) {
    unsigned Of = original(Node);
    return Reached[Off][Node] || Reached[Off][Of] ||
           (Node == Of && Nodes[Node].CalledFrom.empty() &&
            CopyReached[Off][Node]);
  };
  // Does code that other roots reach run emit site Id, on a thread where
  // it calls Slot? A relay's site does when every emit of its first signal
  // is such code (a cycle: no).
  llvm::DenseMap<unsigned, int> RelayMemo; // 0: being decided or no, 1: yes
  std::function<bool(unsigned, unsigned)> RunByRoots =
      [&](unsigned Id, unsigned Slot) -> bool {
    auto Relay = RelayOf.find(Id);
    if (Relay == RelayOf.end()) {
      unsigned Caller = Sites[Id].Caller;
      return llvm::any_of(std::array<bool, 2>{false, true}, [&](bool Off) {
        return ReachedOn(Caller, Off) && !crossesThread(Id, Slot, Off);
      });
    }
    auto [It, New] = RelayMemo.try_emplace(Id, 0);
    if (!New)
      return It->second == 1;
    llvm::SmallVector<unsigned, 4> From;
    unsigned Relaying = Sites[Id].Caller;
    if (auto First = Emits.find(Relay->second->TriggerKey);
        First != Emits.end())
      for (unsigned E : First->second)
        if (connectionOf(E, Relaying) && !Specialised[Sites[E].Caller])
          From.push_back(E);
    bool Yes = !From.empty() && llvm::all_of(From, [&](unsigned E) {
      return RunByRoots(E, Relaying);
    });
    RelayMemo[Id] = Yes;
    return Yes;
  };
  std::vector<Root> Kept;
  for (size_t I = 0; I < Roots.size(); ++I)
    if (!IsRelay(Roots[I]) && !NeverRun[I] &&
        (EmittedBy[I].empty() || !llvm::all_of(EmittedBy[I], [&](unsigned Id) {
           return RunByRoots(Id, Roots[I].Node);
         })))
      Kept.push_back(std::move(Roots[I]));
  Roots = std::move(Kept);
}

void Program::inheritUserInput() {
  // The project's signals that a connection fires: a signal connected to a
  // signal (`connect(box, &QDialogButtonBox::accepted, this,
  // &EditWidget::accepted)`) relays what starts the first.
  llvm::StringMap<std::vector<const facts::Root *>> Relays;
  for (const facts::TUFacts *U : Units)
    for (const facts::Root &R : U->Roots)
      if (!R.Api.empty() && R.Function < U->Functions.size())
        Relays[U->Functions[R.Function].Key].push_back(&R);
  std::vector<std::vector<const Root *>> RootsOf(Nodes.size());
  for (const Root &R : Roots)
    RootsOf[R.Node].push_back(&R);

  // Does only the user's own input fire signal Key? When every connection
  // that relays it is the user's input, and every emit of it is in code
  // that only the user's input runs: the body of a callback that only the
  // user's input starts, a branch for the user's input events
  // (facts::Site::UserInput), or a function that is no root and that only
  // such code calls. A cycle counts as no.
  llvm::StringMap<int> Memo; // 0: being decided or no, 1: yes
  std::function<bool(llvm::StringRef)> ByUser;
  auto RootByUser = [&](const facts::Root &R) {
    return R.UserInput || (!R.TriggerKey.empty() && ByUser(R.TriggerKey));
  };
  // Callers are followed up to a depth of 256 functions: deeper is no.
  std::vector<int> NodeMemo(Nodes.size(), -1); // -1: not yet, 0: no, 1: yes
  unsigned Depth = 0;
  std::function<bool(unsigned)> RunByUser;
  auto SiteByUser = [&](unsigned Id) {
    unsigned Caller = Sites[Id].Caller;
    return Sites[Id].S->UserInput || Specialised[Caller] || RunByUser(Caller);
  };
  RunByUser = [&](unsigned Node) -> bool {
    if (NodeMemo[Node] >= 0)
      return NodeMemo[Node] == 1;
    if (Depth >= 256)
      return false;
    NodeMemo[Node] = 0;
    ++Depth;
    const auto &Of = RootsOf[Node];
    bool Yes =
        !Of.empty()
            ? llvm::all_of(Of, [&](const Root *R) { return RootByUser(*R->R); })
            : !Nodes[Node].CalledFrom.empty() &&
                  llvm::all_of(Nodes[Node].CalledFrom, SiteByUser);
    --Depth;
    NodeMemo[Node] = Yes;
    return Yes;
  };
  ByUser = [&](llvm::StringRef Key) -> bool {
    auto [It, New] = Memo.try_emplace(Key, 0);
    if (!New)
      return It->second == 1;
    auto Relayed = Relays.find(Key);
    auto Emitted = Emits.find(Key);
    bool Fired = Relayed != Relays.end() || Emitted != Emits.end();
    bool Yes =
        Fired &&
        (Relayed == Relays.end() ||
         llvm::all_of(Relayed->second,
                      [&](const facts::Root *R) { return RootByUser(*R); })) &&
        (Emitted == Emits.end() ||
         llvm::all_of(Emitted->second, [&](unsigned Id) {
           // A relay's site: the relays above.
           if (Specialised[Sites[Id].Caller] || RelayOf.count(Id))
             return true;
           return SiteByUser(Id);
         }));
    Memo[Key] = Yes;
    return Yes;
  };
  auto MakeUserInput = [&](Root &R) {
    facts::Root Made = *R.R;
    Made.UserInput = true;
    MadeRoots.push_back(Made);
    R.R = &MadeRoots.back();
  };
  for (Root &R : Roots)
    if (!R.R->UserInput && !R.R->TriggerKey.empty() && ByUser(R.R->TriggerKey))
      MakeUserInput(R);
  // A callback run once, soon (`QTimer::singleShot(200, [] { ... })`),
  // registered in the body of callbacks that only the user's input starts,
  // carries on what that input started.
  for (Root &R : Roots) {
    if (R.R->UserInput || !R.R->Once || R.R->RegisteredIn == facts::None)
      continue;
    auto In = nodeOf(R.Unit, R.R->RegisteredIn);
    if (!In || Specialised[*In])
      continue;
    const auto &Of = RootsOf[*In];
    if (!Of.empty() &&
        llvm::all_of(Of, [](const Root *By) { return By->R->UserInput; }))
      MakeUserInput(R);
  }
}

void Program::addRoots() {
  // A wrapper named in RegistrationFunctions that hands its parameter to a
  // library's registration makes the same root twice at one call: the
  // library's says which loop runs it, so it replaces the configured one.
  // Other repeats of a root at one call add nothing.
  std::map<std::tuple<unsigned, unsigned, uint32_t, uint32_t>, size_t> AtCall;
  for (Root &R : Registered) {
    auto Key = std::make_tuple(R.Node, R.Unit, R.R->Loc.File, R.R->Loc.Offset);
    auto [It, New] = AtCall.try_emplace(Key, Roots.size());
    if (!New) {
      Root &Earlier = Roots[It->second];
      if (Earlier.R->Model.Model == facts::RuleRef::UserModel &&
          R.R->Model.valid() && R.R->Model.Model != facts::RuleRef::UserModel)
        Earlier = R;
      continue;
    }
    Roots.push_back(R);
  }
  // Code that is loop code by its nature, once per node.
  for (unsigned U = 0; U < Units.size(); ++U)
    for (const facts::Root &R : Units[U]->Roots)
      if (R.Api.empty())
        if (auto N = nodeOf(U, R.Function); N && Nodes[*N].Unit == U)
          Roots.push_back({&R, U, *N});
}

} // namespace clang::tidy::eventloop
