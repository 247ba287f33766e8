//===--- GraphBuilder.cpp - One pass over a TU collects its calls --------===//

#include "ASTGraph.h"
#include "BranchConditions.h"
#include "Callables.h"
#include "Describe.h"
#include "FactoryConstructors.h"
#include "InitOnce.h"
#include "LibraryFiles.h"
#include "LoopIdentity.h"
#include "NamedMember.h"
#include "ObjectModes.h"
#include "ObjectThreads.h"
#include "ReadyFutures.h"
#include "ReentryGuards.h"
#include "StoredCallables.h"
#include "WrittenOffload.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::eventloop {

std::optional<unsigned> ASTGraph::nodeOf(const FunctionDecl *FD) const {
  if (!FD)
    return std::nullopt;
  auto It = NodeIndex.find(FD->getCanonicalDecl());
  if (It == NodeIndex.end())
    return std::nullopt;
  return It->second;
}

namespace {

/// The user's annotations, [[clang::annotate("eventloop::...")]], as bits.
enum Annotation : unsigned {
  RunsLoopAnnotation = 1,
  BlockingAnnotation = 2,
  OffloadAnnotation = 4,
  CallbackAnnotation = 8,
};

/// The annotations of ours on \p D and its redeclarations: one walk of the
/// attributes for all of them.
unsigned annotationsOf(const Decl *D) {
  // Attributes are inherited by later redeclarations: the most recent one
  // has them all, and most functions have none.
  if (!D->getMostRecentDecl()->hasAttrs())
    return 0;
  unsigned Found = 0;
  for (const Decl *R : D->redecls())
    for (const auto *A : R->specific_attrs<AnnotateAttr>())
      Found |= llvm::StringSwitch<unsigned>(A->getAnnotation())
                   .Case("eventloop::runs_loop", RunsLoopAnnotation)
                   .Case("eventloop::blocking", BlockingAnnotation)
                   .Case("eventloop::offload", OffloadAnnotation)
                   .Case("eventloop::callback", CallbackAnnotation)
                   .Default(0);
  return Found;
}

/// Does \p S always leave the block it is written in: a `return`, `break`
/// or `continue`, a call that does not return (`abort()`), or a block that
/// ends in one?
bool leavesBlock(const Stmt *S) {
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(S))
    return !Block->body_empty() && leavesBlock(Block->body_back());
  if (const auto *Call = dyn_cast_or_null<CallExpr>(S)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && Callee->isNoReturn();
  }
  return isa_and_nonnull<ReturnStmt, BreakStmt, ContinueStmt>(S);
}

/// The name of a parameter's declared type when it is a typedef
/// ("uv_timer_cb"), else empty.
llvm::StringRef typedefName(QualType T) {
  if (const auto *TT = T->getAs<TypedefType>())
    return TT->getDecl()->getName();
  return {};
}

class GraphBuilder : public RecursiveASTVisitor<GraphBuilder> {
  using Base = RecursiveASTVisitor<GraphBuilder>;

public:
  GraphBuilder(ASTContext &Ctx, const ModelIndex &Models, ASTGraph &G)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Models(Models), G(G),
        Stored(Models), Ready(SM), Library(SM, Models) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D || holdsNoCode(D, Ctx.getLangOpts()))
      return true;
    // Library code is never walked into: the models say what it means.
    if (!isa<TranslationUnitDecl>(D) && isLibraryCode(D))
      return true;
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      return Base::TraverseDecl(D);
    // A template's pattern is analysed through its instantiations; a
    // generated dispatcher calls everything, for the library.
    if (FD->isDependentContext() ||
        ModelIndex::names(Models.GeneratedDispatchers, FD) || unusedHere(FD))
      return true;
    // A lambda's body runs whenever it is called, even one written where a
    // static is filled once.
    unsigned Once = std::exchange(FillingOnce, 0);
    unsigned PerObject = std::exchange(OncePerObject, 0);
    unsigned Guarded = std::exchange(ReentryGuarded, 0);
    unsigned Shown = std::exchange(WhileShown, 0);
    unsigned OffMain = std::exchange(OffMainThread, 0);
    unsigned Input = std::exchange(UserInputBranch, 0);
    auto Conditions = std::exchange(OnlyIf, {});
    Stack.push_back(nodeFor(FD));
    bool Result = Base::TraverseDecl(D);
    Stack.pop_back();
    FillingOnce = Once;
    OncePerObject = PerObject;
    ReentryGuarded = Guarded;
    WhileShown = Shown;
    OffMainThread = OffMain;
    UserInputBranch = Input;
    OnlyIf = std::move(Conditions);
    return Result;
  }

  bool TraverseConstructorInitializer(CXXCtorInitializer *Init) {
    FieldDecl *F = Init->getMember();
    // `cb_(std::move(cb))`: a callable kept in a member.
    if (F && !Stack.empty() && Init->isWritten() &&
        isAnalysable(Init->getInit()) && holdsCallables(F->getType()))
      noteStore(F, Init->getSourceLocation(), Init->getInit());
    if (F && !Stack.empty() && isAnalysable(Init->getInit())) {
      const Expr *Value = Init->getInit()->IgnoreImplicit();
      if (const auto *CC = dyn_cast<CXXConstructExpr>(Value)) {
        // `timer_(io)` binds the handle field to the loop it is made on.
        if (CC->getNumArgs() >= 1 &&
            !Models.loopType(qualifiedName(CC->getConstructor()->getParent())))
          G.HandleLoops.try_emplace(F, Binding{CC->getArg(0), Stack.back()});
      } else if (F->getType()->isReferenceType() ||
                 F->getType()->isPointerType()) {
        // `io_(io)`: the field refers to whatever the constructor was given,
        // so it and the handles made from the same argument share a loop.
        G.HandleLoops.try_emplace(F, Binding{Value, Stack.back()});
      }
    }
    return Base::TraverseConstructorInitializer(Init);
  }

  /// `if (f.isFinished()) f.result();`: the wait in the branch that a
  /// ready check guards returns at once. `static Info I; if (!I.isValid())
  /// probe(I);`: the branch fills the static once, and `if (!Started) {
  /// ...; Started = true; }` runs once per object (InitOnce.h). `if
  /// (transformKey)`, `if (isVisible())`: the calls in a branch run only
  /// for some values of the parameters, or not while `this` is being
  /// constructed (BranchConditions.h). `if (QThread::currentThread() ==
  /// qApp->thread())`: the other branch runs off the main thread. `if
  /// (event->type() == QEvent::KeyPress)`: the branch runs for the user's
  /// input only.
  bool TraverseIfStmt(IfStmt *S) {
    llvm::SmallVector<const ValueDecl *, 1> Checked;
    llvm::SmallVector<facts::ParamCondition, 2> Then, Else;
    bool Once = false, PerObject = false, Shown = false, OffThen = false,
         OffElse = false;
    bool InputThen = false, InputElse = false;
    if (!Stack.empty() && S->getCond()) {
      readyChecks(S->getCond(), Checked);
      Once = filledOnceBy(*S);
      PerObject = setOncePerObjectBy(*S);
      Shown = falseWhileConstructing(S->getCond(), Models);
      OffThen = offMainThread(S->getCond(), /*Then=*/true, Models);
      OffElse = offMainThread(S->getCond(), /*Then=*/false, Models);
      InputThen = userInputOnly(S->getCond(), /*Then=*/true, Models);
      InputElse = userInputOnly(S->getCond(), /*Then=*/false, Models);
      const FunctionDecl *FD = G.function(Stack.back());
      Then = parameterConditions(S->getCond(), FD, /*Then=*/true);
      Else = parameterConditions(S->getCond(), FD, /*Then=*/false);
    }
    if (Checked.empty() && !Once && !PerObject && !Shown && !OffThen &&
        !OffElse && !InputThen && !InputElse && Then.empty() && Else.empty())
      return Base::TraverseIfStmt(S);
    if (!TraverseStmt(S->getInit()) ||
        !TraverseStmt(S->getConditionVariableDeclStmt()) ||
        !TraverseStmt(S->getCond()))
      return false;
    size_t Mark = CheckedFutures.size(), Conditions = OnlyIf.size();
    CheckedFutures.append(Checked.begin(), Checked.end());
    FillingOnce += Once;
    OncePerObject += PerObject;
    WhileShown += Shown;
    OnlyIf.append(Then.begin(), Then.end());
    OffMainThread += OffThen;
    UserInputBranch += InputThen;
    bool Ok = TraverseStmt(S->getThen());
    UserInputBranch -= InputThen;
    OffMainThread -= OffThen;
    FillingOnce -= Once;
    OncePerObject -= PerObject;
    WhileShown -= Shown;
    CheckedFutures.resize(Mark);
    OnlyIf.resize(Conditions);
    OnlyIf.append(Else.begin(), Else.end());
    OffMainThread += OffElse;
    UserInputBranch += InputElse;
    Ok = Ok && TraverseStmt(S->getElse());
    UserInputBranch -= InputElse;
    OffMainThread -= OffElse;
    OnlyIf.resize(Conditions);
    return Ok;
  }

  /// `switch (event->type()) { case QEvent::KeyPress: ... }`: the
  /// statements after case labels that all name the user's input events,
  /// up to the next label, run for the user's input only.
  bool TraverseSwitchStmt(SwitchStmt *S) {
    const auto *Body = dyn_cast_or_null<CompoundStmt>(S->getBody());
    if (Stack.empty() || !Body || !S->getCond() ||
        !isEventType(S->getCond(), Models))
      return Base::TraverseSwitchStmt(S);
    if (!TraverseStmt(S->getInit()) ||
        !TraverseStmt(S->getConditionVariableDeclStmt()) ||
        !TraverseStmt(S->getCond()))
      return false;
    bool Input = false;
    for (Stmt *Child : Body->body()) {
      if (const auto *Case = dyn_cast<SwitchCase>(Child)) {
        // `case A: case B: stmt` nests the labels.
        Input = true;
        for (const Stmt *Label = Case;
             const auto *C = dyn_cast<SwitchCase>(Label);
             Label = C->getSubStmt()) {
          const auto *Value = dyn_cast<CaseStmt>(C);
          Input = Input && Value && !Value->getRHS() &&
                  isUserInputEvent(Value->getLHS(), Models);
        }
      }
      UserInputBranch += Input;
      bool Ok = TraverseStmt(Child);
      UserInputBranch -= Input;
      if (!Ok)
        return false;
    }
    return true;
  }

  /// `wait && pthread_join(t, NULL)`: the right operand of `&&` runs only
  /// when the left one is true, of `||` only when it is false
  /// (BranchConditions.h).
  bool TraverseBinaryOperator(BinaryOperator *BO) {
    if (Stack.empty() || !BO->isLogicalOp())
      return Base::TraverseBinaryOperator(BO);
    auto Right = parameterConditions(BO->getLHS(), G.function(Stack.back()),
                                     BO->getOpcode() == BO_LAnd);
    if (Right.empty())
      return Base::TraverseBinaryOperator(BO);
    return WalkUpFromBinaryOperator(BO) && TraverseStmt(BO->getLHS()) &&
           traverseOnlyIf(BO->getRHS(), Right);
  }

  /// `wait ? pthread_join(t, NULL) : 0`: each arm runs only for its value of
  /// the condition.
  bool TraverseConditionalOperator(ConditionalOperator *CO) {
    if (Stack.empty())
      return Base::TraverseConditionalOperator(CO);
    const FunctionDecl *FD = G.function(Stack.back());
    auto Then = parameterConditions(CO->getCond(), FD, /*Then=*/true);
    auto Else = parameterConditions(CO->getCond(), FD, /*Then=*/false);
    if (Then.empty() && Else.empty())
      return Base::TraverseConditionalOperator(CO);
    return WalkUpFromConditionalOperator(CO) && TraverseStmt(CO->getCond()) &&
           traverseOnlyIf(CO->getTrueExpr(), Then) &&
           traverseOnlyIf(CO->getFalseExpr(), Else);
  }

  /// Traverses \p S as code that runs only under \p Conditions as well.
  bool traverseOnlyIf(Stmt *S,
                      llvm::ArrayRef<facts::ParamCondition> Conditions) {
    size_t Mark = OnlyIf.size();
    OnlyIf.append(Conditions.begin(), Conditions.end());
    bool Ok = TraverseStmt(S);
    OnlyIf.resize(Mark);
    return Ok;
  }

  /// `if (!wait) return 0; pthread_join(t, NULL);`: the statements after an
  /// `if` whose branch always leaves the block run only when its condition
  /// is false, up to a label, which another path may jump to. In a
  /// function's body, `if (Busy) return; Busy = true; ...; Busy = false;`:
  /// the statements between run while its re-entrancy guard is held
  /// (ReentryGuards.h).
  bool TraverseCompoundStmt(CompoundStmt *S) {
    if (Stack.empty())
      return Base::TraverseCompoundStmt(S);
    if (!WalkUpFromCompoundStmt(S))
      return false;
    const FunctionDecl *FD = G.function(Stack.back());
    StatementRange Guarded;
    if (FD->getBody() == S)
      Guarded = reentryGuarded(*S, Models, Ctx);
    size_t Conditions = OnlyIf.size();
    bool Ok = true;
    unsigned Index = 0;
    for (Stmt *Child : S->body()) {
      const Stmt *Unlabelled = Child;
      while (isa<SwitchCase, LabelStmt>(Unlabelled)) {
        OnlyIf.resize(Conditions);
        Unlabelled = isa<LabelStmt>(Unlabelled)
                         ? cast<LabelStmt>(Unlabelled)->getSubStmt()
                         : cast<SwitchCase>(Unlabelled)->getSubStmt();
      }
      bool InGuard = Guarded.contains(Index++);
      ReentryGuarded += InGuard;
      Ok = TraverseStmt(Child);
      ReentryGuarded -= InGuard;
      if (!Ok)
        break;
      if (const auto *If = dyn_cast_or_null<IfStmt>(Unlabelled);
          If && !If->getElse() && If->getCond() && leavesBlock(If->getThen())) {
        auto Rest = parameterConditions(If->getCond(), FD, /*Then=*/false);
        OnlyIf.append(Rest.begin(), Rest.end());
      }
    }
    OnlyIf.resize(Conditions);
    return Ok;
  }

  /// `std::function<void()> onTick = [] {...};`: a callable kept in a member
  /// by its default initialiser, for each constructor that sets no other.
  bool TraverseFieldDecl(FieldDecl *F) {
    if (Expr *Init = F->getInClassInitializer();
        Init && holdsCallables(F->getType()))
      noteStore(F, F->getLocation(), Init);
    return Base::TraverseFieldDecl(F);
  }

  /// `static const Info I = probe();` (InitOnce.h).
  bool TraverseVarDecl(VarDecl *VD) {
    if (Stack.empty() || !VD->isStaticLocal() || !VD->hasInit())
      return Base::TraverseVarDecl(VD);
    ++FillingOnce;
    bool Ok = Base::TraverseVarDecl(VD);
    --FillingOnce;
    return Ok;
  }

  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    Stored.noteRangeFor(S);
    return Base::TraverseCXXForRangeStmt(S);
  }

  /// `{.name = "a", .run = run_a}`: a record's callable fields initialised.
  bool VisitInitListExpr(InitListExpr *ILE) {
    if (!ILE->isSemanticForm() || !isAnalysable(ILE))
      return true;
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    if (!RD || RD->isUnion())
      return true;
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (I >= ILE->getNumInits())
        break;
      const Expr *Init = ILE->getInit(I++);
      if (holdsCallables(F->getType()) && !isa<ImplicitValueInitExpr>(Init))
        noteStore(F, Init->getExprLoc(), Init);
    }
    return true;
  }

  bool VisitCallExpr(CallExpr *CE);
  /// The site of a call of \p Callee (through \p Through), that no rule
  /// names: an edge into the TU's code, and the callables it passes.
  bool addCall(const CallExpr *CE, const FunctionDecl *Callee,
               const ValueDecl *Through);
  /// Is an argument of \p CE the first parameter of the function walked
  /// (`watcher->resultAt(index)` in a slot of `resultReadyAt(int index)`)?
  bool givenFirstParameter(const CallExpr *CE) const {
    const FunctionDecl *Owner = G.function(Stack.back());
    return llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
      const ParmVarDecl *P = passedParameter(Arg, Owner);
      return P && P->getFunctionScopeIndex() == 0;
    });
  }
  /// Is \p D a variable set to the sender of the signal that runs the
  /// callback (`auto *w = static_cast<W *>(sender())`,
  /// FrameworkModel::SignalSenders)?
  bool keepsSender(const ValueDecl *D) const {
    const auto *VD = dyn_cast<VarDecl>(D);
    const Expr *Init = VD && VD->getInit() && isAnalysable(VD->getInit())
                           ? VD->getInit()->IgnoreParenCasts()
                           : nullptr;
    const auto *CE = dyn_cast_or_null<CallExpr>(Init);
    const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
    return Callee && ModelIndex::names(Models.SignalSenders, Callee);
  }
  /// Does no annotation mark \p Callee, and no rule of the models name it
  /// (ModelIndex::mayNameCallee)? Asked once per declaration called.
  bool plainCallee(const FunctionDecl *Callee) {
    auto [It, New] = PlainCallees.try_emplace(Callee, false);
    if (New)
      It->second =
          !annotationsOf(Callee) && !Models.mayNameCallee(lastNamePart(Callee));
    return It->second;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE);
  bool VisitCXXDeleteExpr(CXXDeleteExpr *DE);
  bool VisitVarDecl(VarDecl *VD);
  bool VisitBinaryOperator(BinaryOperator *BO);
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC);
  void noteConstructedOnce(const Expr *Value);
  void noteConstructedOnce(const Expr *Target, const Expr *Value);
  /// Constructions into static storage, which run once (VisitVarDecl,
  /// VisitBinaryOperator see them before the construction itself).
  llvm::DenseSet<const CXXConstructExpr *> ConstructedOnce;

  void finish();

private:
  /// A virtual slot runs the override of its object's class: uic's
  /// `connect(buttonBox, SIGNAL(accepted()), Dialog, SLOT(accept()))` on a
  /// `QDialog *` runs the dialog class's own accept(). Each override walked
  /// in this TU, in a class of the receiver's, is registered as the slot is.
  void addOverridingSlots();

  unsigned nodeFor(const FunctionDecl *FD) {
    auto [It, Inserted] =
        G.NodeIndex.try_emplace(FD->getCanonicalDecl(), G.Nodes.size());
    if (Inserted)
      G.Nodes.push_back({FD, {}});
    return It->second;
  }

  unsigned addSite(CallSite S) {
    S.Caller = Stack.back();
    S.UnlessConstructing = WhileShown > 0;
    S.OncePerObject = OncePerObject > 0;
    S.ReentryGuarded = ReentryGuarded > 0;
    S.UserInput = UserInputBranch > 0;
    // A condition on a parameter that the body writes says nothing of the
    // value the call passed. Asked only here, of the conditions that hold
    // a site: it walks the body.
    const FunctionDecl *FD = G.function(S.Caller);
    S.OnlyIf.clear();
    for (const facts::ParamCondition &If : OnlyIf)
      if (ReadOnly.contains(FD->getParamDecl(If.Param)))
        S.OnlyIf.push_back(If);
    unsigned Id = G.Sites.size();
    G.Nodes[S.Caller].Sites.push_back(Id);
    G.Sites.push_back(std::move(S));
    return Id;
  }

  void addCallee(unsigned Site, const FunctionDecl *FD) {
    if (FD && !llvm::is_contained(G.Sites[Site].Callees, FD))
      G.Sites[Site].Callees.push_back(FD);
  }

  bool isOffloadCall(const Expr *E) const;
  /// Is \p E the call in one of the user's offload templates, filled in
  /// around it (by an earlier fix-it, or by hand)?
  bool isWrittenOffloaded(const Expr *E) const {
    return llvm::any_of(Models.OffloadTemplates, [&](const OffloadTemplate &T) {
      return isWrittenOffload(E, T, Ctx);
    });
  }
  ModelRule<OffloadRule> offloadRuleFor(const Expr *Call,
                                        const FunctionDecl *Callee) const;
  bool firedByUser(const CXXMethodDecl *Signal) const;
  /// Is the walk in the body of a constructor?
  bool inConstructor() const {
    return !Stack.empty() && isa<CXXConstructorDecl>(G.function(Stack.back()));
  }
  /// Makes roots of the callbacks \p Call registers; returns how many
  /// operands it took as callbacks.
  unsigned registerCallbacks(const Expr *Call, const FunctionDecl *Callee,
                             ModelRule<RegistrationRule> Rule,
                             const Expr *Offloaded = nullptr);
  void passCallables(const Expr *Call, const FunctionDecl *Callee);
  void bindHandle(const Expr *Call, const FunctionDecl *Callee,
                  const ValueDecl *Result);
  void addRoot(const FunctionDecl *FD, Root R) {
    R.FD = FD;
    G.Roots.push_back(std::move(R));
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  const ModelIndex &Models;
  ASTGraph &G;
  llvm::DenseMap<const FunctionDecl *, bool> PlainCallees;
  /// The constructors each factory instance runs (factoryConstructors).
  llvm::DenseMap<const FunctionDecl *,
                 llvm::SmallVector<const CXXConstructorDecl *, 1>>
      FactoryMade;
  llvm::SmallVector<unsigned, 8> Stack;
  StoredCallables Stored;
  ReadyFutures Ready;
  /// Inside code that fills a function-local static once (InitOnce.h): its
  /// calls are not edges of the graph.
  unsigned FillingOnce = 0;
  /// Inside a branch that a flag of the object guards and sets (InitOnce.h):
  /// its sites are OncePerObject.
  unsigned OncePerObject = 0;
  /// Inside the statements of a function's body that its re-entrancy guard
  /// covers (ReentryGuards.h): its sites are ReentryGuarded.
  unsigned ReentryGuarded = 0;
  /// Inside the branch of a main-thread test that runs off the main thread
  /// (`else` of `if (QThread::currentThread() == qApp->thread())`): code on
  /// the main thread's loop never runs it, so its calls are no edges and
  /// its waits no sinks; what it registers is registered all the same.
  unsigned OffMainThread = 0;
  /// Inside a branch that runs for the user's input events only
  /// (TraverseIfStmt, TraverseSwitchStmt).
  unsigned UserInputBranch = 0;
  /// Inside the branch of a condition that is false while `this` is being
  /// constructed (`if (isVisible())`): its sites are UnlessConstructing.
  unsigned WhileShown = 0;
  /// The values that the conditions of the branches being walked give the
  /// function's parameters (BranchConditions.h).
  llvm::SmallVector<facts::ParamCondition, 2> OnlyIf;
  ReadOnlyParameters ReadOnly;
  /// Futures that a ready check guards in the branch being walked.
  llvm::SmallVector<const ValueDecl *, 2> CheckedFutures;
  /// Sinks that do not block on an object in some mode (UnlessMode).
  std::vector<unsigned> PendingModeSinks;
  void dropSinksInMode();

  /// A header's static function that this TU does not name (C headers'
  /// `static inline` helpers): nothing in the program can call it here,
  /// and each TU that names it walks it for itself. Unless an attribute
  /// runs it unnamed (`constructor`, `used`) or is the user's annotation.
  bool unusedHere(const FunctionDecl *FD) const {
    return FD->getStorageClass() == SC_Static && !FD->isReferenced() &&
           !isa<CXXMethodDecl>(FD) && !FD->hasAttr<UsedAttr>() &&
           !FD->hasAttr<ConstructorAttr>() && !FD->hasAttr<DestructorAttr>() &&
           !FD->hasAttr<AnnotateAttr>() &&
           !SM.isInMainFile(SM.getExpansionLoc(FD->getLocation()));
  }

  llvm::DenseMap<const NamespaceDecl *, bool> LibraryNamespace;
  LibraryFiles Library;

  /// Library code is never walked into: system headers, the models' library
  /// header folders and library namespaces (GLib, Qt, asio included with -I).
  bool isLibraryCode(const Decl *D) {
    // A function is asked about at each of its calls: once is enough.
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD)
      return judgeLibraryCode(D);
    auto [Known, New] = LibraryFunction.try_emplace(FD, false);
    if (New)
      Known->second = judgeLibraryCode(D);
    return Known->second;
  }
  llvm::DenseMap<const FunctionDecl *, bool> LibraryFunction;

  bool judgeLibraryCode(const Decl *D) {
    if (Library.holds(D))
      return true;
    if (const auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->getIdentifier() && FD->isExternallyVisible() &&
        (!Ctx.getLangOpts().CPlusPlus || FD->isExternC()) &&
        Models.isLibraryFunctionName(FD->getName()))
      return true;
    for (const DeclContext *DC = isa<DeclContext>(D) ? cast<DeclContext>(D)
                                                     : D->getDeclContext();
         DC && !DC->isTranslationUnit(); DC = DC->getParent()) {
      const auto *NS = dyn_cast<NamespaceDecl>(DC);
      if (!NS)
        continue;
      auto [It, Inserted] = LibraryNamespace.try_emplace(NS, false);
      if (Inserted)
        It->second = Models.isLibraryNamespace(qualifiedName(NS));
      if (It->second)
        return true;
    }
    return false;
  }

  /// Operand \p Index of \p CE, when it is an integer constant, or a
  /// constant object of one integer (a std::chrono duration: `0s`,
  /// `milliseconds(0)`, `duration::zero()`), whose integer it gives.
  std::optional<llvm::APSInt> constantOperand(const CallExpr *CE,
                                              int Index) const {
    const Expr *Arg = operandOf(CE, Index);
    Expr::EvalResult Result;
    if (!Arg || Arg->isValueDependent() || Arg->isTypeDependent())
      return std::nullopt;
    if (Arg->getType()->isIntegralOrEnumerationType())
      return Arg->EvaluateAsInt(Result, Ctx)
                 ? std::optional(Result.Val.getInt())
                 : std::nullopt;
    const auto *RD = Arg->getType()->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition() ||
        std::distance(RD->field_begin(), RD->field_end()) != 1 ||
        RD->getNumBases() != 0 || !Arg->EvaluateAsRValue(Result, Ctx) ||
        !Result.Val.isStruct() || Result.Val.getStructNumFields() != 1 ||
        !Result.Val.getStructField(0).isInt())
      return std::nullopt;
    return Result.Val.getStructField(0).getInt();
  }

  /// Is operand \p Index of \p CE a constant with one of \p Bits set?
  bool hasFlags(const CallExpr *CE, int Index, uint64_t Bits) const {
    std::optional<llvm::APSInt> V = constantOperand(CE, Index);
    return V && (V->getZExtValue() & Bits) != 0;
  }

  /// The futures that calls in \p Cond ask about (FutureReadyChecks).
  void readyChecks(const Stmt *Cond,
                   llvm::SmallVectorImpl<const ValueDecl *> &Out) const {
    if (!Cond)
      return;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Cond))
      if (const CXXMethodDecl *MD = MC->getMethodDecl();
          MD && ModelIndex::names(Models.FutureReadyChecks, MD))
        if (const ValueDecl *F = namedObject(MC->getImplicitObjectArgument()))
          Out.push_back(F);
    for (const Stmt *Child : Cond->children())
      readyChecks(Child, Out);
  }

  /// Is some argument of \p CE the enumerator named \p Name
  /// (`Qt::BlockingQueuedConnection`)?
  bool hasEnumeratorArgument(const CallExpr *CE, llvm::StringRef Name) const {
    return llvm::any_of(CE->arguments(), [&](const Expr *A) {
      const EnumConstantDecl *E = enumeratorOf(A);
      return E && E->getName() == Name;
    });
  }

  /// Is operand \p Index of \p CE a constant below \p Bound?
  bool isConstantBelow(const CallExpr *CE, int Index, uint64_t Bound) const {
    std::optional<llvm::APSInt> V = constantOperand(CE, Index);
    return V && V->isNonNegative() && V->getZExtValue() < Bound;
  }

  /// Is the operand \p Index of \p CE a null pointer given for a
  /// function-pointer parameter?
  bool isNullCallback(const CallExpr *CE, int Index) const {
    const Expr *Arg = operandOf(CE, Index);
    return Arg && Arg->getType()->isFunctionPointerType() &&
           Arg->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
  }

  /// `p.set_value(v)`: this function completes the future of `p`.
  void noteCompleter(const CallExpr *CE, const FunctionDecl *Callee) {
    std::string Key = lastNamePart(Callee);
    if (!Models.FutureCompleters.mayMatch(Key) ||
        !Models.FutureCompleters.find(Key, qualifiedName(Callee),
                                      [](auto &) { return true; }))
      return;
    if (const ValueDecl *Promise = namedObject(operandOf(CE, ObjectOperand)))
      G.Completers[Promise].push_back(Stack.back());
  }

  /// A construction site of \p RD, which knows whether RD is a listed
  /// synchronous client.
  CallSite constructionOf(const Expr *E, SourceLocation Loc,
                          const FunctionDecl *Named, const CXXRecordDecl *RD) {
    CallSite S;
    S.E = E;
    S.Loc = Loc;
    S.Kind = SiteKind::Construct;
    S.Named = Named;
    S.Constructed = RD;
    std::string RecordKey = RD->getName().str();
    if (Models.SyncClients.mayMatch(RecordKey))
      S.Client = Models.SyncClients.find(RecordKey, qualifiedName(RD),
                                         [](auto &) { return true; });
    S.ThreadAffine = derivesFromNamed(RD, Models.ThreadAffineClasses);
    return S;
  }

  /// `std::make_unique<T>(args)`: a construction of T by the constructors
  /// that take that many arguments.
  void constructThroughFactory(const CallExpr *CE, const FunctionDecl *Callee) {
    const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
    if (!Args || Args->size() == 0 ||
        Args->get(0).getKind() != TemplateArgument::Type)
      return;
    const CXXRecordDecl *RD = Args->get(0).getAsType()->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition())
      return;
    RD = RD->getDefinition();
    CallSite S = constructionOf(CE, siteLocation(CE), Callee, RD);
    bool InTU = !isLibraryCode(RD);
    if (!S.Client && !InTU)
      return;
    unsigned Id = addSite(std::move(S));
    if (!InTU)
      return;
    // The constructor that the factory's instance runs, chosen by overload
    // resolution inside the library's templates.
    auto [Known, New] = FactoryMade.try_emplace(Callee);
    if (New)
      Known->second = factoryConstructors(Callee, RD);
    if (!Known->second.empty()) {
      for (const CXXConstructorDecl *Ctor : Known->second)
        addCallee(Id, Ctor);
      return;
    }
    // No instance in the AST (code in error): each constructor that as
    // many arguments may call.
    unsigned Count = CE->getNumArgs();
    for (const CXXConstructorDecl *Ctor : RD->ctors())
      if (!Ctor->isCopyOrMoveConstructor() &&
          Ctor->getMinRequiredArguments() <= Count &&
          (Ctor->isVariadic() || Ctor->getNumParams() >= Count))
        addCallee(Id, Ctor);
  }

  /// Keeps the callable \p Value stored into \p Storage, when it is one
  /// (or a parameter, which is whatever the callers pass).
  void noteStore(const ValueDecl *Storage, SourceLocation Loc,
                 const Expr *Value) {
    if (!Storage || !isAnalysable(Value) || isLibraryCode(Storage))
      return;
    G.Stores.push_back({Storage, Stack.empty() ? ~0u : Stack.back(),
                        SM.getExpansionLoc(Loc), Value});
  }

  void noteParameterUse(const Expr *Operand, bool Registers,
                        const FrameworkModel *Model = nullptr,
                        const Expr *LoopExpr = nullptr,
                        const Expr *PassedExpr = nullptr,
                        int PassedParameter = -1, bool UserInput = false) {
    const FunctionDecl *Owner = G.function(Stack.back());
    if (const ParmVarDecl *P = passedParameter(Operand, Owner))
      G.ParameterUses.push_back({Stack.back(), P->getFunctionScopeIndex(),
                                 Registers, Model, LoopExpr, PassedExpr,
                                 PassedParameter, UserInput});
  }
};

ModelRule<OffloadRule>
GraphBuilder::offloadRuleFor(const Expr *Call,
                             const FunctionDecl *Callee) const {
  std::string Key = lastNamePart(Callee);
  llvm::StringRef Attr = dispatchedAttribute(Call, Models);
  if (!Models.Offloads.mayMatch(Key))
    return {};
  return Models.Offloads.find(
      Key, qualifiedName(Callee), [&](const OffloadRule &R) {
        if (!R.Attribute.empty() &&
            !attributeMatches(R.Attribute, Call, Models))
          return false;
        if (R.Attribute.empty() && !Attr.empty())
          return false;
        if (!R.GuardEnumerator.empty()) {
          const Expr *G = operandOf(Call, R.GuardOperand);
          const EnumConstantDecl *E = G ? enumeratorOf(G) : nullptr;
          if (!E || E->getName() != R.GuardEnumerator)
            return false;
        }
        if (!R.GuardType.empty()) {
          const CXXRecordDecl *RD = classOf(operandOf(Call, R.GuardOperand));
          if (!RD || !matchesAnyName(R.GuardType, qualifiedName(RD)))
            return false;
        }
        return true;
      });
}

bool GraphBuilder::isOffloadCall(const Expr *E) const {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else
      break;
  }
  const auto *CE = dyn_cast_or_null<CallExpr>(E);
  return CE && CE->getDirectCallee() &&
         offloadRuleFor(CE, CE->getDirectCallee());
}

unsigned GraphBuilder::registerCallbacks(const Expr *Call,
                                         const FunctionDecl *Callee,
                                         ModelRule<RegistrationRule> Rule,
                                         const Expr *Offloaded) {
  llvm::SmallVector<const Expr *, 4> Args = writtenArgs(Call);
  llvm::SmallVector<const Expr *, 4> Chosen;
  const CXXMethodDecl *ByName = nullptr;
  if (Rule->Callback >= 0) {
    if (static_cast<size_t>(Rule->Callback) < Args.size())
      Chosen.push_back(Args[Rule->Callback]);
  } else {
    for (size_t I = 0; I < Args.size(); ++I) {
      if (!Rule->CallbackType.empty()) {
        // Only callbacks declared with the library's callback types.
        const auto *CE = dyn_cast<CallExpr>(Call);
        if (!CE || I >= Callee->getNumParams())
          continue;
        llvm::StringRef TypeName =
            typedefName(Callee->getParamDecl(I)->getType());
        if (TypeName.empty() || !matchesName(Rule->CallbackType, TypeName) ||
            matchesAnyName(Rule->ExceptCallbackType, TypeName))
          continue;
      }
      Chosen.push_back(Args[I]);
    }
    if (Rule->Callback == LastCallable) {
      // The completion handler: the last operand that is callable.
      const Expr *Last = nullptr;
      const FunctionDecl *Owner = G.function(Stack.back());
      for (const Expr *A : Chosen) {
        CallableTargets T = resolveCallable(A, Models);
        if (!T.Functions.empty() || T.Offloaded || isCallableOperand(A) ||
            passedParameter(A, Owner))
          Last = A;
      }
      Chosen.clear();
      // Or, after it, a method named by a string, on the object before it.
      for (size_t I = Args.size();
           Rule->MethodByName && I-- > 0 && Args[I] != Last && !ByName;) {
        const Expr *Receiver = I > 0 && classOf(Args[I - 1])
                                   ? Args[I - 1]
                                   : operandOf(Call, ObjectOperand);
        if (NamedMember M = namedMember(Args[I], Receiver)) {
          ByName = M.Method;
          Last = Args[I];
        }
      }
      if (Last)
        Chosen.push_back(Last);
    }
  }
  unsigned Taken = 0;
  const Expr *Passed = operandOf(Call, Rule->PassedOperand);
  NamedMember Trigger;
  if (Rule->Trigger != NoOperand)
    Trigger = namedMember(operandOf(Call, Rule->Trigger),
                          operandOf(Call, Rule->TriggerObject));
  // Started once the loop has left its last event: not loop code.
  bool AfterLoop =
      Trigger && ModelIndex::names(Models.AfterLoopSignals, Trigger.Method);
  // Started on a new thread before its loop runs (Program drops it when
  // the callback's object lives there).
  bool BeforeLoop =
      Trigger && ModelIndex::names(Models.BeforeLoopSignals, Trigger.Method);
  // Started once the watcher's future has finished (ReadyFutures).
  bool OnFinished = Trigger && ModelIndex::names(Models.FutureFinishedSignals,
                                                 Trigger.Method);
  // Started once the result at the index it passes is ready.
  bool OnResult =
      Trigger && ModelIndex::names(Models.FutureResultSignals, Trigger.Method);
  // Started by the user's own input only (a button's clicked signal).
  bool ByUser = Rule->UserInput || (Trigger && firedByUser(Trigger.Method));
  for (const Expr *A : Chosen) {
    if (A == Offloaded ||
        A->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      continue;
    ++Taken;
    noteParameterUse(A, /*Registers=*/true, Rule.Model,
                     operandOf(Call, Rule->LoopOperand), Passed,
                     Passed ? Rule->PassedParameter : -1, ByUser);
    CallableTargets T = resolveCallable(A, Models);
    if (T.Offloaded)
      continue;
    if (ByName && T.Functions.empty())
      T.Functions.push_back(ByName);
    if (AfterLoop)
      continue;
    if (OnFinished || OnResult) {
      const ValueDecl *Watcher =
          namedObject(operandOf(Call, Rule->TriggerObject));
      for (const FunctionDecl *FD : T.Functions) {
        if (OnFinished)
          Ready.finishedCallback(FD, Watcher);
        else
          Ready.resultCallback(FD, Watcher);
      }
    }
    for (const FunctionDecl *FD : T.Functions) {
      Root R;
      R.Loc = siteLocation(Call);
      R.Api = apiName(Callee, Call, &Models);
      R.UserInput = ByUser;
      R.Once = Rule->Once;
      if (const auto *CE = dyn_cast<CallExpr>(Call))
        R.Runs = connectionType(CE, Rule->ConnectionType, Models);
      if (Trigger) {
        R.Sender = moreDerived(classOf(operandOf(Call, Rule->TriggerObject)),
                               Trigger.Through);
        R.Trigger = Trigger.name();
        if (!isLibraryCode(Trigger.Method))
          R.ProjectTrigger = Trigger.Method;
      }
      // `connect(s, &S::sig, obj, &R::slot)`: the slot runs on obj, the
      // operand before it (the call's own object for invokeMethod-style
      // names looked up there).
      auto At = llvm::find(Args, A);
      const Expr *Object =
          At != Args.begin() && At != Args.end() ? *(At - 1) : nullptr;
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
          MD && MD->isInstance() && !MD->getParent()->isLambda()) {
        R.Receiver = classOf(Object);
      } else if (BeforeLoop) {
        // A functor that a thread's start runs: on the thread of its
        // context object, or, without one (the operand before it is the
        // signal), at once on the new thread, before its loop.
        if (Object == operandOf(Call, Rule->Trigger))
          continue;
        R.Receiver = classOf(Object);
      }
      // A window the user works in, or a widget made for one (its page),
      // that connects a signal to its own slot or to a functor in its
      // context (`connect(manager, &Manager::finished, this,
      // &Dialog::done)`), and a widget's constructor that queues a call on
      // the widget it makes, once: its start
      // (`QMetaObject::invokeMethod(this, &MainWindow::checkPython,
      // Qt::QueuedConnection)`).
      R.UserWindow =
          Trigger ? isOwnWindow(Object, Models.UserWindows, &Models.Widgets)
                  : Rule->Once && inConstructor() &&
                        isOwnWindow(Object, Models.Widgets);
      R.FromOtherThread = OffMainThread > 0;
      R.BeforeLoop = BeforeLoop;
      R.LoopExpr = operandOf(Call, Rule->LoopOperand);
      R.OnDefaultLoop = Rule->LoopOperand == DefaultLoopOperand;
      R.RegisteredIn = Stack.back();
      R.Model = Rule.Model;
      R.LoopParameter = Rule->LoopParameter;
      if (Passed) {
        R.PassedExpr = Passed;
        R.PassedParameter = Rule->PassedParameter;
      }
      addRoot(FD, std::move(R));
    }
  }
  return Taken;
}

/// Does only the user's input fire \p Signal
/// (FrameworkModel::UserInputSignals, InheritedUserInputSignals)?
bool GraphBuilder::firedByUser(const CXXMethodDecl *Signal) const {
  if (ModelIndex::names(Models.UserInputSignals, Signal))
    return true;
  std::string Name = lastNamePart(Signal);
  const auto &Inherited = Models.InheritedUserInputSignals;
  return Inherited.mayMatch(Name) &&
         derivesFrom(Signal->getParent(), [&](const CXXRecordDecl *C) {
           return bool(Inherited.find(Name, qualifiedName(C) + "::" + Name,
                                      [](auto &) { return true; }));
         });
}

/// Whether \p FD's body was skipped by the parser (clangd's preamble).
static bool hasSkippedBody(const FunctionDecl *FD) {
  for (const FunctionDecl *R : FD->redecls())
    if (R->hasSkippedBody())
      return true;
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    if (Pattern != FD)
      for (const FunctionDecl *R : Pattern->redecls())
        if (R->hasSkippedBody())
          return true;
  return false;
}

void GraphBuilder::passCallables(const Expr *Call, const FunctionDecl *Callee) {
  // A callee of the TU shows what it does with a callable: its body calls
  // it, or registers it, through the parameter (see Program.h).
  if (Callee && Callee->hasBody() && !isLibraryCode(Callee))
    return;
  // clangd parses the headers of its preamble without function bodies: a
  // TU callee whose body was skipped is not library code, and what it does
  // with the callable is unknown here. Assume nothing rather than warn.
  if (Callee && !isLibraryCode(Callee) && hasSkippedBody(Callee))
    return;
  // Library code may call the callable synchronously (std::for_each); so
  // may project code whose body is not in this TU, unless another TU's
  // facts show what it does.
  bool Project = Callee && !isLibraryCode(Callee);
  llvm::SmallVector<const Expr *, 4> Args = writtenArgs(Call);
  for (const Expr *Arg : Args) {
    CallableTargets T = resolveCallable(Arg, Models);
    if (T.Offloaded || T.Functions.empty())
      continue;
    // The site is the call: offloading it is the cure if one is needed.
    CallSite S;
    S.E = Call;
    S.Loc = siteLocation(Call);
    S.Kind = SiteKind::PassCallable;
    S.PassedTo = Callee;
    S.AssumedFor = Project ? Callee : nullptr;
    unsigned Id = addSite(std::move(S));
    for (const FunctionDecl *FD : T.Functions)
      addCallee(Id, FD);
  }
}

void GraphBuilder::bindHandle(const Expr *Call, const FunctionDecl *Callee,
                              const ValueDecl *Result) {
  std::string Key = lastNamePart(Callee);
  if (!Models.HandleBindings.mayMatch(Key))
    return;
  auto Rule = Models.HandleBindings.find(Key, qualifiedName(Callee),
                                         [](auto &) { return true; });
  if (!Rule)
    return;
  const ValueDecl *Handle =
      Rule->HandleOperand == ReturnValue
          ? Result
          : namedObject(operandOf(Call, Rule->HandleOperand));
  if (const Expr *Loop = operandOf(Call, Rule->LoopOperand); Handle && Loop)
    G.HandleLoops[Handle] =
        Binding{Loop, Stack.empty() ? ~0u : Stack.back(), Rule.Model};
}

bool GraphBuilder::VisitCallExpr(CallExpr *CE) {
  if (Stack.empty() || isWrittenOffloaded(CE))
    return true;
  const FunctionDecl *Callee = CE->getDirectCallee();
  // `f()` on a parameter: whatever the callers pass is called here.
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Call && OC->getNumArgs() >= 1)
    noteParameterUse(OC->getArg(0), /*Registers=*/false);
  else if (!Callee)
    noteParameterUse(CE->getCallee(), /*Registers=*/false);
  // A call through a field, a global or a container of callables runs
  // whatever was stored there, here or in another TU.
  const auto *CallOp = dyn_cast<CXXOperatorCallExpr>(CE);
  const ValueDecl *Through =
      !Callee ? Stored.callThrough(CE->getCallee())
      : CallOp && CallOp->getOperator() == OO_Call && CallOp->getNumArgs() >= 1
          ? Stored.callThrough(CallOp->getArg(0))
          : nullptr;
  // A library's own objects (a global functor of its API) store nothing of
  // the project's.
  if (Through && isLibraryCode(Through))
    Through = nullptr;
  if (!Callee) {
    // A call through a pointer or a functor whose target is known.
    if (CE->getCallee()->isTypeDependent())
      return true;
    CallableTargets T = resolveCallable(CE->getCallee(), Models);
    if (T.Functions.empty() && !Through)
      return true;
    CallSite S;
    S.E = CE;
    S.Loc = siteLocation(CE);
    S.Through = Through;
    unsigned Id = addSite(std::move(S));
    for (const FunctionDecl *FD : T.Functions)
      addCallee(Id, FD);
    return true;
  }
  // `c.push_back(cb)` and `obj.cb = cb` on a std::function: stores, which
  // call nothing.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    if (const ValueDecl *Container = Stored.containerOf(MC)) {
      for (const Expr *Arg : writtenArgs(CE))
        noteStore(Container, siteLocation(CE), Arg);
      return true;
    }
  if (CallOp && CallOp->getOperator() == OO_Equal && CallOp->getNumArgs() == 2)
    if (const ValueDecl *Storage = Stored.storageOf(CallOp->getArg(0))) {
      noteStore(Storage, CallOp->getOperatorLoc(), CallOp->getArg(1));
      return true;
    }

  // Most calls are plain: no annotation marks the callee, no rule of the
  // models names it. Each is an edge into the TU's code, or nothing.
  if (plainCallee(Callee)) {
    if (FillingOnce || OffMainThread) {
      passCallables(CE, Callee);
      return true;
    }
    return addCall(CE, Callee, Through);
  }

  bindHandle(CE, Callee, nullptr);
  noteCompleter(CE, Callee);

  // The user's annotations come first, then the models.
  unsigned Marks = annotationsOf(Callee);
  if (Marks & OffloadAnnotation)
    return true;
  const FrameworkModel &Annotations = ModelIndex::annotationModel();
  const SinkRule *Annotated = Marks & RunsLoopAnnotation ? &Annotations.Sinks[0]
                              : Marks & BlockingAnnotation
                                  ? &Annotations.Sinks[1]
                                  : nullptr;
  if (Annotated) {
    CallSite S;
    S.E = CE;
    S.Loc = siteLocation(CE);
    S.Named = Callee;
    S.Sink = {Annotated, &Annotations};
    addSite(std::move(S));
    return true;
  }

  // A callable named, not called (disconnect's slot).
  if (ModelIndex::names(Models.CallableReferences, Callee))
    return true;

  // The offloaded operand runs on another thread; the call's other
  // callables may still be registered with the loop (uv_queue_work's
  // after-work callback).
  const Expr *Offloaded = nullptr;
  if (auto Offload = offloadRuleFor(CE, Callee)) {
    if (Offload->Callable < 0)
      return true;
    Offloaded = operandOf(CE, Offload->Callable);
  }

  std::string Key = lastNamePart(Callee);
  llvm::StringRef Attr = dispatchedAttribute(CE, Models);
  auto AttrAccepts = [&](llvm::StringRef RuleAttr) {
    return RuleAttr.empty() ? Attr.empty()
                            : attributeMatches(RuleAttr, CE, Models);
  };
  std::string Name;
  auto QualName = [&]() -> const std::string & {
    if (Name.empty())
      Name = qualifiedName(Callee);
    return Name;
  };
  // Does a rule of a table without conditions name the callee?
  auto Listed = [&](const auto &Table) {
    return Table.mayMatch(Key) &&
           Table.find(Key, QualName(), [](auto &) { return true; });
  };

  // A method that the object's class inherits (a QMessageBox's exec is
  // QDialog's) is matched as the object's class's first, then as each class
  // between them: a rule for `QMessageBox::exec` names the call as written.
  const CXXRecordDecl *CalledThrough = nullptr;
  auto MatchSink = [&]() -> ModelRule<SinkRule> {
    if (!Models.Sinks.mayMatch(Key))
      return {};
    auto Accept = [&](const SinkRule &R) {
      return AttrAccepts(R.Attribute) &&
             (R.OnlyIfNull == NoOperand || isNullCallback(CE, R.OnlyIfNull)) &&
             (R.UnlessFlagsOperand == NoOperand ||
              !hasFlags(CE, R.UnlessFlagsOperand, R.UnlessBits)) &&
             (R.UnlessBelowOperand == NoOperand ||
              !isConstantBelow(CE, R.UnlessBelowOperand, R.UnlessBelow)) &&
             (R.OnlyIfEnumerator.empty() ||
              hasEnumeratorArgument(CE, R.OnlyIfEnumerator));
    };
    CalledThrough = nullptr;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee))
      for (const CXXRecordDecl *Class : classesCalledThrough(CE, MD))
        if (auto Rule = Models.Sinks.find(
                Key, qualifiedName(Class) + "::" + Key, Accept)) {
          CalledThrough = Class;
          return Rule;
        }
    return Models.Sinks.find(Key, QualName(), Accept);
  };
  auto AddSink = [&](ModelRule<SinkRule> Rule) {
    CallSite S;
    S.E = CE;
    S.Loc = siteLocation(CE);
    S.Named = Callee;
    S.NamedThrough = CalledThrough;
    S.Sink = Rule;
    if (Rule->Kind == SinkKind::Blocking)
      S.WaitsOnOffload = isOffloadCall(operandOf(CE, ObjectOperand));
    unsigned Id = addSite(std::move(S));
    if (Rule->Kind == SinkKind::LoopRun)
      Ready.loopRun(Stack.back(), CE->getBeginLoc());
    else if (Rule->WaitsForFuture && !Listed(Models.FutureReadyChecks))
      if (const ValueDecl *F = namedObject(operandOf(CE, ObjectOperand)))
        Ready.wait(Id, Stack.back(), F, CE->getBeginLoc(),
                   llvm::is_contained(CheckedFutures, F), keepsSender(F),
                   givenFirstParameter(CE));
    if (!Rule->UnlessMode.empty())
      PendingModeSinks.push_back(Id);
  };

  // `core->moveToThread(thread)`: its class's callbacks run there.
  if (Listed(Models.ThreadMoves))
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (const CXXRecordDecl *Moved = movedClass(MC, Models);
          Moved && !isLibraryCode(Moved))
        G.MovedClasses.insert(Moved->getCanonicalDecl());

  // `watcher.setFuture(f)`: what the watcher's finished signal tells.
  if (Listed(Models.FutureWatches))
    Ready.watch(Stack.back(), namedObject(operandOf(CE, ObjectOperand)),
                namedObject(operandOf(CE, 0)), CE->getBeginLoc());

  if (Models.Registrations.mayMatch(Key))
    if (auto Rule = Models.Registrations.find(Key, QualName(),
                                              [&](const RegistrationRule &R) {
                                                return AttrAccepts(R.Attribute);
                                              })) {
      // A registration that names no callback here (a null callback)
      // may still be a sink.
      // A library's registration API that forwards to another of its
      // overloads (Qt's QTimer::singleShot templates, when Qt's headers are
      // not system headers) registers nothing new: its own caller was the
      // registration. A project wrapper named in RegistrationFunctions may
      // register callbacks of its own (tmux's proc_add_peer registers a
      // trampoline), so it is walked like any function.
      const FunctionDecl *In = G.function(Stack.back());
      std::string InKey = lastNamePart(In);
      if (Models.Registrations.mayMatch(InKey))
        if (auto Outer = Models.Registrations.find(InKey, qualifiedName(In),
                                                   [](auto &) { return true; });
            Outer && Outer.Model != &Models.userModel())
          return true;
      // A project wrapper named in RegistrationFunctions also runs its body
      // at the call, here or in another TU: it stays an edge, so that what
      // its body does (register the callback with a library, block) is seen
      // too. Without its body here, the callables it is given are
      // registered, not assumed called.
      bool Wrapper =
          Rule.Model == &Models.userModel() && !isLibraryCode(Callee);
      if (registerCallbacks(CE, Callee, Rule, Offloaded) > 0 && !Wrapper) {
        // A registration that waits for its callback to have run
        // (invokeMethod with Qt::BlockingQueuedConnection) is a sink too.
        if (auto Sink = MatchSink();
            Sink && !Sink->OnlyIfEnumerator.empty() && !OffMainThread)
          AddSink(Sink);
        return true;
      }
      if (Wrapper && !Callee->hasBody()) {
        CallSite S;
        S.E = CE;
        S.Loc = siteLocation(CE);
        S.Named = Callee;
        addCallee(addSite(std::move(S)), Callee);
        return true;
      }
    }
  if (Offloaded)
    return true;
  // Code that fills a static once, or runs off the main thread, calls
  // nothing on a callback's path.
  if (FillingOnce || OffMainThread) {
    passCallables(CE, Callee);
    return true;
  }

  if (auto Rule = MatchSink()) {
    AddSink(Rule);
    return true;
  }
  if (Listed(Models.ObjectFactories)) {
    constructThroughFactory(CE, Callee);
    return true;
  }

  if (Listed(Models.CallableWrappers))
    return true;

  return addCall(CE, Callee, Through);
}

bool GraphBuilder::addCall(const CallExpr *CE, const FunctionDecl *Callee,
                           const ValueDecl *Through) {
  // A call into the TU's own code.
  CallSite S;
  S.E = CE;
  S.Loc = siteLocation(CE);
  S.Named = Callee;
  S.Through = Through;
  bool InTU = !isLibraryCode(Callee);
  // `handler_(42)` on a std::function member: whatever was stored runs.
  if (!InTU && Through) {
    S.Named = nullptr;
    addSite(std::move(S));
    return true;
  }
  if (InTU) {
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const Expr *Object = MC->getImplicitObjectArgument();
      S.Receiver = classOf(Object);
      S.OnThis = Object && isa<CXXThisExpr>(Object->IgnoreParenImpCasts());
    }
    unsigned Id = addSite(std::move(S));
    addCallee(Id, Callee);
    const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
    const auto *ME = dyn_cast<MemberExpr>(CE->getCallee()->IgnoreParens());
    if (MD && MD->isVirtual() && !(ME && ME->hasQualifier()))
      G.Sites[Id].VirtualOf = MD;
  }
  passCallables(CE, Callee);
  return true;
}

bool GraphBuilder::VisitCXXConstructExpr(CXXConstructExpr *CE) {
  if (Stack.empty() || isWrittenOffloaded(CE))
    return true;
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  const CXXRecordDecl *RD = Ctor->getParent();
  if (RD->isLambda())
    return true;
  std::string Key = lastNamePart(Ctor);
  if (Models.Offloads.mayMatch(Key) && offloadRuleFor(CE, Ctor))
    return true;
  if (Models.CallableWrappers.mayMatch(Key) &&
      Models.CallableWrappers.find(Key, qualifiedName(Ctor),
                                   [](auto &) { return true; }))
    return true;

  // An object made once into static storage (a singleton's `instance = new
  // T`, or anything code filling a function-local static makes) is made at
  // the first call only, by convention at start-up: not on every callback's
  // path. Nor is one made off the main thread (OffMainThread).
  if (ConstructedOnce.contains(CE) || FillingOnce || OffMainThread)
    return true;
  CallSite S = constructionOf(CE, CE->getLocation(), Ctor, RD);
  S.Receiver = RD->hasDefinition() ? RD->getDefinition() : nullptr;
  // A base class's constructor, or a delegated-to one, runs on the object
  // the caller constructs.
  if (CE->getConstructionKind() != CXXConstructionKind::Complete)
    if (const auto *Own =
            dyn_cast<CXXConstructorDecl>(G.function(Stack.back())))
      S.Receiver = Own->getParent(), S.OnThis = true;
  bool InTU = !isLibraryCode(Ctor) && !Ctor->isCopyOrMoveConstructor();
  if (S.Client || InTU) {
    unsigned Id = addSite(std::move(S));
    if (InTU)
      addCallee(Id, Ctor);
  }
  passCallables(CE, Ctor);
  return true;
}

bool GraphBuilder::VisitCXXDeleteExpr(CXXDeleteExpr *DE) {
  // An operand in error has no type to destroy (getDestroyedType is null).
  if (Stack.empty() || !isAnalysable(DE))
    return true;
  const CXXRecordDecl *RD = DE->getDestroyedType()->getAsCXXRecordDecl();
  const CXXDestructorDecl *Dtor = RD ? RD->getDestructor() : nullptr;
  if (!Dtor || isLibraryCode(Dtor))
    return true;
  CallSite S;
  S.E = DE;
  S.Loc = DE->getBeginLoc();
  S.Kind = SiteKind::Destroy;
  S.Named = Dtor;
  unsigned Id = addSite(std::move(S));
  addCallee(Id, Dtor);
  return true;
}

/// Notes the construction that \p Value makes when it is assigned to
/// \p Target, a variable with static storage.
void GraphBuilder::noteConstructedOnce(const Expr *Target, const Expr *Value) {
  if (!Target || !isAnalysable(Target))
    return;
  const auto *Var = dyn_cast_or_null<VarDecl>(namedObject(Target));
  if (Var && Var->hasGlobalStorage())
    noteConstructedOnce(Value);
}

/// Notes the construction that \p Value (stored into static storage) makes.
void GraphBuilder::noteConstructedOnce(const Expr *Value) {
  if (!Value || !isAnalysable(Value))
    return;
  const Expr *E = Value->IgnoreImplicit();
  // Through a smart pointer's converting constructor (QPointer<T>(new T)).
  if (const auto *Convert = dyn_cast<CXXConstructExpr>(E);
      Convert && Convert->getNumArgs() == 1 &&
      isa<CXXNewExpr>(Convert->getArg(0)->IgnoreImplicit()))
    E = Convert->getArg(0)->IgnoreImplicit();
  if (const auto *New = dyn_cast<CXXNewExpr>(E))
    E = New->getConstructExpr();
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E))
    ConstructedOnce.insert(CE);
}

bool GraphBuilder::VisitVarDecl(VarDecl *VD) {
  // A function-local static's initialiser is walked as code that fills it
  // once (TraverseVarDecl).
  // `static void (*handlers[])(void) = {a, b};`: a global of callables.
  if (VD->hasGlobalStorage() && !isa<ParmVarDecl>(VD) && VD->getInit() &&
      holdsCallables(VD->getType()))
    noteStore(VD, VD->getLocation(), VD->getInit());
  // `struct event *ev = event_new(base, ...)` binds ev to base.
  if (const auto *Init = dyn_cast_or_null<CallExpr>(
          VD->getInit() ? VD->getInit()->IgnoreImplicit() : nullptr))
    if (const FunctionDecl *Callee = Init->getDirectCallee())
      bindHandle(Init, Callee, VD);

  if (Stack.empty() || !VD->hasLocalStorage() || isa<ParmVarDecl>(VD))
    return true;
  const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl();
  const CXXDestructorDecl *Dtor =
      RD && RD->hasDefinition() ? RD->getDestructor() : nullptr;
  if (!Dtor || Dtor->isTrivial() || isLibraryCode(Dtor))
    return true;
  CallSite S;
  S.E = nullptr;
  S.Loc = VD->getLocation();
  S.Kind = SiteKind::Destroy;
  S.Named = Dtor;
  unsigned Id = addSite(std::move(S));
  addCallee(Id, Dtor);
  return true;
}

bool GraphBuilder::VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
  // `m_instance = new Config(...)` into a QPointer or another smart pointer.
  if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
    noteConstructedOnce(OC->getArg(0), OC->getArg(1));
  return true;
}

bool GraphBuilder::VisitBinaryOperator(BinaryOperator *BO) {
  if (!BO->isAssignmentOp())
    return true;
  // `m_instance = new Config(...)`: a singleton, made once.
  if (BO->getOpcode() == BO_Assign)
    noteConstructedOnce(BO->getLHS(), BO->getRHS());
  // `w->cb = on_timer`: a callback stored in a library's callback field.
  ModelRule<FieldRegistrationRule> Registers;
  const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
  if (ME && !Stack.empty())
    Registers = findFieldRule(Models.FieldRegistrations, ME->getMemberDecl());
  // `peer->dispatchcb = cb`: a callable kept for a call elsewhere.
  if (!Registers && BO->getOpcode() == BO_Assign)
    if (const ValueDecl *Storage = Stored.storageOf(BO->getLHS()))
      noteStore(Storage, BO->getOperatorLoc(), BO->getRHS());
  if (auto Rule = Registers)
    for (const FunctionDecl *FD :
         resolveCallable(BO->getRHS(), Models).Functions) {
      Root R;
      R.Loc = SM.getExpansionLoc(BO->getExprLoc());
      R.Api = Rule->Api.str();
      R.LoopExpr = ME->getBase();
      R.RegisteredIn = Stack.back();
      R.Model = Rule.Model;
      R.LoopParameter = Rule->LoopParameter;
      addRoot(FD, std::move(R));
    }
  if (const auto *Init =
          dyn_cast<CallExpr>(BO->getRHS()->IgnoreParenImpCasts()))
    if (const FunctionDecl *Callee = Init->getDirectCallee())
      bindHandle(Init, Callee, namedObject(BO->getLHS()));
  return true;
}

/// Does \p MD override, at any depth, a method that \p Is accepts?
bool overridesWhere(const CXXMethodDecl *MD,
                    llvm::function_ref<bool(const CXXMethodDecl *)> Is,
                    unsigned Depth = 0) {
  if (Depth > 16)
    return false;
  for (const CXXMethodDecl *O : MD->overridden_methods())
    if (Is(O) || overridesWhere(O, Is, Depth + 1))
      return true;
  return false;
}

/// Is \p RD, or one of its bases, a class whose name matches \p Pattern?
static bool derivesFromMatching(const CXXRecordDecl *RD,
                                llvm::StringRef Pattern) {
  return derivesFrom(RD, [&](const CXXRecordDecl *C) {
    return matchesName(Pattern, qualifiedName(C));
  });
}

bool isLoopCode(const FunctionDecl *FD, const LoopCodeRule &R) {
  if (!R.InClassDerivedFrom.empty()) {
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (!MD || !MD->isInstance() ||
        !derivesFromMatching(MD->getParent(), R.InClassDerivedFrom))
      return false;
  }
  auto RecordMatches = [&](QualType T) {
    const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
    return RD && matchesName(R.Pattern, qualifiedName(RD));
  };
  switch (R.How) {
  case LoopCodeRule::ReturnsType:
    return RecordMatches(FD->getReturnType());
  case LoopCodeRule::TakesType:
    return llvm::any_of(FD->parameters(), [&](const ParmVarDecl *P) {
      return RecordMatches(P->getType());
    });
  case LoopCodeRule::Overrides: {
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    return MD && MD->isVirtual() &&
           overridesWhere(MD, [&](const CXXMethodDecl *O) {
             return matchesName(R.Pattern, qualifiedName(O));
           });
  }
  case LoopCodeRule::Named:
    return matchesName(R.Pattern, qualifiedName(FD));
  }
  return false;
}

/// A sink whose object the code puts into the rule's mode
/// (`socket.non_blocking(true)`) is an ordinary call. Only TUs with such
/// sinks pay for the walk that finds the modes.
void GraphBuilder::dropSinksInMode() {
  if (PendingModeSinks.empty())
    return;
  ObjectModes Modes = ObjectModes::collect(
      Ctx, Models.SinkModes, [&](const Decl *D) { return isLibraryCode(D); });
  for (unsigned Id : PendingModeSinks) {
    CallSite &S = G.Sites[Id];
    const SinkRule &Rule = *S.Sink.R;
    if (Modes.isSet(namedObject(operandOf(S.E, Rule.ModeOperand)),
                    Rule.UnlessMode))
      S.Sink = {};
  }
}

void GraphBuilder::addOverridingSlots() {
  llvm::SmallVector<size_t, 4> Virtual;
  for (size_t I = 0; I < G.Roots.size(); ++I)
    if (const auto *Slot = dyn_cast_or_null<CXXMethodDecl>(G.Roots[I].FD);
        Slot && Slot->isVirtual() && !G.Roots[I].Api.empty())
      Virtual.push_back(I);
  if (Virtual.empty())
    return;
  for (const FunctionNode &Node : G.Nodes) {
    const auto *MD = dyn_cast<CXXMethodDecl>(Node.FD);
    if (!MD || !MD->isVirtual() || MD->size_overridden_methods() == 0)
      continue;
    const CXXRecordDecl *Class = MD->getParent();
    for (size_t I : Virtual) {
      const auto *Slot = cast<CXXMethodDecl>(G.Roots[I].FD);
      const CXXRecordDecl *Object =
          G.Roots[I].Receiver ? G.Roots[I].Receiver : Slot->getParent();
      if (!overridesWhere(MD,
                          [&](const CXXMethodDecl *O) {
                            return O->getCanonicalDecl() ==
                                   Slot->getCanonicalDecl();
                          }) ||
          !derivesFrom(Class, [&](const CXXRecordDecl *C) {
            return C->getCanonicalDecl() == Object->getCanonicalDecl();
          }))
        continue;
      Root R = G.Roots[I];
      R.FD = MD;
      R.Receiver = Class;
      G.Roots.push_back(std::move(R));
    }
  }
}

void GraphBuilder::finish() {
  dropSinksInMode();
  Ready.finish(G);
  addOverridingSlots();
  // Code that is loop code by its nature, after the registered callbacks.
  for (unsigned N = 0; N < G.Nodes.size(); ++N) {
    const FunctionDecl *FD = G.Nodes[N].FD;
    Root R;
    R.FD = FD;
    R.Loc = FD->getLocation();
    if (annotationsOf(FD) & CallbackAnnotation) {
      R.Why = "function is annotated as loop code";
      G.Roots.push_back(std::move(R));
      continue;
    }
    for (const ModelRule<LoopCodeRule> &Rule : Models.loopCodeRules())
      if (isLoopCode(FD, *Rule.R)) {
        R.Why = Rule->Why.str();
        R.UserInput = Rule->UserInput;
        R.UserWindow = Rule->UserWindow;
        if (Rule->SignalInName && FD->getIdentifier())
          R.UserInput = R.UserInput || Models.UserInputSignals.mayMatch(
                                           FD->getName().rsplit('_').second);
        R.Model = Rule.Model;
        G.Roots.push_back(std::move(R));
        break;
      }
  }
}

} // namespace

ASTGraph ASTGraph::build(ASTContext &Ctx, const ModelIndex &Models,
                         std::optional<llvm::ArrayRef<Decl *>> TopLevel) {
  ASTGraph G;
  GraphBuilder Builder(Ctx, Models, G);
  // clangd limits the AST's traversal scope to the main file's top-level
  // declarations, and RecursiveASTVisitor's TraverseTranslationUnitDecl
  // honours that scope: helpers defined in headers would never be walked.
  // Walk the translation unit's own declarations instead.
  if (TopLevel)
    for (Decl *D : *TopLevel)
      Builder.TraverseDecl(D);
  else
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      Builder.TraverseDecl(D);
  Builder.finish();
  return G;
}

} // namespace clang::tidy::eventloop
