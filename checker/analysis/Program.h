//===--- Program.h - The facts of one TU or many, linked --------*- C++ -*-===//
//
// Linking turns the facts of translation units into one call graph: a node
// per function defined somewhere (an inline function or a template
// instantiation defined in several TUs is one node, from the first TU that
// defines it), edges from each call site to the nodes it may run (direct
// calls by key, virtual calls to every overrider, calls through a field to
// every callable stored into it), and the roots. Callables that travel
// through parameters are followed here, across TUs: a function that calls
// its parameter calls whatever its callers pass, a project wrapper that
// registers its parameter with a loop registers whatever its callers pass,
// and a parameter stored into a field stores whatever its callers pass. A
// callable kept in a field, a global or a container (field-based: every
// callable stored into `T::f` is a target of every call through `T::f`)
// that loop code calls through is loop code of its own, on the same loop.
// A callback connected to the project's own signal is run by the calls of
// the signal (its emits): each emit has an edge to it, and it is a root of
// its own only when some emit is in code that no other root reaches. An
// emit runs only the connections whose sender may be the emitting object:
// their classes are the same or one derives from the other. A signal
// connected to the project's signal (a relay) is a site of the second
// signal's node that emits it: the emits of the first reach the second's
// connections through it. A method of a base class that emits on `this`
// (`ModifiableObject::emitModified`) is linked once per derived class that
// calls it on itself, so that `EntryAttributes` calling it reaches the
// connections of entries' signals and not the database's. A constructor's
// calls on the object it makes run copies of the methods they reach without
// the calls under a condition that is false while the object is being
// constructed (`if (isVisible())`), and its emits on the object it makes
// run only the slots that its run connects (ConstructionEmits.cpp). A call
// that passes a constant (a bool, an enumerator) where the callee, or a
// function it passes the parameter on to unchanged, tests it runs a copy
// without the calls that the constant rules out. A callback run once, soon
// (a single-shot timer), registered in the body of callbacks that only the
// user's input starts, is the user's input too. A class that some unit
// moves to another thread (facts::Class::Moved) lives there, every other
// class on the main thread, and a root runs on the thread of the object
// its callback runs on: a queued connection is no call of its emits, an
// automatic one is none from the code that roots of the other thread than
// the receiver's reach (crossesThread), and a callback that some emit
// queues so stays a root; a single call that runs its callback at once
// (`QMetaObject::invokeMethod(obj, "name")` on an object of the caller's
// thread) is a call, not a root. A method that a thread's start runs first,
// on an object that lives off the main thread, has run what it runs once per
// object (`if (!Started) { ...; Started = true; }`) before the thread's loop
// calls it: those calls are left out of it.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_PROGRAM_H
#define EVENTLOOP_TIDY_ANALYSIS_PROGRAM_H

#include "../facts/Facts.h"
#include "KeyTable.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <map>
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

class Program {
public:
  /// A function whose body some TU defines.
  struct Node {
    const facts::Function *F;
    unsigned Unit;
    unsigned Local; ///< its index in the unit's Functions
    /// Most functions have few sites and few callers: no allocation then.
    llvm::SmallVector<unsigned, 2> Sites;      ///< in source order
    llvm::SmallVector<unsigned, 2> CalledFrom; ///< sites whose Callees hold it
    /// For a copy that leaves calls out (copyNode): the node it copies.
    unsigned CopyOf = ~0u;
  };
  /// A call site of some node's body.
  struct Site {
    const facts::Site *S;
    unsigned Unit;
    unsigned Caller;
    llvm::SmallVector<unsigned, 1> Callees;
    /// For a hop through a field: the field, and the function that stored
    /// the callee there (notes say how the callee got there).
    llvm::StringRef Field;
  };
  /// Code a loop runs.
  struct Root {
    const facts::Root *R;
    unsigned Unit;
    unsigned Node;
    /// Loop code through a storage: a callable stored into a field, a
    /// global or a container that the code of root Origin calls through
    /// (at ThroughSite, reached from Origin's function by the sites Reach).
    /// It is loop code of its own, on Origin's loop.
    int Origin = -1;
    unsigned ThroughSite = ~0u;
    std::vector<unsigned> Reach;
    const facts::FieldStore *Store = nullptr;
    unsigned StoreUnit = 0;
    /// When the store was of a parameter: the call that passed the
    /// callable.
    unsigned PassedAt = ~0u;
  };

  /// Links \p Units in the order given (the order of the output follows
  /// it). The facts must outlive the program.
  static Program link(llvm::ArrayRef<const facts::TUFacts *> Units);

  std::vector<Node> Nodes;
  std::vector<Site> Sites;
  std::vector<Root> Roots;
  llvm::ArrayRef<const facts::TUFacts *> units() const { return Units; }

  /// The node of the function \p Local of \p Unit, if some TU defines it.
  std::optional<unsigned> nodeOf(unsigned Unit, uint32_t Local) const;
  /// The node of the function with \p Key, if some TU defines it.
  std::optional<unsigned> nodeOf(llvm::StringRef Key) const;
  /// The node whose body \p Node runs as written: \p Node, or the one it is
  /// a copy of (Node::CopyOf).
  unsigned original(unsigned Node) const {
    return Nodes[Node].CopyOf == ~0u ? Node : Nodes[Node].CopyOf;
  }
  const facts::Function &function(unsigned Node) const {
    return *Nodes[Node].F;
  }
  const facts::TUFacts &unit(unsigned U) const { return *Units[U]; }
  /// The file of a place of \p Unit.
  llvm::StringRef file(unsigned Unit, const facts::Place &P) const {
    return P.valid() ? Units[Unit]->Files[P.File].Path : llvm::StringRef();
  }
  /// The "expanded from macro" notes clang prints under a message at a
  /// place of \p Unit (their places are of \p Unit too).
  llvm::ArrayRef<facts::MacroNote> macroNotes(unsigned Unit,
                                              const facts::Place &P) const {
    if (P.Expansion == facts::None)
      return {};
    return Units[Unit]->Expansions[P.Expansion].Notes;
  }

  /// What few sites have (facts::SiteDetail), of \p Site.
  const facts::SiteDetail &detail(const Site &Site) const {
    return facts::siteDetail(*Units[Site.Unit], *Site.S);
  }

  /// The argument that \p Site passes for parameter \p Index, if the
  /// extraction recorded one.
  const facts::Argument *argument(const Site &Site, uint32_t Index) const;

  /// A connection of the project's own signal to a callback.
  struct Connection {
    const facts::Root *R; ///< the registration (the connect call)
    unsigned Unit;
    unsigned Slot; ///< the callback's node
  };
  /// May one object be of class \p A and of class \p B (keys)? When
  /// either is unknown, or one derives from the other, or a class of the
  /// program derives from both.
  bool related(llvm::StringRef A, llvm::StringRef B) const;
  /// Is class \p A class \p B or derived from it?
  bool derives(llvm::StringRef A, llvm::StringRef B) const;

  /// The connection by which site \p Site (a call of a signal) runs
  /// \p Node, if that edge is one.
  const Connection *connectionOf(unsigned Site, unsigned Node) const {
    auto It = ConnectionEdges.find({Site, Node});
    return It == ConnectionEdges.end() ? nullptr : It->second;
  }

  /// The connection of a signal to a signal that site \p Site stands for,
  /// if it is a relay's site: the second signal's node emits it there.
  const facts::Root *relayOf(unsigned Site) const {
    auto It = RelayOf.find(Site);
    return It == RelayOf.end() ? nullptr : It->second;
  }

  /// The registration of a callback run at once that site \p Site stands
  /// for (`QMetaObject::invokeMethod(obj, "name")` on an object of the
  /// caller's thread), if it is one.
  const facts::Root *runAtOnceBy(unsigned Site) const {
    auto It = RunAtOnce.find(Site);
    return It == RunAtOnce.end() ? nullptr : It->second;
  }

  /// Does class \p Class (a key) live on another thread than the main one:
  /// does it derive from a class that some unit moves there?
  bool offMainThread(llvm::StringRef Class) const;
  /// Does root \p R run on another thread than the main one: does the
  /// object its callback runs on (its function's, without one) live there?
  bool rootOffMain(const Root &R) const {
    return callbackOffMain(*R.R, R.Node);
  }
  /// The same for registration \p R of node \p Node's function.
  bool callbackOffMain(const facts::Root &R, unsigned Node) const;
  /// Is the edge from site \p Site to \p Node an automatic connection to a
  /// class that lives on the other thread than the emitting code (off the
  /// main thread with \p FromOffMain)? Then it queues the callback there,
  /// and is no call.
  bool crossesThread(unsigned Site, unsigned Node, bool FromOffMain) const;

private:
  void addSite(const facts::Site *S, unsigned Unit, unsigned Caller);
  /// A method that a thread's start runs first, on an object that lives
  /// off the main thread (facts::Root::BeforeLoop), has run its branches
  /// that run once per object (facts::Site::OncePerObject) before that
  /// thread's loop calls it again: they are left out of it.
  void dropFirstRunBranches();
  /// Does registration \p R run node \p Node's function at once on a new
  /// thread, before that thread's loop: a thread's start
  /// (facts::Root::BeforeLoop) of an object that lives there? Then the
  /// callback is no loop code.
  bool runsBeforeLoop(const facts::Root &R, unsigned Node) const {
    return R.BeforeLoop && callbackOffMain(R, Node);
  }
  /// Does registration \p R, made in a method of class \p Caller, run its
  /// callback once, at once, as a call?
  bool runsAtOnce(const facts::Root &R, llvm::StringRef Caller) const;
  /// Links emit site \p Id, a call of signal \p Signal on an object of
  /// class \p Receiver, to the connections that object may have.
  void linkEmit(unsigned Id, llvm::StringRef Signal, llvm::StringRef Receiver);
  void specialiseEmitters();
  /// The methods with a site that \p Seed accepts, and the methods that
  /// call them on `this`, backwards to a fixed point.
  std::vector<bool>
  callersOnThis(llvm::function_ref<bool(unsigned)> Seed) const;
  /// A constructor's calls on `this` run copies of the methods they reach
  /// without the sites that do not run while `this` is being constructed
  /// (facts::Site::UnlessConstructing).
  void specialiseConstruction();
  /// While a constructor runs, the object it makes has only the
  /// connections that the run makes: its emits on `this`, and the relays
  /// to it that the run makes, keep only those (ConstructionEmits.cpp).
  void specialiseConstructionEmits();
  /// Removes callee \p Index of \p Site, and its connection edge.
  void dropCallee(unsigned Site, size_t Index);
  /// A call that passes a constant where a site of the callee runs only
  /// for the other value of that parameter (facts::Site::OnlyIf) runs a
  /// copy of the callee without that site.
  void specialiseConstants();
  /// A copy of \p Node whose body leaves out the sites \p Drop names; the
  /// calls of the others run Redirect(site, callee).
  unsigned copyNode(unsigned Node, llvm::function_ref<bool(unsigned)> Drop,
                    llvm::function_ref<unsigned(unsigned, unsigned)> Redirect);
  /// The copies of each node (Node::CopyOf), by the node they copy.
  std::vector<llvm::SmallVector<unsigned, 0>> copiesByOriginal() const;
  /// Makes callee \p Index of \p Site node \p To, an edge of a connection
  /// still.
  void redirect(unsigned Site, size_t Index, unsigned To);
  /// The node that runs \p Node's body on an object of class \p Class:
  /// a copy whose emits on `this` are those of \p Class, when \p Node
  /// emits on `this` and \p Class derives from its class; else \p Node.
  unsigned onObjectOf(unsigned Node, llvm::StringRef Class);
  void propagateParameters();
  void collectStores();
  void addRoots();
  void dropEmittedRoots();
  void inheritUserInput();
  void deriveRoots();

  /// A callable kept in a storage, and how it got there.
  struct Stored {
    unsigned Node;
    const facts::FieldStore *Store;
    unsigned StoreUnit;
    unsigned PassedAt;
  };
  llvm::StringMap<std::vector<Stored>> Storages;

  std::vector<const facts::TUFacts *> Units;
  /// Key -> node, for functions with external linkage (the first node of
  /// the key: its function's key is the key).
  KeyTable ByKey;
  llvm::StringRef keyOf(unsigned Node) const { return Nodes[Node].F->Key; }
  /// Per unit, local function index -> node (or ~0u).
  std::vector<std::vector<unsigned>> LocalNode;
  /// Facts the linking makes: sites of callables passed through
  /// parameters, roots registered through wrappers.
  std::deque<facts::Site> MadeSites;
  std::deque<facts::Root> MadeRoots;
  /// Registered roots in registration order, before they are deduplicated.
  std::vector<Root> Registered;
  /// Signal key -> its connections; the sites that call each signal.
  llvm::StringMap<std::vector<Connection>> Connections;
  llvm::StringMap<std::vector<unsigned>> Emits;
  llvm::DenseMap<std::pair<unsigned, unsigned>, const Connection *>
      ConnectionEdges;
  /// Emit site -> the signal it calls.
  llvm::DenseMap<unsigned, llvm::StringRef> EmitOf;
  /// Relay site -> its connection; the connections that are relays.
  llvm::DenseMap<unsigned, const facts::Root *> RelayOf;
  llvm::DenseSet<const facts::Root *> RelayRoots;
  /// Site of a callback run at once -> its registration; such
  /// registrations, which are no roots.
  llvm::DenseMap<unsigned, const facts::Root *> RunAtOnce;
  llvm::DenseSet<const facts::Root *> RunAtOnceRoots;
  /// Keys of the classes that some unit moves to another thread.
  llvm::StringSet<> Moved;
  mutable llvm::StringMap<bool> OffMainMemo;
  /// Edges of connections that a construction's run does not make yet
  /// (specialiseConstructionEmits), removed: a callback that only such
  /// emits would run is no root of its own (dropEmittedRoots).
  llvm::DenseSet<std::pair<unsigned, unsigned>> NotYetConnected;
  /// Class key -> the keys of its bases, sorted.
  llvm::StringMap<llvm::ArrayRef<llvm::StringRef>> BasesOf;
  mutable llvm::StringMap<bool> RelatedMemo;
  /// Nodes that emit on `this`, directly or through a method they call on
  /// `this`; and their copies per class (onObjectOf).
  std::vector<bool> EmitsOnThis;
  /// Nodes whose every call runs one of their copies.
  std::vector<bool> Specialised;
  std::map<std::pair<unsigned, std::string>, unsigned> Copies;
  unsigned OriginalNodes = 0;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_PROGRAM_H
