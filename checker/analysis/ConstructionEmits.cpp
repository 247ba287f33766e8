//===--- ConstructionEmits.cpp - Emits while an object is being made ------===//
//
// While a constructor runs, nobody else holds the object it makes: the
// connections that object has are the ones the constructor's run makes.
// An emit on `this` in the constructor, or in a method it calls on `this`,
// and a signal relayed to an object of the constructor's class by a
// connection that the run made (`Database::Database` names its new root
// group, whose `groupDataChanged` the group relays to the database), run
// only the slots connected by code the run reaches. The slots that the
// object's users connect after it is made are not run.
//
// The constructor's body keeps only those edges; the functions between it
// and the emits run copies that keep only them (Program::copyNode).
//
//===----------------------------------------------------------------------===//

#include "Program.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SetVector.h"
#include <map>

namespace clang::tidy::eventloop {

namespace {

/// An edge of a connection that runs only when the connection was made
/// during the constructor's run.
struct Restricted {
  unsigned Site, Index, Callee;
  /// The function that makes the connection, and for a relay, the
  /// function that makes the relay (~0u when unknown).
  unsigned MadeIn, RelayMadeIn;
};

} // namespace

void Program::dropCallee(unsigned Site, size_t Index) {
  unsigned Node = Sites[Site].Callees[Index];
  if (ConnectionEdges.count({Site, Node}))
    NotYetConnected.insert({Site, Node});
  Sites[Site].Callees.erase(Sites[Site].Callees.begin() + Index);
  llvm::erase(Nodes[Node].CalledFrom, Site);
  ConnectionEdges.erase({Site, Node});
}

void Program::specialiseConstructionEmits() {
  if (ConnectionEdges.empty())
    return;
  // Classes that receive a relay: only their constructors can run one on
  // the object they make. A constructor without an emit on `this` or such
  // a class has nothing to cut.
  llvm::SmallVector<llvm::StringRef, 8> RelayReceivers;
  for (const facts::Root *R : RelayRoots)
    if (!R->Receiver.empty() &&
        !llvm::is_contained(RelayReceivers, R->Receiver))
      RelayReceivers.push_back(R->Receiver);
  // The object being made is of the constructor's class: one of that class
  // or of a class it derives from, or of a class that derives from it.
  auto OfClass = [&](llvm::StringRef Receiver, llvm::StringRef Class) {
    return !Receiver.empty() && !Class.empty() &&
           (derives(Receiver, Class) || derives(Class, Receiver));
  };
  auto MadeIn = [&](const facts::Root &R, unsigned Unit) {
    auto N = nodeOf(Unit, R.RegisteredIn);
    return N ? *N : ~0u;
  };
  // Bounded: a constructor whose run reaches more is left as it is, and
  // past twice the program's functions no copies are made.
  constexpr size_t ReachBudget = 4096;
  // Mark: the run reaches the node; Made: it reaches the function, as
  // written or as a copy (a connection is made in the function either
  // way).
  std::vector<unsigned> Mark(Nodes.size(), 0), ThisMark(Nodes.size(), 0),
      OffThisMark(Nodes.size(), 0), Made(Nodes.size(), 0);
  unsigned Generation = 0;
  for (unsigned K = 0, End = Nodes.size(); K < End; ++K) {
    const facts::Function &F = *Nodes[K].F;
    if (!F.Constructor || Specialised[K])
      continue;
    llvm::StringRef Class = F.MemberOf.empty() ? F.Class : F.MemberOf;
    bool RelayClass = llvm::any_of(
        RelayReceivers, [&](llvm::StringRef C) { return OfClass(C, Class); });
    ++Generation;
    if (Mark.size() < Nodes.size()) {
      Mark.resize(Nodes.size(), 0);
      ThisMark.resize(Nodes.size(), 0);
      OffThisMark.resize(Nodes.size(), 0);
      Made.resize(Nodes.size(), 0);
    }
    // The methods that run on the object being made: the constructor and
    // what it calls on `this`, at any depth.
    llvm::SmallVector<unsigned, 16> Chain{K};
    ThisMark[K] = Generation;
    bool EmitsOnMade = false;
    for (size_t Head = 0; Head < Chain.size() && Chain.size() < ReachBudget;
         ++Head)
      for (unsigned Id : Nodes[Chain[Head]].Sites) {
        if (!Sites[Id].S->OnThis)
          continue;
        for (unsigned C : Sites[Id].Callees) {
          if (connectionOf(Id, C)) {
            EmitsOnMade = true;
            continue;
          }
          if (ThisMark[C] != Generation) {
            ThisMark[C] = Generation;
            Chain.push_back(C);
          }
        }
      }
    if (!EmitsOnMade && !RelayClass)
      continue;

    // The run of the constructor: every call, and the connections' edges
    // that it may take; an edge of a connection of the object being made
    // waits until the run is known to make that connection.
    llvm::SmallVector<unsigned, 64> Reach{K};
    Mark[K] = Made[original(K)] = Generation;
    std::vector<Restricted> Waiting;
    auto Visit = [&](unsigned N) {
      if (Mark[N] != Generation) {
        Mark[N] = Made[original(N)] = Generation;
        Reach.push_back(N);
      }
    };
    auto Walk = [&](size_t From) {
      for (size_t Head = From; Head < Reach.size(); ++Head) {
        if (Reach.size() > ReachBudget)
          return;
        unsigned N = Reach[Head];
        for (unsigned Id : Nodes[N].Sites) {
          const Site &S = Sites[Id];
          const facts::Root *Relay = relayOf(Id);
          for (unsigned I = 0; I < S.Callees.size(); ++I) {
            unsigned C = S.Callees[I];
            const Connection *By = connectionOf(Id, C);
            bool OnMade =
                By && (Relay ? OfClass(Relay->Receiver, Class)
                             : S.S->OnThis && ThisMark[N] == Generation);
            if (OnMade) {
              Waiting.push_back({Id, I, C, MadeIn(*By->R, By->Unit),
                                 Relay ? MadeIn(*Relay, S.Unit) : ~0u});
              continue;
            }
            if (!S.S->OnThis || By)
              OffThisMark[C] = Generation;
            Visit(C);
          }
        }
      }
    };
    // An edge runs when the run makes its connection; a relay's edge also
    // when the run does not make the relay (then it is another object's);
    // an emit on `this` also when its method runs on another object too.
    auto Runs = [&](const Restricted &W) {
      auto In = [&](unsigned N) { return N != ~0u && Made[N] == Generation; };
      if (In(W.MadeIn))
        return true;
      if (relayOf(W.Site))
        return !In(W.RelayMadeIn);
      return OffThisMark[Sites[W.Site].Caller] == Generation;
    };
    Walk(0);
    std::vector<bool> Followed;
    for (bool Changed = true; Changed && Reach.size() <= ReachBudget;) {
      Changed = false;
      Followed.resize(Waiting.size(), false);
      for (size_t I = 0; I < Waiting.size(); ++I)
        if (!Followed[I] && Runs(Waiting[I])) {
          Followed[I] = Changed = true;
          size_t From = Reach.size();
          Visit(Waiting[I].Callee);
          Walk(From);
        }
    }
    if (Reach.size() > ReachBudget)
      continue;
    // At the fixpoint, an edge still waiting is one the run never makes.
    Followed.resize(Waiting.size(), false);
    llvm::DenseSet<std::pair<unsigned, unsigned>> Cut;
    for (size_t I = 0; I < Waiting.size(); ++I)
      if (!Followed[I])
        Cut.insert({Waiting[I].Site, Waiting[I].Index});
    if (Cut.empty())
      continue;

    // The functions between the constructor and the cut edges run copies.
    // Cone holds them in the order found.
    llvm::SetVector<unsigned, llvm::SmallVector<unsigned, 16>,
                    llvm::DenseSet<unsigned>>
        Cone;
    for (auto [Id, I] : Cut)
      if (Sites[Id].Caller != K)
        Cone.insert(Sites[Id].Caller);
    for (size_t Head = 0; Head < Cone.size(); ++Head)
      for (unsigned Id : Nodes[Cone[Head]].CalledFrom) {
        unsigned Caller = Sites[Id].Caller;
        if (Mark[Caller] != Generation || Caller == K)
          continue;
        unsigned I = llvm::find(Sites[Id].Callees, Cone[Head]) -
                     Sites[Id].Callees.begin();
        if (!Cut.contains({Id, I}))
          Cone.insert(Caller);
      }
    if (Nodes.size() + Cone.size() > 2 * OriginalNodes + 64)
      continue;
    // Copies first, then their calls of one another: a copy's callee may
    // be a copy still to be made.
    std::map<unsigned, unsigned> CopyOf;
    for (unsigned N : Cone)
      CopyOf[N] = copyNode(
          N, [](unsigned) { return false; },
          [](unsigned, unsigned Callee) { return Callee; });
    // Site Id, a copy of site From (or From itself), calls the copies and
    // none of From's cut edges.
    auto Rewire = [&](unsigned Id, unsigned From) {
      for (size_t I = Sites[Id].Callees.size(); I-- > 0;) {
        if (Cut.contains({From, static_cast<unsigned>(I)}))
          dropCallee(Id, I);
        else if (auto It = CopyOf.find(Sites[Id].Callees[I]);
                 It != CopyOf.end())
          redirect(Id, I, It->second);
      }
    };
    // The copy's sites and callees are the original's, in order.
    for (unsigned N : Cone)
      for (size_t S = 0; S < Nodes[N].Sites.size(); ++S)
        Rewire(Nodes[CopyOf[N]].Sites[S], Nodes[N].Sites[S]);
    // The constructor itself is rewired in place.
    for (unsigned Id : llvm::to_vector<8>(Nodes[K].Sites))
      Rewire(Id, Id);
    // A function that only the constructor's run called, directly or
    // through other such functions, runs on no other object: its emits are
    // nobody's (as in specialiseEmitters).
    llvm::SetVector<unsigned, llvm::SmallVector<unsigned, 16>,
                    llvm::DenseSet<unsigned>>
        Live;
    for (unsigned N : Cone)
      if (llvm::any_of(Nodes[N].CalledFrom, [&](unsigned Id) {
            unsigned Caller = Sites[Id].Caller;
            return !Cone.contains(Caller) && !Specialised[Caller];
          }))
        Live.insert(N);
    for (size_t Head = 0; Head < Live.size(); ++Head)
      for (unsigned Id : Nodes[Live[Head]].Sites)
        for (unsigned C : Sites[Id].Callees)
          if (Cone.contains(C))
            Live.insert(C);
    for (unsigned N : Cone)
      if (!Live.contains(N))
        Specialised[N] = true;
  }
}

} // namespace clang::tidy::eventloop
