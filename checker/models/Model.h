//===--- Model.h - What an event-loop library's calls mean ------*- C++ -*-===//
//
// A model is data: tables of library functions and what calling them means
// for the thread that runs an event loop. One model file per framework; the
// analysis reads every table through ModelIndex and knows no library by name.
//
// Names are qualified names without template arguments or inline namespaces
// ("boost::asio::io_context::run"). A pattern matches a name when its
// `::`-separated parts equal the name's last parts, so "asio::io_context::run"
// covers Boost.Asio and standalone asio alike; a leading "::" anchors the
// pattern at the global namespace; `*` inside a part matches any characters,
// and a part that is just `**` matches any number of parts.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_MODELS_MODEL_H
#define EVENTLOOP_TIDY_MODELS_MODEL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::eventloop {

/// Which operand of a call a rule is about. Non-negative values are argument
/// indices.
enum Operand : int {
  NoOperand = -1,
  /// The implicit object of a member call: `io` in `io.run()`.
  ObjectOperand = -2,
  /// The last argument that names a function or a callable object (asio's
  /// completion handler, Qt's slot).
  LastCallable = -3,
  /// Every argument that names a function or a callable object.
  EveryCallable = -4,
  /// The value the call returns (`event_new` returns the event it binds).
  ReturnValue = -5,
  /// The last argument the call passes.
  LastArgument = -6,
  /// As a loop operand: the call takes no loop, it uses the framework's
  /// default loop (FrameworkModel::NullLoop), like GLib's g_idle_add.
  DefaultLoopOperand = -7,
};

enum class SinkKind { LoopRun, Blocking };

/// What a loop-run call runs, when the call itself says so.
enum class LoopOf {
  /// The loop object found through the rule's LoopOperand.
  Operand,
  /// The event loop of the calling thread (QCoreApplication::processEvents):
  /// always the loop that runs the callback.
  CurrentThread,
  /// A nested loop that the call makes and runs itself (QDialog::exec).
  Nested,
};

/// A library call that runs an event loop or blocks the calling thread.
struct SinkRule {
  llvm::StringRef Callee;
  SinkKind Kind;
  int LoopOperand = NoOperand;
  LoopOf Loop = LoopOf::Operand;
  /// The library's own rule, quoted when a callback re-enters its own loop.
  llvm::StringRef Rule = {};
  /// The asynchronous form of the call, named in a note.
  llvm::StringRef Alternative = {};
  /// The call shows or runs a GUI object, which must stay on the GUI thread:
  /// never offered for offload.
  bool Gui = false;
  /// The call waits for a future: the analysis looks for who completes it.
  bool WaitsForFuture = false;
  /// For attribute-dispatched APIs, as in RegistrationRule.
  llvm::StringRef Attribute = {};
  /// Only when this operand is a null callback: libuv's requests run
  /// synchronously, blocking, when they are given no callback.
  int OnlyIfNull = NoOperand;
  /// Not when this operand is a constant with any of UnlessBits set
  /// (waitpid with WNOHANG does not wait).
  int UnlessFlagsOperand = NoOperand;
  uint64_t UnlessBits = 0;
  /// Not when this operand is a constant below UnlessBelow: a sleep of a
  /// fraction of a millisecond (a retry's backoff, `usleep(100)`) is not a
  /// wait that anyone would move off the loop. A constant duration counts
  /// by its count: `f.wait_for(0s)` only asks whether f is ready.
  int UnlessBelowOperand = NoOperand;
  uint64_t UnlessBelow = 0;
  /// Only when some argument is the enumerator of this name: Qt's
  /// invokeMethod waits for the slot to have run only with
  /// Qt::BlockingQueuedConnection. Such a rule applies to a registration
  /// too: the callback is registered, and the call waits for it.
  llvm::StringRef OnlyIfEnumerator = {};
  /// Not when the code puts ModeOperand's object into this mode, calling
  /// `object.UnlessMode(true)`: asio's `socket.non_blocking(true)` makes
  /// read_some fail with would_block instead of waiting.
  llvm::StringRef UnlessMode = {};
  int ModeOperand = ObjectOperand;
  /// The fix-it for this call when a callback makes it directly, if the
  /// framework needs its own (`$call` is the call's text, `$arg0` its first
  /// argument's); empty: the check's OffloadTemplate.
  llvm::StringRef DirectOffload = {};
  /// The wrapper for a call in the callback that reaches this sink through
  /// helpers, if the framework needs its own (`$call`); empty: the check's
  /// OffloadTemplate.
  llvm::StringRef PathOffload = {};
  /// A modal dialog, menu or drag: opened by the user's own click, it is the
  /// ordinary use of the API, and a root started by the user's input
  /// (FrameworkModel::UserInputSignals, LoopCodeRule::UserInput) reports it
  /// only when the ReportUserInputModals option asks.
  bool Modal = false;
  /// The call runs the pending events of the loop and returns
  /// (processEvents): a function that makes it and sleeps is a pumping
  /// wait, and its sleeps (Sleeps) are the pump's pacing, not a blocking
  /// of the loop. The loop run is the finding.
  bool Pumps = false;
  /// The call only sleeps for a while: in a function that pumps the loop
  /// (Pumps), and in what that function calls, it paces the pump.
  bool Sleeps = false;
};

/// A library call that hands a callback to an event loop: the callback runs
/// on the loop, so it is loop code (a root of the analysis).
struct RegistrationRule {
  llvm::StringRef Callee;
  int Callback = LastCallable;
  /// Only arguments whose parameter is declared with a type whose name
  /// matches this pattern (libuv's "uv_*_cb"); empty: any callable argument.
  llvm::StringRef CallbackType = {};
  /// Comma-separated type names excluded from CallbackType.
  llvm::StringRef ExceptCallbackType = {};
  int LoopOperand = NoOperand;
  /// For attribute-dispatched APIs (pybind11's `obj.attr("call_soon")(cb)`):
  /// the attribute name; then Callee names the dispatching operator.
  llvm::StringRef Attribute = {};
  /// The callback's parameter that receives the loop running it, if any.
  int LoopParameter = NoOperand;
  /// The callback's parameter that receives this operand of the
  /// registration, if any: libevent hands event_assign's user data
  /// (operand 5) to the callback as parameter 2, libuv hands uv_timer_start's
  /// handle (operand 0) to the callback as parameter 0. A loop that the
  /// callback reaches through that parameter is the one the operand names.
  int PassedOperand = NoOperand;
  int PassedParameter = NoOperand;
  /// The operand that names what starts the callback (Qt's signal, as a
  /// pointer to member or a SIGNAL() string): notes name it, and
  /// FrameworkModel::UserInputSignals says whether the user's own input
  /// starts it.
  int Trigger = NoOperand;
  /// The object whose class a string trigger ("2clicked()") is looked up
  /// in: the sender.
  int TriggerObject = NoOperand;
  /// Only the user's own input runs the callback (a menu's action):
  /// FrameworkModel::UserInputSignals.
  bool UserInput = false;
  /// With Callback = LastCallable, when no operand is callable: the callback
  /// may be a method named by a string ("1onTick()" as Qt's SLOT() writes
  /// it, or "onTick"), looked up in the class of the object operand just
  /// before the string, or else of the call's own object.
  bool MethodByName = false;
  /// The callback runs once, soon after the registering code returns
  /// (QTimer::singleShot, a queued invokeMethod): it carries on what that
  /// code started, so when only the user's input starts the callback that
  /// registers it, only the user's input starts this one.
  bool Once = false;
  /// The type of the operand that says how the callback runs
  /// ("Qt::ConnectionType", its enumerators in FrameworkModel's
  /// DirectConnections, QueuedConnections and AutomaticConnections). A call
  /// without such an operand runs it the automatic way: at once when the
  /// callback's object lives on the calling thread, else later on that
  /// object's loop.
  llvm::StringRef ConnectionType = {};
};

/// An assignment to a record's callback field registers the callback: libev's
/// ev_init / ev_TYPE_init / ev_set_cb macros expand to `(w)->cb = (cb)`. The
/// object whose field is assigned is the loop operand (a watcher, bound to a
/// loop by a HandleBindingRule).
struct FieldRegistrationRule {
  /// Pattern for the record that declares the field ("ev_*").
  llvm::StringRef Record;
  /// The field's name ("cb").
  llvm::StringRef Field;
  /// How the note names the registration ("ev_init").
  llvm::StringRef Api;
  /// The callback's parameter that receives the loop running it (libev's
  /// `struct ev_loop *loop`, parameter 0), if any.
  int LoopParameter = NoOperand;
};

/// A field that holds the loop its object is bound to: reading libuv's
/// `handle->loop` names the loop that `handle` was initialised on.
struct LoopFieldRule {
  /// Pattern for the record that declares the field ("uv_*_s").
  llvm::StringRef Record;
  llvm::StringRef Field;
};

/// A call that returns the loop its operand is bound to
/// (`uv_handle_get_loop(handle)`, `event_get_base(ev)`), or a member call
/// that returns the loop its object runs on (`timer.get_executor()`, with
/// Object = ObjectOperand).
struct LoopAccessorRule {
  llvm::StringRef Callee;
  int Object = 0;
};

/// Code that a loop runs by its nature, not because it was registered: a
/// coroutine on an asio executor, an override of QObject::event.
struct LoopCodeRule {
  enum Kind {
    ReturnsType, ///< the function returns a value of type Pattern
    TakesType,   ///< one of its parameters has type Pattern
    Overrides,   ///< the method overrides Pattern
    Named,       ///< the function's own name matches Pattern
  };
  Kind How;
  llvm::StringRef Pattern;
  /// The note on the root, e.g. "coroutine runs on the asio executor".
  llvm::StringRef Why;
  /// The user's own input starts it (a mouse press, a key, closing a
  /// window), as for FrameworkModel::UserInputSignals.
  bool UserInput = false;
  /// Only methods of a class derived from a class that matches this
  /// pattern (Qt's QObject); empty: any function.
  llvm::StringRef InClassDerivedFrom = {};
  /// The name's last `_`-separated part names the signal that starts it
  /// (uic's `on_<object>_<signal>` slots): the user's input when some
  /// FrameworkModel::UserInputSignals signal has that name.
  bool SignalInName = false;
  /// A handler of the window's own (a dialog's showEvent): a modal dialog
  /// it opens answers what the user opened the window for, as in a slot
  /// that the window connects to itself (FrameworkModel::UserWindows).
  bool UserWindow = false;
};

/// A call that runs its callable operands on another thread: the walk from
/// loop code does not go into them.
struct OffloadRule {
  llvm::StringRef Callee;
  int Callable = EveryCallable;
  /// Only when this argument's type matches (asio::post to a thread_pool).
  int GuardOperand = NoOperand;
  llvm::StringRef GuardType = {};
  /// Only when this argument is an enumerator with this name
  /// (std::async with std::launch::async).
  llvm::StringRef GuardEnumerator = {};
  llvm::StringRef Attribute = {};
};

/// A call that binds a handle to a loop (`uv_timer_init(loop, &timer)`,
/// `event_new(base, ...)`), so that registrations on the handle are known to
/// run on that loop.
struct HandleBindingRule {
  llvm::StringRef Callee;
  int LoopOperand;
  int HandleOperand;
};

/// Calls that create a new loop (`uv_loop_new`, `event_base_new`): a loop
/// made on the path is a private loop.
struct LoopFactoryRule {
  llvm::StringRef Callee;
};

/// Calls that return a process-wide default loop: every call returns the
/// same loop.
struct DefaultLoopRule {
  llvm::StringRef Callee;
  /// Calls with the same Loop return the same loop (`ev_default_loop` and
  /// `ev::get_default_loop`); empty: the callee names it.
  llvm::StringRef Loop = {};
};

/// A library call that wraps a callable and returns something that calls it
/// (`std::bind`, `asio::bind_executor`, `py::cpp_function`): the analysis
/// looks through it to find the function that will run.
struct CallableWrapperRule {
  llvm::StringRef Callee;
  int Callable;
};

/// A type of synchronous client whose requests block (cpp-httplib's Client).
struct SyncClientRule {
  llvm::StringRef Type;
  /// Does constructing one already block (it connects in its constructor)?
  bool ConstructorBlocks = false;
};

/// Everything one framework contributes.
struct FrameworkModel {
  llvm::StringRef Name;
  /// How messages name the loop kind: "asio", "libuv", "Qt".
  llvm::StringRef LoopLabel;
  /// The default loop (a DefaultLoopRule's Loop, or its Callee) that a null
  /// loop operand stands for, and that DefaultLoopOperand names: GLib's
  /// NULL context is the default context.
  llvm::StringRef NullLoop = {};
  /// Namespaces of the library's own code ("boost::asio"): analysed like a
  /// system header even when it is included with -I, so that a library's
  /// internals are never reported.
  llvm::ArrayRef<llvm::StringRef> LibraryNamespaces;
  /// Folders of the library's installed headers, each one path component
  /// ("glib-2.0", "QtCore"): a header below one is library code even when
  /// it is included with -I, as pkg-config's flags include GLib's and Qt's.
  llvm::ArrayRef<llvm::StringRef> LibraryHeaders;
  /// Prefixes that only the names of the library's own C functions begin
  /// with ("uv_"): a function so named, with external linkage, is library
  /// code even when its body is in the program, as when the library's own
  /// sources are analysed (a static function of a test keeps its body). Its
  /// calls mean what the rules say, and its internals (libevent's blocking
  /// resolver fallback, libuv's waitpid on a child that has exited) are not
  /// the project's.
  llvm::ArrayRef<llvm::StringRef> LibraryPrefixes;
  /// Record types that are event loops: a local of one is a private loop.
  llvm::ArrayRef<llvm::StringRef> LoopTypes;
  llvm::ArrayRef<RegistrationRule> Registrations;
  llvm::ArrayRef<FieldRegistrationRule> FieldRegistrations;
  llvm::ArrayRef<LoopFieldRule> LoopFields;
  llvm::ArrayRef<LoopAccessorRule> LoopAccessors;
  llvm::ArrayRef<LoopCodeRule> LoopCode;
  llvm::ArrayRef<SinkRule> Sinks;
  llvm::ArrayRef<OffloadRule> Offloads;
  llvm::ArrayRef<HandleBindingRule> HandleBindings;
  llvm::ArrayRef<LoopFactoryRule> LoopFactories;
  llvm::ArrayRef<DefaultLoopRule> DefaultLoops;
  llvm::ArrayRef<SyncClientRule> SyncClients;
  llvm::ArrayRef<CallableWrapperRule> CallableWrappers;
  /// Methods that complete the future their object hands out with
  /// get_future() (std::promise::set_value): a wait on that future in loop
  /// code deadlocks when the completer runs on the same loop.
  llvm::ArrayRef<llvm::StringRef> FutureCompleters;
  /// For attribute-dispatched APIs (pybind11): the member that looks an
  /// attribute up by name (`obj.attr("run")`), and the call that imports a
  /// module by name (`py::module_::import("asyncio")`), which rules'
  /// Attribute "asyncio.run" names.
  llvm::ArrayRef<llvm::StringRef> AttributeLookups;
  llvm::ArrayRef<llvm::StringRef> ModuleImports;
  /// Container members that put their argument into the container
  /// (`handlers.push_back(cb)`), and that hand out an element of it
  /// (`handlers.at(i)`, `handlers[i]`): a container of callables is a
  /// storage that calls go through (extract/StoredCallables.h).
  llvm::ArrayRef<llvm::StringRef> ContainerStores;
  llvm::ArrayRef<llvm::StringRef> ContainerElements;
  /// Methods that hand out the future of the promise they are called on
  /// (std::promise::get_future): a wait on that future deadlocks when its
  /// completer runs on the waiting loop.
  llvm::ArrayRef<llvm::StringRef> PromiseFutures;
  /// Calls that construct their first template argument from their
  /// arguments (std::make_unique): constructions, like `T(args)`.
  llvm::ArrayRef<llvm::StringRef> ObjectFactories;
  /// Triggers (RegistrationRule::Trigger) that only the user's own input
  /// fires: a button's clicked, an action's triggered. Patterns name the
  /// class that declares the signal.
  llvm::ArrayRef<llvm::StringRef> UserInputSignals;
  /// The same, for signals that a class derived from the named one declares
  /// under that name: a D-Bus proxy that qdbusxml2cpp generates derives
  /// from QDBusAbstractInterface and declares the interface's signals
  /// ("QDBusAbstractInterface::ActionInvoked": the user's click on a
  /// desktop notification, org.freedesktop.Notifications).
  llvm::ArrayRef<llvm::StringRef> InheritedUserInputSignals;
  /// Classes whose objects are windows the user works in (QDialog): a slot
  /// that such a window connects to itself (`connect(manager,
  /// &Manager::finished, this, &Dialog::onFinished)`) answers an operation
  /// the user started there, so a modal dialog it opens is reported only
  /// when ReportUserInputModals asks, as for the user's input.
  llvm::ArrayRef<llvm::StringRef> UserWindows;
  /// Classes whose objects the user sees (QWidget): a callback that the
  /// constructor of one queues on the object it makes, to run once
  /// (`QMetaObject::invokeMethod(this, &MainWindow::checkPython,
  /// Qt::QueuedConnection)`), is the widget's start, and a modal dialog it
  /// opens is the widget's start-up prompt, reported only when
  /// ReportUserInputModals asks.
  llvm::ArrayRef<llvm::StringRef> Widgets;
  /// Methods that return false on an object whose constructor has not
  /// returned (QWidget::isVisible: a widget is shown after it is made): what
  /// a method runs under `if (isVisible())` on `this` does not run when the
  /// constructor calls that method on the object it makes.
  llvm::ArrayRef<llvm::StringRef> FalseWhileConstructing;
  /// A main-thread test compares a call of CurrentThreadCalls
  /// (QThread::currentThread) with one of ObjectThreadCalls (QObject::thread)
  /// on an object of ApplicationClasses (QCoreApplication: `qApp->thread()`).
  /// Callbacks on the main thread's loop take its main-thread branch; the
  /// other, a hop for callers on other threads (`invokeMethod(...,
  /// Qt::BlockingQueuedConnection)`), is on none of their paths, though
  /// what it registers is registered.
  llvm::ArrayRef<llvm::StringRef> CurrentThreadCalls;
  llvm::ArrayRef<llvm::StringRef> ObjectThreadCalls;
  llvm::ArrayRef<llvm::StringRef> ApplicationClasses;
  /// Classes whose objects belong to the thread that makes them (QObject):
  /// one made on another thread and handed back is broken, so no fix-it
  /// offloads a call that makes one.
  llvm::ArrayRef<llvm::StringRef> ThreadAffineClasses;
  /// Calls that move their object to another thread, whose loop then runs
  /// its callbacks (QObject::moveToThread), unless the operand is the main
  /// thread (`qApp->thread()`): the class of such an object lives on
  /// another thread, and an automatic connection between it and a class
  /// that lives on the main thread is queued.
  llvm::ArrayRef<llvm::StringRef> ThreadMoves;
  /// Enumerators of a RegistrationRule::ConnectionType, named with their
  /// enumeration ("Qt::ConnectionType::QueuedConnection"): the callback runs
  /// at once on the calling thread (Qt::DirectConnection), later on its
  /// object's loop (Qt::QueuedConnection), or the automatic way
  /// (Qt::AutoConnection); the first one an operand names counts
  /// (`Qt::QueuedConnection | Qt::UniqueConnection` is queued). Another
  /// value (Qt::BlockingQueuedConnection, a variable) says nothing: a
  /// connection stays a call of its emits, a single call a root of its own.
  llvm::ArrayRef<llvm::StringRef> DirectConnections;
  llvm::ArrayRef<llvm::StringRef> QueuedConnections;
  llvm::ArrayRef<llvm::StringRef> AutomaticConnections;
  /// Calls that take a callable to name it, not to call it
  /// (`QObject::disconnect(sender, &S::sig, receiver, &R::slot)`): no edge
  /// into it.
  llvm::ArrayRef<llvm::StringRef> CallableReferences;
  /// Calls that return an event's type (QEvent::type), and the types of
  /// the user's own input ("QEvent::Type::KeyPress", a click, a
  /// double-click): in an event handler or filter that handles every
  /// event, the branch of `if (event->type() == QEvent::KeyPress)`, or of
  /// such a `case` of `switch (event->type())`, runs only for the user's
  /// input. A modal dialog reached through it is reported only when
  /// ReportUserInputModals asks, and a signal emitted only there is the
  /// user's input.
  llvm::ArrayRef<llvm::StringRef> EventTypeCalls;
  llvm::ArrayRef<llvm::StringRef> UserInputEvents;
  /// Triggers fired once the loop has left its last event
  /// (QCoreApplication::aboutToQuit): what they start is not loop code, a
  /// loop run there re-enters nothing.
  llvm::ArrayRef<llvm::StringRef> AfterLoopSignals;
  /// Triggers fired on a new thread before its loop runs (QThread::started):
  /// what they start on an object that lives on another thread than the
  /// main one runs there before that thread's loop, and is not loop code.
  llvm::ArrayRef<llvm::StringRef> BeforeLoopSignals;
  /// Functions that a code generator writes to call the object's methods
  /// by index on behalf of the library (moc's qt_static_metacall): they
  /// call every signal and slot of a class, for whoever asks, so their
  /// bodies are not walked; a signal called there is no emit.
  llvm::ArrayRef<llvm::StringRef> GeneratedDispatchers;
  /// Calls that make their object watch the future given as operand 0
  /// (QFutureWatcher::setFuture), and the watcher's signals fired once that
  /// future has finished: a wait on it in their callbacks returns at once,
  /// as does one after a loop run that follows the watch (ReadyFutures.h).
  llvm::ArrayRef<llvm::StringRef> FutureWatches;
  llvm::ArrayRef<llvm::StringRef> FutureFinishedSignals;
  /// The watcher's signals that carry the index of a result that is ready
  /// (QFutureWatcherBase::resultReadyAt): in their callbacks, a wait on the
  /// watched future given that index (the callback's first parameter,
  /// `watcher->resultAt(index)`) returns at once.
  llvm::ArrayRef<llvm::StringRef> FutureResultSignals;
  /// Calls on a future that ask whether it is ready (QFuture::isFinished,
  /// std::future::wait_for): a wait on the same future in the branch they
  /// guard returns at once, and does not make a later wait one.
  llvm::ArrayRef<llvm::StringRef> FutureReadyChecks;
  /// Calls that return the object whose signal runs the current slot
  /// (QObject::sender): in a callback of a watcher's finished signal, a
  /// wait on the watcher a variable keeps from it returns at once.
  llvm::ArrayRef<llvm::StringRef> SignalSenders;
  /// Calls that take a lock only when it is free, and say whether they did,
  /// on a lock that its holder's thread cannot take again (QMutex::tryLock,
  /// named by the class of the lock, not of the base that declares the
  /// method): a function that returns when it fails (`if
  /// (!Lock.tryLock()) return;`) turns its own re-entry away
  /// (extract/ReentryGuards.h). A recursive lock is none: its holder takes
  /// it again.
  llvm::ArrayRef<llvm::StringRef> ReentryLocks;
};

/// Every framework model, in a fixed order.
llvm::ArrayRef<const FrameworkModel *> allModels();

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_MODELS_MODEL_H
