//===--- Facts.h - What a TU says, without its AST -------------*- C++ -*-===//
//
// The extraction (checker/extract) reads a TU's AST once and writes down, in
// plain data, everything the analysis needs: the functions it defines and
// declares, each call site in their bodies and what it leads to, the roots
// (code an event loop runs), the loops that sinks and roots name as symbolic
// values, the callables that travel through parameters and fields, and the
// text ranges a fix-it rewrites. The program (checker/analysis) links the
// facts of one TU or of many, keyed by stable names (USRs), and finds paths
// on them. Nothing here points into an AST, so facts can be written to disk,
// cached, and read by another process.
//
// Strings are StringRefs into storage that the owner of the facts keeps
// alive (a StringSaver while extracting, the file's buffer once read).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_FACTS_FACTS_H
#define EVENTLOOP_TIDY_FACTS_FACTS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <vector>

namespace clang::tidy::eventloop::facts {

constexpr uint32_t None = ~0u;

/// A file the TU read, and the hash of its contents (to know a stale fact).
struct File {
  llvm::StringRef Path;
  uint64_t Hash = 0;
};

/// A place in a file: what a diagnostic points at.
struct Place {
  uint32_t File = None; ///< index into TUFacts::Files
  uint32_t Offset = 0;
  uint32_t Line = 0;
  uint32_t Column = 0;
  /// A place inside a macro expansion: how clang tells the expansion
  /// ("expanded from macro 'X'"), an index into TUFacts::Expansions.
  uint32_t Expansion = None;
  /// While the TU that made it is alive: its SourceLocation, raw, so that
  /// its diagnostics keep their macro expansion notes. Not written to disk.
  /// (clang's raw encoding is 32 bits; Extract.cpp asserts it.)
  uint32_t Live = 0;
  bool valid() const { return File != None; }
  friend bool operator==(const Place &A, const Place &B) {
    return A.File == B.File && A.Offset == B.Offset;
  }
};

/// One step of a macro expansion, as clang's note tells it: the place in
/// the macro's definition, and the text ("expanded from macro 'FETCH'").
struct MacroNote {
  Place At;
  llvm::StringRef Text;
};

/// The notes clang writes under a diagnostic at a place inside a macro
/// expansion, outermost macro last.
struct Expansion {
  llvm::SmallVector<MacroNote, 1> Notes;
};

/// Characters [Begin, End) of one file: what a fix-it replaces.
struct Span {
  uint32_t File = None;
  uint32_t Begin = 0;
  uint32_t End = 0;
  bool valid() const { return File != None; }
};

/// Which framework rule a fact came from: a model of allModels() by index,
/// or the user's options and annotations.
struct RuleRef {
  static constexpr uint16_t UserModel = 0xFFFF;
  static constexpr uint16_t Annotation = 0xFFFE;
  static constexpr uint16_t NoModel = 0xFFFD;
  uint16_t Model = NoModel;
  uint16_t Rule = 0; ///< index in the model's table of that rule kind
  bool valid() const { return Model != NoModel; }
};

/// A loop object, symbolically: what the extraction could learn about the
/// loop an expression names, in the function it appears in.
struct LoopValue {
  enum Kind : uint8_t {
    Unknown, ///< nothing is known
    Object,  ///< a variable, field or global, or a loop made at a place: Key
    Default, ///< a framework's default loop: Key is its name
    Null,    ///< a null loop operand: the default loop of the rule's model
    Param,   ///< a parameter of function Function, number Index
  };
  Kind K = Unknown;
  /// Equal keys name the same loop.
  llvm::StringRef Key;
  /// How the source names it ("io", "uv_default_loop()").
  llvm::StringRef Name;
  /// For Param: the function (its key), the parameter and its name. For a
  /// local loop: the function whose local it is.
  llvm::StringRef Function;
  uint32_t Index = 0;
  llvm::StringRef ParamName;
  /// The loop was made right here (`uv_loop_new()`, `new QEventLoop`).
  bool Made = false;
  /// For Object: a local variable of Function.
  bool Local = false;
};

/// A function of the TU, defined or only declared here.
struct Function {
  /// The same function in every TU: its USR, with the TU's main file added
  /// for internal linkage (static functions, anonymous namespaces, lambdas
  /// in a non-inline function).
  llvm::StringRef Key;
  /// How notes name it: "'refresh'", "'Client::fetch'", "the lambda".
  llvm::StringRef Name;
  /// A constructor's or destructor's class, as notes name a construction.
  llvm::StringRef Class;
  /// How messages name it as an API ("app::schedule", "Client::get").
  llvm::StringRef Api;
  /// Its body was walked in this TU.
  bool Defined = false;
  /// Its definition may be in several TUs of one program (inline, a
  /// template instantiation, implicit), which then define one function. A
  /// non-inline function defined in two TUs is two programs' (a database
  /// of several executables): each TU keeps its own.
  bool Mergeable = false;
  bool Constructor = false;
  uint32_t Params = 0;
  /// Keys of the virtual methods it overrides, at any depth.
  std::vector<llvm::StringRef> Overrides;
  /// For a method that runs on an object (not static, not a lambda's): its
  /// class's key.
  llvm::StringRef MemberOf;
};

/// A class that the facts name (a method's, a call's object's, a
/// connection's sender's), with the keys of all its bases, at any depth.
struct Class {
  llvm::StringRef Key;
  std::vector<llvm::StringRef> Bases;
  /// The TU moves an object of this class to another thread
  /// (FrameworkModel::ThreadMoves): that thread's loop runs its callbacks.
  bool Moved = false;
};

enum class SiteKind : uint8_t {
  Call,         ///< a call, direct, virtual or through a known pointer
  Construct,    ///< a constructor runs (a variable, a temporary, new)
  Destroy,      ///< a destructor runs (delete, end of a variable's scope)
  PassCallable, ///< a callable is handed to code that may call it
};

/// What an argument of a call into project code carries.
struct Argument {
  uint32_t Index = 0; ///< written argument number
  /// The caller's parameter passed on unchanged, or None.
  uint32_t FromParam = None;
  /// The functions the argument runs when it is a callable.
  llvm::SmallVector<uint32_t, 1> Callables;
  /// The callable is wrapped for another thread on the way.
  bool Offloaded = false;
  /// The loop the argument names, if it names one.
  LoopValue Loop;
  /// The constant written as the argument, as the parameter receives it:
  /// `false` or `true` (0 or 1), an enumerator (`Config::KeeShare_Active`),
  /// an integer (`0`, C's `false`, a macro such as `CRAWLER_NOWAIT`).
  std::optional<int64_t> Constant;
  /// A callable written right after the caller's `this` in a method of a
  /// window the user works in (`download(url, this,
  /// &Dialog::onFinished)`): registered, it is that window's own work, as
  /// a slot it connects to itself (Root::UserWindow).
  bool OwnWindow = false;
};

/// A site runs only when parameter Param of its function is Value (`if
/// (transformKey)`, the else of `if (!accepted)`); with Equality, only
/// when whether Param equals the constant Equals is Value (`if (key ==
/// Config::KeeShare_Active)`; `if (mode != 2)`; `if (count)`, an integer
/// that is not 0).
struct ParamCondition {
  uint32_t Param = 0;
  bool Value = true;
  bool Equality = false;
  int64_t Equals = 0;
};

/// How the future a wait blocks on was made.
struct FutureSource {
  enum Kind : uint8_t { None, Promise, Registration };
  Kind K = None;
  /// For Promise: the promise whose get_future made it.
  llvm::StringRef PromiseKey;
  /// For Registration: the loop of the asynchronous operation, and where.
  LoopValue Loop;
  RuleRef Model;
  Place At;
};

/// What a fix-it at this site may rewrite.
struct Rewrite {
  enum Why : uint8_t {
    Ok,
    NotCxx,     ///< "C code gets no C++ rewrite"
    Macro,      ///< "the call is in a macro expansion"
    SystemFile, ///< "the call is in a system header"
    SpansFiles, ///< "the call spans files"
    NoText,     ///< nothing to rewrite
  };
  Why Reason = NoText;
  /// The site's expression is a call, which `$call` can stand for.
  bool IsCall = false;
  /// The call's text, and its first argument's (`$arg0`).
  Span Call;
  Span Arg0;
  /// For `T v(args);`: its index in TUFacts::Declarations, or None.
  uint32_t Declaration = None;
};

/// A declaration `T v(args);` that a rewrite may take whole: its text, T's
/// text, v, the arguments' text. Apart from Rewrite, which every site has.
struct DeclarationRewrite {
  Span Whole;
  llvm::StringRef Type;
  llvm::StringRef Variable;
  llvm::StringRef Arguments;
};

/// What only a sink has: the loop a loop run runs, and how the future a
/// wait blocks on was made. Apart from Site: a program has millions of
/// sites and few sinks.
struct SinkDetail {
  LoopValue Loop;
  FutureSource Future;
};

/// What few sites have, apart from Site like SinkDetail: the callees that a
/// call reaches without naming them (a virtual call's method, a call
/// through a storage), and what a construction makes.
struct SiteDetail {
  /// A virtual call: every overrider of this method key is a callee too.
  llvm::StringRef VirtualOf;
  /// A call through a field, a global or a container that holds callables:
  /// every callable stored into it runs (its key, and its name for notes).
  llvm::StringRef ThroughField;
  llvm::StringRef ThroughName;
  /// A construction: the class, as notes and messages name it.
  llvm::StringRef Constructed;
  llvm::StringRef ConstructedQualified;
  /// A construction: the class's rule when it is a listed client.
  RuleRef Client;
  /// A construction: the object made belongs to the thread that makes it
  /// (a QObject): no fix-it makes it on another thread.
  bool ThreadAffine = false;
  bool empty() const {
    return VirtualOf.empty() && ThroughField.empty() && Constructed.empty() &&
           !Client.valid();
  }
};

struct Site {
  uint32_t Caller = None;
  SiteKind Kind = SiteKind::Call;
  /// A sink: the rule kind (SinkKind of the rule).
  uint8_t SinkKind = 0;
  bool WaitsOnOffload = false;
  /// A wait on a future that has finished here: returns at once.
  bool FutureReady = false;
  Place Loc;
  /// Functions it leads to (indices into TUFacts::Functions).
  llvm::SmallVector<uint32_t, 1> Callees;
  /// What few sites have: an index in TUFacts::SiteDetails, or None.
  uint32_t More = None;
  /// For PassCallable: the API the callable is handed to.
  llvm::StringRef PassedTo;
  /// For PassCallable: the callee is project code whose body is not in this
  /// TU (this function), so the callables it is given are assumed called,
  /// unless the linked program has its body.
  uint32_t AssumedFor = None;
  /// A sink: the rule, and its loop and future (an index in
  /// TUFacts::SinkDetails, or None).
  RuleRef Sink;
  uint32_t Detail = None;
  /// The API the site calls, as messages name it ("io_context::run").
  llvm::StringRef Api;
  /// Arguments of a call into project code that carry a callable, a
  /// parameter or a loop.
  std::vector<Argument> Args;
  Rewrite Fix;
  /// A call of a method or a constructor: the key of the class of the
  /// object it runs on (its static type), and whether that object is the
  /// caller's `this`.
  llvm::StringRef Receiver;
  bool OnThis = false;
  /// Runs only under a condition that is false while the caller's `this`
  /// is being constructed (`if (isVisible())`): not when a constructor
  /// calls the caller on the object it makes.
  bool UnlessConstructing = false;
  /// In a branch that a flag of the caller's `this` guards and sets (`if
  /// (!Started) { ...; Started = true; }`): runs on the first run of the
  /// caller on an object, and not again.
  bool OncePerObject = false;
  /// Runs while its caller holds a guard against its own re-entry (`if
  /// (Busy) return; Busy = true; ...`, extract/ReentryGuards.h): a run of
  /// the thread's own loop from here is one the code is written for.
  bool ReentryGuarded = false;
  /// Runs only for the user's input: in the branch of an event handler or
  /// filter for a key press, a click (FrameworkModel::UserInputEvents).
  bool UserInput = false;
  /// Runs only when these parameters of the caller have these values.
  llvm::SmallVector<ParamCondition, 0> OnlyIf;
};

/// How a connection or a single call runs its callback, as the
/// registration says (RegistrationRule::ConnectionType): nothing (not a
/// connection, or a type the extraction cannot read), at once on the
/// calling thread, later on the callback's object's loop, or the automatic
/// way (at once when that object lives on the calling thread).
enum class ConnectionType : uint8_t { Unsaid, Direct, Queued, Automatic };

/// Why a function is loop code.
struct Root {
  uint32_t Function = None;
  /// The registering call, or the function itself for loop code by nature.
  Place Loc;
  /// The registering API ("uv_timer_start"), empty for loop code by nature.
  llvm::StringRef Api;
  /// For loop code by nature: the note text.
  llvm::StringRef Why;
  /// What starts it, when the registration names it (Qt's signal,
  /// "QAbstractButton::clicked"), and whether only the user's own input
  /// does.
  llvm::StringRef Trigger;
  bool UserInput = false;
  /// A slot that a window the user works in (a dialog) connected to itself,
  /// a dialog's own show event, or a call that a widget's constructor
  /// queued on itself once: a modal dialog it opens answers what the user
  /// asked that window to do, or is the widget's start-up prompt
  /// (FrameworkModel::UserWindows and Widgets).
  bool UserWindow = false;
  /// Registered by a thread hop, in the branch of a main-thread test for
  /// other threads (`invokeMethod(&gui, "_showInfo",
  /// Qt::BlockingQueuedConnection)`): another thread's request, which waits
  /// for it. A modal dialog there is how that thread asks the user,
  /// reported only when ReportUserInputModals asks.
  bool FromOtherThread = false;
  /// Started on a new thread before its loop runs (QThread::started,
  /// FrameworkModel::BeforeLoopSignals): no loop code when its object lives
  /// off the main thread, where the callback then runs at once.
  bool BeforeLoop = false;
  /// Runs once, soon after the code that registers it returns
  /// (RegistrationRule::Once): a single-shot timer, a queued call.
  bool Once = false;
  ConnectionType Runs = ConnectionType::Unsaid;
  /// The trigger's key when it is the project's own function (a signal
  /// that the project emits): calls of it run the callback (Program.h).
  llvm::StringRef TriggerKey;
  RuleRef Model;
  LoopValue Loop;
  bool OnDefaultLoop = false;
  uint32_t RegisteredIn = None;
  int LoopParameter = -1;
  int PassedParameter = -1;
  LoopValue Passed;
  /// A connection: the key of the sender's class, and of the class of the
  /// object a member function callback runs on.
  llvm::StringRef Sender;
  llvm::StringRef Receiver;
};

/// A parameter through which a function calls, or registers with a loop,
/// whatever its callers pass.
struct ParameterUse {
  uint32_t Function = None;
  uint32_t Index = 0;
  bool Registers = false;
  /// For registrations: the rule's model and the API as notes name it.
  RuleRef Model;
  /// The loop operand and the operand the callback receives: a parameter of
  /// Function passed on unchanged (the callers' arguments), or a value.
  uint32_t LoopFromParam = None;
  LoopValue Loop;
  uint32_t PassedFromParam = None;
  LoopValue Passed;
  int PassedParameter = -1;
  /// Whether the registration named a passed operand at all.
  bool HasPassed = false;
  /// What the registration connects only the user's own input fires (a
  /// helper that makes a button and connects its clicked signal to the
  /// slot it is given): the callables its callers pass are the user's
  /// input (Root::UserInput).
  bool UserInput = false;
};

/// Functions stored into a field, a global or a container of callables.
struct FieldStore {
  llvm::StringRef Field; ///< its key
  llvm::StringRef Name;  ///< "tmuxpeer::dispatchcb"
  uint32_t In = None;    ///< the function that stores, None at global scope
  Place Loc;
  llvm::SmallVector<uint32_t, 1> Callables;
  /// The stored value is this parameter of In: whatever its callers pass.
  uint32_t FromParam = None;
};

/// A handle kept in a field or a global, bound to a loop
/// (`timer_(io)`, `uv_timer_init(loop, &g_tick)`): another TU that uses the
/// handle learns its loop here.
struct Binding {
  llvm::StringRef Handle;
  LoopValue Loop;
  /// The binding rule's model: what a null loop means.
  RuleRef Model;
};

/// A promise completed (set_value) by a function.
struct Completer {
  llvm::StringRef Promise;
  uint32_t Function = None;
};

/// Everything one TU contributes.
struct TUFacts {
  llvm::StringRef MainFile;
  std::vector<File> Files;
  std::vector<Function> Functions;
  std::vector<Site> Sites;
  std::vector<Root> Roots;
  std::vector<ParameterUse> ParameterUses;
  std::vector<FieldStore> FieldStores;
  std::vector<Binding> Bindings;
  std::vector<Completer> Completers;
  std::vector<SinkDetail> SinkDetails;
  std::vector<SiteDetail> SiteDetails;
  std::vector<DeclarationRewrite> Declarations;
  std::vector<Expansion> Expansions;
  std::vector<Class> Classes;
};

/// The loop that sink \p S of \p U runs, and the future it waits for (empty
/// ones when it has no detail).
inline const SinkDetail &sinkDetail(const TUFacts &U, const Site &S) {
  static const SinkDetail Empty;
  return S.Detail == None ? Empty : U.SinkDetails[S.Detail];
}

/// What few sites have, of site \p S of \p U (an empty detail when it has
/// none).
inline const SiteDetail &siteDetail(const TUFacts &U, const Site &S) {
  static const SiteDetail Empty;
  return S.More == None ? Empty : U.SiteDetails[S.More];
}

/// The declaration that rewrite \p R of \p U may take, if any.
inline const DeclarationRewrite *declaration(const TUFacts &U,
                                             const Rewrite &R) {
  return R.Declaration == None ? nullptr : &U.Declarations[R.Declaration];
}

} // namespace clang::tidy::eventloop::facts

#endif // EVENTLOOP_TIDY_FACTS_FACTS_H
