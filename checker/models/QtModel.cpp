//===--- QtModel.cpp - Qt 5 and Qt 6 (QtCore, QtGui, QtWidgets) -----------===//
//
// Every QObject lives in a thread, and its slots, timers and event handlers
// run on that thread's event loop (the GUI thread's for widgets). Qt code
// re-enters that loop through processEvents and through the nested loops of
// modal calls (QDialog::exec, QMessageBox::information, QMenu::exec...).
// Patterns name the class that declares a member: `dialog.exec()` on a
// subclass still calls QDialog::exec, while QMessageBox overrides it.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

constexpr llvm::StringRef AppExecRule =
    "Qt refuses to start QCoreApplication::exec while the event loop is "
    "already running";
constexpr llvm::StringRef ProcessEventsRule =
    "processEvents runs other slots and events in the middle of this one";
constexpr llvm::StringRef EventLoopRule =
    "a QEventLoop runs the other slots and events of its thread until it "
    "quits";
constexpr llvm::StringRef ReturnInstead =
    "returning to the running loop and continuing in a slot";
constexpr llvm::StringRef StepInstead =
    "splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)'";
constexpr llvm::StringRef SignalInstead =
    "a signal connected to a slot that continues the work";

constexpr llvm::StringRef DialogOpen =
    "'QDialog::open' and a handler for its finished signal";
constexpr llvm::StringRef MessageBoxOpen =
    "a 'QMessageBox' shown with 'open' and a handler for its finished signal";
constexpr llvm::StringRef FileDialogOpen =
    "a 'QFileDialog' shown with 'open' and a handler for its fileSelected "
    "signal";
constexpr llvm::StringRef InputDialogOpen =
    "a 'QInputDialog' shown with 'open' and a handler for its finished signal";
constexpr llvm::StringRef ColorDialogOpen =
    "a 'QColorDialog' shown with 'open' and a handler for its colorSelected "
    "signal";
constexpr llvm::StringRef FontDialogOpen =
    "a 'QFontDialog' shown with 'open' and a handler for its fontSelected "
    "signal";

constexpr llvm::StringRef TimerInstead =
    "'QTimer::singleShot' for the rest of the work";
constexpr llvm::StringRef FutureWatcher =
    "a 'QFutureWatcher' and its finished signal";
constexpr llvm::StringRef ProcessSignals =
    "QProcess's started, readyRead and finished signals";
constexpr llvm::StringRef SocketSignals =
    "the socket's connected, readyRead and disconnected signals";
constexpr llvm::StringRef ServerSignal = "the server's newConnection signal";
constexpr llvm::StringRef DBusAsync =
    "'asyncCall' and a 'QDBusPendingCallWatcher' with a handler for its "
    "finished signal";
constexpr llvm::StringRef DBusBusAsync =
    "an 'asyncCall' of the bus's StartServiceByName and a "
    "'QDBusPendingCallWatcher'";
constexpr llvm::StringRef DBusGuiRule =
    "QDBus::BlockWithGui runs the other slots and events of its thread until "
    "the reply comes";

// A wait capped at 2 s or less (UnlessBelow): the cap on a failure, for a
// wait that ends at once when nothing has failed.
constexpr uint64_t CappedForFailure = 2001;

const llvm::StringRef LoopTypes[] = {"QEventLoop"};

// An object's thread: the one whose loop runs its slots.
const LoopAccessorRule LoopAccessors[] = {{"QObject::thread", ObjectOperand}};

// Each Qt module's header folder, which pkg-config and qmake include with -I:
// the inline functions and templates there are Qt's own code.
// clang-format off
const llvm::StringRef LibraryHeaders[] = {
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtCore", "QtCore5Compat",
    "QtDBus", "QtDataVisualization", "QtDesigner", "QtGui", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuickControls2",
    "QtQuickWidgets", "QtRemoteObjects", "QtScript", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSql", "QtStateMachine", "QtSvg",
    "QtSvgWidgets", "QtTest", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineWidgets", "QtWebSockets", "QtWidgets", "QtX11Extras", "QtXml",
    "QtXmlPatterns"};
// clang-format on

// The slot or functor is the last callable argument of every overload; the
// forms that name a slot by string (SLOT(onTick()), invokeMethod(obj,
// "onTick")) name a method of the object before the string. connect's
// signal says what starts the slot.
const RegistrationRule Registrations[] = {
    {.Callee = "QObject::connect",
     .Trigger = 1,
     .TriggerObject = 0,
     .MethodByName = true,
     .ConnectionType = "Qt::ConnectionType"},
    {.Callee = "QTimer::singleShot", .MethodByName = true, .Once = true},
    {.Callee = "QTimer::callOnTimeout", .MethodByName = true},
    {.Callee = "QMetaObject::invokeMethod",
     .MethodByName = true,
     .Once = true,
     .ConnectionType = "Qt::ConnectionType"},
    // An action made with its slot: the user's choice of it runs the slot.
    {.Callee = "QMenu::addAction", .UserInput = true},
    {.Callee = "QToolBar::addAction", .UserInput = true},
    {.Callee = "QWidget::addAction", .UserInput = true},
};

constexpr llvm::StringRef UserInputHandler =
    "event handler of the user's input runs on the GUI thread's Qt event loop";
constexpr llvm::StringRef GuiHandler =
    "event handler runs on the GUI thread's Qt event loop";

const LoopCodeRule LoopCode[] = {
    {LoopCodeRule::Overrides, "QObject::event",
     "event handler runs on its object's Qt event loop"},
    {LoopCodeRule::Overrides, "QObject::eventFilter",
     "event filter runs on its object's Qt event loop"},
    {LoopCodeRule::Overrides, "QObject::timerEvent",
     "event handler runs on its object's Qt event loop"},
    {LoopCodeRule::Overrides, "QObject::childEvent",
     "event handler runs on its object's Qt event loop"},
    {LoopCodeRule::Overrides, "QObject::customEvent",
     "event handler runs on its object's Qt event loop"},
    // The handlers of the user's own input, before the other handlers: a
    // modal dialog opened there is the ordinary use of one.
    {LoopCodeRule::Overrides, "QWidget::mouse*Event", UserInputHandler, true},
    {LoopCodeRule::Overrides, "QWidget::key*Event", UserInputHandler, true},
    {LoopCodeRule::Overrides, "QWidget::contextMenuEvent", UserInputHandler,
     true},
    {LoopCodeRule::Overrides, "QWidget::closeEvent", UserInputHandler, true},
    {LoopCodeRule::Overrides, "QWidget::wheelEvent", UserInputHandler, true},
    {LoopCodeRule::Overrides, "QWidget::tabletEvent", UserInputHandler, true},
    {LoopCodeRule::Overrides, "QWidget::drag*Event", UserInputHandler, true},
    {LoopCodeRule::Overrides, "QWidget::dropEvent", UserInputHandler, true},
    // A dialog's own show: what it opens there answers what the user opened
    // the dialog for (a preview dialog's "preview impossible").
    {.How = LoopCodeRule::Overrides,
     .Pattern = "QWidget::showEvent",
     .Why = GuiHandler,
     .InClassDerivedFrom = "QDialog",
     .UserWindow = true},
    // Every other virtual of QWidget whose name ends in "Event" is a handler
    // (paintEvent, showEvent, nativeEvent...).
    {LoopCodeRule::Overrides, "QWidget::*Event", GuiHandler},
    // uic's setupUi ends with QMetaObject::connectSlotsByName, which
    // connects each slot named on_<object>_<signal> to that signal of the
    // child object of that name.
    {LoopCodeRule::Named, "on_*_*",
     "slot connected by name (connectSlotsByName) runs on the GUI thread's "
     "Qt event loop",
     false, "QObject", true},
};

const SinkRule Sinks[] = {
    // Loops of the calling thread: always the loop that runs the callback.
    {.Callee = "QCoreApplication::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = AppExecRule,
     .Alternative = ReturnInstead},
    {.Callee = "QGuiApplication::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = AppExecRule,
     .Alternative = ReturnInstead},
    {.Callee = "QApplication::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = AppExecRule,
     .Alternative = ReturnInstead},
    {.Callee = "QCoreApplication::processEvents",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = ProcessEventsRule,
     .Alternative = StepInstead,
     .Pumps = true},
    // QEventLoop::processEvents dispatches the events of the loop's thread.
    {.Callee = "QEventLoop::processEvents",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = ProcessEventsRule,
     .Alternative = StepInstead,
     .Pumps = true},
    // Every QEventLoop of a thread dispatches that thread's events: a new
    // one made in a slot re-enters the slot's own loop like processEvents,
    // and one made on a worker would have to be waited for, which no cure
    // of the GUI thread is. A QEventLoop must run on the thread that made it.
    {.Callee = "QEventLoop::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = EventLoopRule,
     .Alternative = SignalInstead},

    // Modal loops of GUI objects.
    {.Callee = "QDialog::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = DialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QMessageBox::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = "'QMessageBox::open' and a handler for its finished signal",
     .Gui = true,
     .Modal = true},
    {.Callee = "QMessageBox::information",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = MessageBoxOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QMessageBox::warning",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = MessageBoxOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QMessageBox::critical",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = MessageBoxOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QMessageBox::question",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = MessageBoxOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QMessageBox::about",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = MessageBoxOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QMessageBox::aboutQt",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = MessageBoxOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QMenu::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = "'QMenu::popup' and a handler for its triggered signal",
     .Gui = true,
     .Modal = true},
    // A drag has no asynchronous form: exec (start in Qt 5) runs the loop.
    {.Callee = "QDrag::exec",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Gui = true,
     .Modal = true},
    {.Callee = "QDrag::start",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Gui = true,
     .Modal = true},
    // Static getters run a modal dialog; getOpenFileContent and
    // saveFileContent are asynchronous and are not listed.
    {.Callee = "QFileDialog::getOpenFileName",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFileDialog::getOpenFileNames",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFileDialog::getOpenFileUrl",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFileDialog::getOpenFileUrls",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFileDialog::getSaveFileName",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFileDialog::getSaveFileUrl",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFileDialog::getExistingDirectory",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFileDialog::getExistingDirectoryUrl",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FileDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QInputDialog::getText",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = InputDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QInputDialog::getMultiLineText",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = InputDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QInputDialog::getItem",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = InputDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QInputDialog::getInt",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = InputDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QInputDialog::getInteger",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = InputDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QInputDialog::getDouble",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = InputDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QColorDialog::getColor",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = ColorDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QColorDialog::getRgba",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = ColorDialogOpen,
     .Gui = true,
     .Modal = true},
    {.Callee = "QFontDialog::getFont",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = FontDialogOpen,
     .Gui = true,
     .Modal = true},

    // A D-Bus call in QDBus::BlockWithGui mode waits for its reply in a
    // nested loop of the thread's events (before the blocking rules of the
    // same calls below, which would take it otherwise).
    {.Callee = "QDBusAbstractInterface::call",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = DBusGuiRule,
     .Alternative = DBusAsync,
     .OnlyIfEnumerator = "BlockWithGui"},
    {.Callee = "QDBusAbstractInterface::callWithArgumentList",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = DBusGuiRule,
     .Alternative = DBusAsync,
     .OnlyIfEnumerator = "BlockWithGui"},
    {.Callee = "QDBusConnection::call",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::CurrentThread,
     .Rule = DBusGuiRule,
     .Alternative = DBusAsync,
     .OnlyIfEnumerator = "BlockWithGui"},

    // Blocking waits.
    {.Callee = "QThread::sleep",
     .Kind = SinkKind::Blocking,
     .Alternative = TimerInstead,
     .Sleeps = true},
    {.Callee = "QThread::msleep",
     .Kind = SinkKind::Blocking,
     .Alternative = TimerInstead,
     .Sleeps = true},
    // Microseconds: under a millisecond it is a backoff, not a wait.
    {.Callee = "QThread::usleep",
     .Kind = SinkKind::Blocking,
     .Alternative = TimerInstead,
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1000,
     .Sleeps = true},
    // A join capped at 2 s or less (`quit()`, then `wait(1000)`): a thread
    // whose loop has quit ends at once, and the cap bounds one that does
    // not, as a local socket's does. Uncapped, or longer, it stays.
    {.Callee = "QThread::wait",
     .Kind = SinkKind::Blocking,
     .Alternative = "the thread's finished signal",
     .UnlessBelowOperand = 0,
     .UnlessBelow = CappedForFailure},
    {.Callee = "QThreadPool::waitForDone",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher},
    {.Callee = "QWaitCondition::wait", .Kind = SinkKind::Blocking},
    {.Callee = "QSemaphore::acquire", .Kind = SinkKind::Blocking},
    {.Callee = "QProcess::waitFor*",
     .Kind = SinkKind::Blocking,
     .Alternative = ProcessSignals},
    // Waits until the receiver's thread has run the slot; on the caller's
    // own thread it never returns (Qt reports a deadlock).
    {.Callee = "QMetaObject::invokeMethod",
     .Kind = SinkKind::Blocking,
     .Alternative = "'Qt::QueuedConnection' and a signal back with the result",
     .OnlyIfEnumerator = "BlockingQueuedConnection"},
    // Runs the program and waits for it to finish.
    {.Callee = "QProcess::execute",
     .Kind = SinkKind::Blocking,
     .Alternative = ProcessSignals},
    // QIODevice's own waitFor* return at once (a QBuffer, a QFile): only
    // the devices below wait, and a call through a QIODevice pointer is not
    // known to reach one.
    {.Callee = "QAbstractSocket::waitFor*",
     .Kind = SinkKind::Blocking,
     .Alternative = SocketSignals},
    {.Callee = "QSslSocket::waitFor*",
     .Kind = SinkKind::Blocking,
     .Alternative = "the socket's encrypted, readyRead and disconnected "
                    "signals"},
    // A local socket's peer is on the same machine: a wait capped at 2 s or
    // less is the cap on a failure (the peer gone), not a wait that anyone
    // moves off the loop. An uncapped one (-1, the default 30 s) stays.
    {.Callee = "QLocalSocket::waitFor*",
     .Kind = SinkKind::Blocking,
     .Alternative = SocketSignals,
     .UnlessBelowOperand = 0,
     .UnlessBelow = CappedForFailure},
    {.Callee = "QTcpServer::waitForNewConnection",
     .Kind = SinkKind::Blocking,
     .Alternative = ServerSignal},
    {.Callee = "QLocalServer::waitForNewConnection",
     .Kind = SinkKind::Blocking,
     .Alternative = ServerSignal},
    {.Callee = "QHostInfo::fromName",
     .Kind = SinkKind::Blocking,
     .Alternative = "'QHostInfo::lookupHost' with a receiver"},
    // A D-Bus call waits for the remote's reply (25 s by default when none
    // comes), in QDBus::Block and in AutoDetect, call()'s default for a
    // method with a reply; QDBus::NoBlock (0) sends and returns.
    {.Callee = "QDBusAbstractInterface::call",
     .Kind = SinkKind::Blocking,
     .Alternative = DBusAsync,
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1},
    {.Callee = "QDBusAbstractInterface::callWithArgumentList",
     .Kind = SinkKind::Blocking,
     .Alternative = DBusAsync,
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1},
    {.Callee = "QDBusConnection::call",
     .Kind = SinkKind::Blocking,
     .Alternative = DBusAsync,
     .UnlessBelowOperand = 1,
     .UnlessBelow = 1},
    {.Callee = "QDBusPendingCall::waitForFinished",
     .Kind = SinkKind::Blocking,
     .Alternative = "a 'QDBusPendingCallWatcher' and its finished signal"},
    {.Callee = "QDBusPendingCallWatcher::waitForFinished",
     .Kind = SinkKind::Blocking,
     .Alternative = "the watcher's finished signal"},
    // The bus daemon answers its own methods (isServiceRegistered,
    // servicePid...) at once, without another program: a wait that no one
    // moves off the loop (KeePassXC polls two of them every 2 s on its
    // settings page). Activating a service waits for the program it starts.
    {.Callee = "QDBusConnectionInterface::startService",
     .Kind = SinkKind::Blocking,
     .Alternative = DBusBusAsync},
    // Futures: reading a result waits for it.
    {.Callee = "QFuture::waitForFinished",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFuture::result",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFuture::resultAt",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFuture::results",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFuture::takeResult",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    // Qt 5's implicit `operator T()` returns result().
    {.Callee = "QFuture::operator *",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFutureInterfaceBase::waitFor*",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFutureWatcherBase::waitForFinished",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFutureWatcher::waitForFinished",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    {.Callee = "QFutureWatcher::result",
     .Kind = SinkKind::Blocking,
     .Alternative = "the watcher's finished signal",
     .WaitsForFuture = true},
    {.Callee = "QFutureWatcher::resultAt",
     .Kind = SinkKind::Blocking,
     .Alternative = "the watcher's finished signal",
     .WaitsForFuture = true},
    {.Callee = "QFutureSynchronizer::waitForFinished",
     .Kind = SinkKind::Blocking,
     .Alternative = FutureWatcher,
     .WaitsForFuture = true},
    // QtConcurrent's blockingMap, blockingMapped, blockingFiltered... are
    // not listed: they spread a computation over the pool, and the caller
    // waits no longer than it would compute it itself.
};

// Signals that only the user's own input emits: clicks, key presses, menu
// choices. A modal dialog opened from their slots is the ordinary use of
// one. Signals that code emits as well (QAbstractButton::toggled is both;
// QComboBox::currentIndexChanged follows setCurrentIndex) are listed only
// when the user's input is what they are for.
// clang-format off
const llvm::StringRef UserInputSignals[] = {
    "QAbstractButton::clicked", "QAbstractButton::pressed",
    "QAbstractButton::released", "QAbstractButton::toggled",
    // A check box's own form of toggled (checkStateChanged since Qt 6.7).
    "QCheckBox::stateChanged", "QCheckBox::checkStateChanged",
    "QButtonGroup::buttonClicked", "QButtonGroup::buttonPressed",
    "QButtonGroup::buttonReleased", "QButtonGroup::buttonToggled",
    "QButtonGroup::idClicked", "QButtonGroup::idPressed",
    "QButtonGroup::idReleased", "QButtonGroup::idToggled",
    "QAction::triggered", "QAction::toggled", "QActionGroup::triggered",
    "QMenu::triggered", "QMenuBar::triggered", "QToolBar::actionTriggered",
    "QToolButton::triggered",
    "QShortcut::activated", "QShortcut::activatedAmbiguously",
    "QAbstractItemView::clicked", "QAbstractItemView::doubleClicked",
    "QAbstractItemView::activated", "QAbstractItemView::pressed",
    "QListWidget::itemClicked", "QListWidget::itemDoubleClicked",
    "QListWidget::itemActivated", "QListWidget::itemPressed",
    "QTreeWidget::itemClicked", "QTreeWidget::itemDoubleClicked",
    "QTreeWidget::itemActivated", "QTreeWidget::itemPressed",
    "QTableWidget::itemClicked", "QTableWidget::itemDoubleClicked",
    "QTableWidget::itemActivated", "QTableWidget::itemPressed",
    "QTableWidget::cellClicked", "QTableWidget::cellDoubleClicked",
    "QTableWidget::cellActivated", "QTableWidget::cellPressed",
    "QHeaderView::sectionClicked", "QHeaderView::sectionDoubleClicked",
    "QHeaderView::sectionPressed",
    "QLineEdit::returnPressed", "QLineEdit::editingFinished",
    "QLineEdit::textEdited",
    "QComboBox::activated", "QComboBox::textActivated",
    "QAbstractSlider::sliderMoved", "QAbstractSlider::sliderPressed",
    "QAbstractSlider::sliderReleased", "QAbstractSlider::actionTriggered",
    "QTabBar::tabBarClicked", "QTabBar::tabBarDoubleClicked",
    "QTabBar::tabCloseRequested", "QTabWidget::tabBarClicked",
    "QTabWidget::tabBarDoubleClicked", "QTabWidget::tabCloseRequested",
    "QWidget::customContextMenuRequested",
    "QDialogButtonBox::accepted", "QDialogButtonBox::rejected",
    "QDialogButtonBox::clicked", "QDialogButtonBox::helpRequested",
    // The user's answer to a dialog: the asynchronous forms that the notes
    // advise (QDialog::open and a handler for its finished signal).
    "QDialog::accepted", "QDialog::rejected", "QDialog::finished",
    "QMessageBox::buttonClicked", "QFileDialog::fileSelected",
    "QFileDialog::filesSelected", "QFileDialog::urlSelected",
    "QFileDialog::urlsSelected", "QColorDialog::colorSelected",
    "QFontDialog::fontSelected", "QInputDialog::textValueSelected",
    "QInputDialog::intValueSelected", "QInputDialog::doubleValueSelected",
    "QSystemTrayIcon::activated", "QSystemTrayIcon::messageClicked",
    "QLabel::linkActivated", "QTextBrowser::anchorClicked",
    "QCalendarWidget::clicked", "QCalendarWidget::activated",
    "QKeySequenceEdit::editingFinished"};
// clang-format on

// The desktop's notification server emits ActionInvoked when the user
// clicks a notification or one of its actions (the freedesktop.org
// Desktop Notifications specification); an application reaches it through
// a proxy that qdbusxml2cpp generates.
const llvm::StringRef InheritedUserInputSignals[] = {
    "QDBusAbstractInterface::ActionInvoked"};

// A slot named to take a connection apart is not called.
const llvm::StringRef CallableReferences[] = {"QObject::disconnect"};

// Windows the user works in: a dialog's slot connected to itself reports
// on what the user asked the dialog to do.
const llvm::StringRef UserWindows[] = {"QDialog"};

// What a widget's constructor queues on itself runs once, at its start.
const llvm::StringRef Widgets[] = {"QWidget"};

// A widget is shown after it is made: `if (isVisible())` in a method that
// its constructor calls is false there.
const llvm::StringRef FalseWhileConstructing[] = {"QWidget::isVisible"};

// `QThread::currentThread() == qApp->thread()`: on the main thread.
const llvm::StringRef CurrentThreadCalls[] = {"QThread::currentThread"};
const llvm::StringRef ObjectThreadCalls[] = {"QObject::thread"};
const llvm::StringRef ApplicationClasses[] = {"QCoreApplication"};

// A QObject belongs to the thread that makes it, until it is moved to
// another.
const llvm::StringRef ThreadAffineClasses[] = {"QObject"};
const llvm::StringRef ThreadMoves[] = {"QObject::moveToThread"};

// A connection's type: Qt::AutoConnection is direct when the receiver
// lives on the emitting thread, and queued otherwise.
const llvm::StringRef DirectConnections[] = {
    "Qt::ConnectionType::DirectConnection"};
const llvm::StringRef QueuedConnections[] = {
    "Qt::ConnectionType::QueuedConnection"};
const llvm::StringRef AutomaticConnections[] = {
    "Qt::ConnectionType::AutoConnection"};

// The events of the user's own input, as the handlers of UserInputHandler
// take them: in an event filter, `if (event->type() == QEvent::KeyPress)`
// handles the user's key press.
const llvm::StringRef EventTypeCalls[] = {"QEvent::type"};
// clang-format off
const llvm::StringRef UserInputEvents[] = {
    "QEvent::Type::MouseButtonPress", "QEvent::Type::MouseButtonRelease",
    "QEvent::Type::MouseButtonDblClick", "QEvent::Type::MouseMove",
    "QEvent::Type::KeyPress", "QEvent::Type::KeyRelease",
    "QEvent::Type::ContextMenu", "QEvent::Type::Close", "QEvent::Type::Wheel",
    "QEvent::Type::TabletPress", "QEvent::Type::TabletRelease",
    "QEvent::Type::TabletMove", "QEvent::Type::DragEnter",
    "QEvent::Type::DragMove", "QEvent::Type::DragLeave", "QEvent::Type::Drop",
    "QEvent::Type::GraphicsSceneMousePress",
    "QEvent::Type::GraphicsSceneMouseRelease",
    "QEvent::Type::GraphicsSceneMouseDoubleClick",
    "QEvent::Type::GraphicsSceneMouseMove",
    "QEvent::Type::GraphicsSceneContextMenu",
    "QEvent::Type::GraphicsSceneWheel", "QEvent::Type::GraphicsSceneDragEnter",
    "QEvent::Type::GraphicsSceneDragMove",
    "QEvent::Type::GraphicsSceneDragLeave", "QEvent::Type::GraphicsSceneDrop"};
// clang-format on

// Emitted when the main loop has returned from its last event, before
// exec() returns.
const llvm::StringRef AfterLoopSignals[] = {"QCoreApplication::aboutToQuit"};

// Emitted on the new thread before run() starts its loop: a worker's slot
// connected to it runs there first, as a direct call.
const llvm::StringRef BeforeLoopSignals[] = {"QThread::started"};

// moc's dispatchers: QMetaObject::invokeMethod, queued connections and
// QML call a class's methods through them by index.
const llvm::StringRef GeneratedDispatchers[] = {"*::qt_static_metacall",
                                                "*::qt_metacall"};

const llvm::StringRef FutureWatches[] = {"QFutureWatcher::setFuture"};
const llvm::StringRef FutureFinishedSignals[] = {
    "QFutureWatcherBase::finished"};
const llvm::StringRef FutureResultSignals[] = {
    "QFutureWatcherBase::resultReadyAt"};
const llvm::StringRef SignalSenders[] = {"QObject::sender"};
// A QMutex is not recursive: its holder's tryLock fails. A QRecursiveMutex
// is taken again (named by the lock's class, it is none of these). Qt 5's
// QMutex(QMutex::Recursive) is too: rare, and not told apart.
const llvm::StringRef ReentryLocks[] = {"QMutex::tryLock",
                                        "QBasicMutex::tryLock"};
const llvm::StringRef FutureReadyChecks[] = {"QFuture::isFinished",
                                             "QFuture::isResultReadyAt"};

// The overload selectors return the member pointer they are given: they
// call nothing, and the callable is their argument (`invokeMethod(this,
// qOverload<>(&Session::configure), Qt::QueuedConnection)` registers
// configure).
const CallableWrapperRule Wrappers[] = {
    {"QNonConstOverload::operator()", 0},
    {"QConstOverload::operator()", 0},
    {"QOverload::operator()", 0},
    {"QNonConstOverload::of", 0},
    {"QConstOverload::of", 0},
    {"QOverload::of", 0},
    {"qOverload", 0},
};

// Work handed to the thread pool or to a new thread runs there.
const OffloadRule Offloads[] = {
    {.Callee = "QtConcurrent::run"},
    {.Callee = "QtConcurrent::map"},
    {.Callee = "QtConcurrent::mapped"},
    {.Callee = "QtConcurrent::mappedReduced"},
    {.Callee = "QtConcurrent::filter"},
    {.Callee = "QtConcurrent::filtered"},
    {.Callee = "QtConcurrent::filteredReduced"},
    {.Callee = "QThreadPool::start"},
    {.Callee = "QThreadPool::tryStart"},
    {.Callee = "QThreadPool::startOnReservedThread"},
    {.Callee = "QThread::create"},
    // Makes a runnable for a pool; the functor does not run here.
    {.Callee = "QRunnable::create"},
};

} // namespace

extern const FrameworkModel QtModel;
const FrameworkModel QtModel{
    .Name = "Qt",
    .LoopLabel = "Qt",
    .LibraryHeaders = LibraryHeaders,
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .LoopAccessors = LoopAccessors,
    .LoopCode = LoopCode,
    .Sinks = Sinks,
    .Offloads = Offloads,
    .CallableWrappers = Wrappers,
    .UserInputSignals = UserInputSignals,
    .InheritedUserInputSignals = InheritedUserInputSignals,
    .UserWindows = UserWindows,
    .Widgets = Widgets,
    .FalseWhileConstructing = FalseWhileConstructing,
    .CurrentThreadCalls = CurrentThreadCalls,
    .ObjectThreadCalls = ObjectThreadCalls,
    .ApplicationClasses = ApplicationClasses,
    .ThreadAffineClasses = ThreadAffineClasses,
    .ThreadMoves = ThreadMoves,
    .DirectConnections = DirectConnections,
    .QueuedConnections = QueuedConnections,
    .AutomaticConnections = AutomaticConnections,
    .CallableReferences = CallableReferences,
    .EventTypeCalls = EventTypeCalls,
    .UserInputEvents = UserInputEvents,
    .AfterLoopSignals = AfterLoopSignals,
    .BeforeLoopSignals = BeforeLoopSignals,
    .GeneratedDispatchers = GeneratedDispatchers,
    .FutureWatches = FutureWatches,
    .FutureFinishedSignals = FutureFinishedSignals,
    .FutureResultSignals = FutureResultSignals,
    .FutureReadyChecks = FutureReadyChecks,
    .SignalSenders = SignalSenders,
    .ReentryLocks = ReentryLocks,
};

} // namespace clang::tidy::eventloop
