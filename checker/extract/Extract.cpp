//===--- Extract.cpp - A TU's AST, written down as facts ------------------===//

#include "Extract.h"
#include "../analysis/QualifiedName.h"
#include "ASTGraph.h"
#include "BranchConditions.h"
#include "Callables.h"
#include "Describe.h"
#include "FactsVersion.h"
#include "LoopIdentity.h"
#include "MacroNotes.h"
#include "NamedMember.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/xxhash.h"

namespace clang::tidy::eventloop {

namespace {

/// Can a value of \p RD be moved into and out of a std::future?
bool isMoveConstructible(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  bool SawMoveOrCopy = false;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (!Ctor->isCopyOrMoveConstructor())
      continue;
    SawMoveOrCopy = true;
    if (!Ctor->isDeleted() && Ctor->getAccess() != AS_private &&
        Ctor->getAccess() != AS_protected)
      return true;
  }
  if (SawMoveOrCopy)
    return false;
  return RD->needsImplicitMoveConstructor() &&
         !RD->defaultedMoveConstructorIsDeleted();
}

class FactsWriter {
public:
  FactsWriter(ASTContext &Ctx, const ModelIndex &Models, const ASTGraph &G,
              OwnedFacts &Out, const ExtractOptions &Options)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Models(Models), G(G), Out(Out),
        F(Out.Facts), Options(Options) {}

  void write();

private:
  llvm::StringRef save(llvm::StringRef S) {
    return S.empty() ? llvm::StringRef() : Out.Strings.save(S);
  }
  uint32_t fileIndex(FileID File);
  facts::Place place(SourceLocation Loc);
  /// The macro notes of \p Loc, in a macro expansion: an index into
  /// TUFacts::Expansions, or None when clang would write none.
  uint32_t expansionIndex(SourceLocation Loc);
  facts::Span span(CharSourceRange Range);
  llvm::StringRef keyOf(const NamedDecl *D);
  uint32_t functionIndex(const FunctionDecl *FD);
  /// The key of \p RD (empty for null), written with its bases once.
  llvm::StringRef classKey(const CXXRecordDecl *RD);
  llvm::DenseMap<const CXXRecordDecl *, llvm::StringRef> ClassKeys;
  facts::RuleRef ruleRef(const FrameworkModel *M, size_t Rule = 0) const {
    return {Models.numberOf(M), static_cast<uint16_t>(Rule)};
  }
  facts::LoopValue loopValue(const LoopIdentity &L);
  facts::LoopValue resolve(const Expr *E, const FrameworkModel *M) {
    return loopValue(resolveLoop(E, G, Models, M));
  }
  void writeSite(const CallSite &S);
  /// The functions a stored value runs: a callable, or each element of an
  /// initialiser list (a table, an array of function pointers).
  void addStoredCallables(const Expr *Value,
                          llvm::SmallVectorImpl<uint32_t> &Out,
                          unsigned Depth) {
    if (!Value || Depth > 4)
      return;
    const Expr *E = Value->IgnoreImplicit();
    if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
      for (const Expr *Init : ILE->inits())
        addStoredCallables(Init, Out, Depth + 1);
      return;
    }
    if (const auto *IL = dyn_cast<CXXStdInitializerListExpr>(E))
      return addStoredCallables(IL->getSubExpr(), Out, Depth + 1);
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
        CC && CC->getNumArgs() == 1 &&
        isa<CXXStdInitializerListExpr>(CC->getArg(0)->IgnoreImplicit()))
      return addStoredCallables(CC->getArg(0), Out, Depth + 1);
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      return addStoredCallables(M->getSubExpr(), Out, Depth + 1);
    for (const FunctionDecl *FD : resolveCallable(Value, Models).Functions)
      if (!llvm::is_contained(Out, functionIndex(FD)))
        Out.push_back(functionIndex(FD));
  }
  void writeArguments(const CallSite &S, facts::Site &Out);
  facts::FutureSource futureOf(const CallSite &S);
  facts::Rewrite rewriteOf(const CallSite &S);
  /// The declaration `T v(args);` whose initialiser is \p CC, in the body
  /// of \p Caller, if any.
  const DeclStmt *declarationOf(const CXXConstructExpr *CC, unsigned Caller,
                                const VarDecl *&Var);

  ASTContext &Ctx;
  const SourceManager &SM;
  const ModelIndex &Models;
  const ASTGraph &G;
  OwnedFacts &Out;
  facts::TUFacts &F;
  const ExtractOptions &Options;
  llvm::DenseMap<FileID, uint32_t> Files;
  llvm::DenseMap<SourceLocation, uint32_t> Expansions;
  llvm::DenseMap<const FunctionDecl *, uint32_t> Functions;
  llvm::DenseMap<const NamedDecl *, llvm::StringRef> Keys;
  /// The keys of parameters that name a loop ("param:<function>#<index>").
  llvm::DenseMap<const ParmVarDecl *, llvm::StringRef> ParamKeys;
  /// Per body walked for declarationOf: each construction that initialises
  /// a variable of a DeclStmt, with the two.
  llvm::DenseMap<const CXXConstructExpr *,
                 std::pair<const VarDecl *, const DeclStmt *>>
      Declared;
  llvm::DenseSet<unsigned> DeclaredIn;
};

/// The variables a body declares, by the construction that initialises
/// each. A walk of one body: the parent map would walk the whole TU, every
/// library template instantiation with it.
class DeclarationIndex : public RecursiveASTVisitor<DeclarationIndex> {
public:
  using Map = llvm::DenseMap<const CXXConstructExpr *,
                             std::pair<const VarDecl *, const DeclStmt *>>;
  explicit DeclarationIndex(Map &Out) : Out(Out) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitDeclStmt(DeclStmt *DS) {
    for (Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      const Expr *Init = VD ? VD->getInit() : nullptr;
      while (const auto *EWC = dyn_cast_or_null<ExprWithCleanups>(Init))
        Init = EWC->getSubExpr();
      if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(Init))
        Out[CC] = {VD, DS};
    }
    return true;
  }

private:
  Map &Out;
};

const DeclStmt *FactsWriter::declarationOf(const CXXConstructExpr *CC,
                                           unsigned Caller,
                                           const VarDecl *&Var) {
  if (DeclaredIn.insert(Caller).second)
    if (const FunctionDecl *FD = G.function(Caller))
      if (Stmt *Body = FD->getBody())
        DeclarationIndex(Declared).TraverseStmt(Body);
  auto It = Declared.find(CC);
  if (It == Declared.end())
    return nullptr;
  Var = It->second.first;
  return It->second.second;
}

uint32_t FactsWriter::fileIndex(FileID File) {
  auto [It, New] = Files.try_emplace(File, F.Files.size());
  if (!New)
    return It->second;
  facts::File Entry;
  Entry.Path = save(factsPath(SM, File));
  if (Options.HashFiles) {
    bool Invalid = false;
    llvm::StringRef Text = SM.getBufferData(File, &Invalid);
    if (!Invalid)
      Entry.Hash = llvm::xxh3_64bits(Text);
  }
  F.Files.push_back(Entry);
  return It->second;
}

static_assert(sizeof(SourceLocation::UIntTy) <= sizeof(facts::Place::Live),
              "a raw SourceLocation fits in a place");

facts::Place FactsWriter::place(SourceLocation Loc) {
  facts::Place P;
  if (Loc.isInvalid())
    return P;
  P.Live = Loc.getRawEncoding();
  // Where clang prints it: a macro argument's spelling, or else where the
  // outermost macro is expanded.
  SourceLocation At = SM.getFileLoc(Loc);
  auto [File, Offset] = SM.getDecomposedLoc(At);
  if (File.isInvalid())
    return P;
  P.File = fileIndex(File);
  P.Offset = Offset;
  P.Line = SM.getLineNumber(File, Offset);
  P.Column = SM.getColumnNumber(File, Offset);
  if (Loc.isMacroID())
    P.Expansion = expansionIndex(Loc);
  return P;
}

uint32_t FactsWriter::expansionIndex(SourceLocation Loc) {
  auto [It, New] = Expansions.try_emplace(Loc, facts::None);
  if (!New)
    return It->second;
  facts::Expansion E;
  for (MacroNoteAt &N : macroNotes(Loc, SM, Ctx.getLangOpts()))
    E.Notes.push_back({place(N.Loc), save(N.Text)});
  if (E.Notes.empty())
    return facts::None;
  // place() may have grown the map: look the entry up again.
  Expansions[Loc] = F.Expansions.size();
  F.Expansions.push_back(std::move(E));
  return F.Expansions.size() - 1;
}

facts::Span FactsWriter::span(CharSourceRange Range) {
  facts::Span S;
  CharSourceRange Chars =
      Lexer::makeFileCharRange(Range, SM, Ctx.getLangOpts());
  if (Chars.isInvalid())
    return S;
  auto [File, Begin] = SM.getDecomposedLoc(Chars.getBegin());
  auto [EndFile, End] = SM.getDecomposedLoc(Chars.getEnd());
  if (File != EndFile || End < Begin)
    return S;
  S.File = fileIndex(File);
  S.Begin = Begin;
  S.End = End;
  return S;
}

llvm::StringRef FactsWriter::keyOf(const NamedDecl *D) {
  D = cast<NamedDecl>(D->getCanonicalDecl());
  auto [It, New] = Keys.try_emplace(D);
  if (!New)
    return It->second;
  llvm::SmallString<128> USR;
  if (index::generateUSRForDecl(D, USR)) {
    // No USR: the place of the declaration names it.
    facts::Place P = place(D->getLocation());
    USR = ("decl@" + (P.valid() ? F.Files[P.File].Path : "") + ":" +
           llvm::Twine(P.Offset) + "@" + D->getName())
              .str();
  }
  // Members of a lambda or another unnamed class: their USRs name the
  // enclosing function and the member only ("...@Sa@F@operator()#1"), the
  // same for every lambda of that function. Where the class is written tells
  // them apart, and is the same in every TU that defines the function.
  const auto *Class = dyn_cast<CXXRecordDecl>(D->getDeclContext());
  if (!Class)
    Class = dyn_cast<CXXRecordDecl>(D);
  if (Class && (Class->isLambda() || !Class->getIdentifier())) {
    facts::Place P = place(Class->getLocation());
    if (P.valid())
      USR +=
          ("@in@" + F.Files[P.File].Path + ":" + llvm::Twine(P.Offset)).str();
  }
  // Internal linkage: the same name in another TU is another entity.
  if (!D->isExternallyVisible())
    USR += ("@" + F.MainFile).str();
  It->second = save(USR);
  return It->second;
}

llvm::StringRef FactsWriter::classKey(const CXXRecordDecl *RD) {
  if (!RD)
    return {};
  RD = RD->hasDefinition() ? RD->getDefinition() : RD;
  if (auto It = ClassKeys.find(RD); It != ClassKeys.end())
    return It->second;
  facts::Class C;
  C.Key = keyOf(RD);
  ClassKeys[RD] = C.Key;
  llvm::SmallVector<const CXXRecordDecl *, 8> Work{RD};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen{RD->getCanonicalDecl()};
  while (!Work.empty()) {
    const CXXRecordDecl *Of = Work.pop_back_val();
    if (!Of->hasDefinition())
      continue;
    for (const CXXBaseSpecifier &B : Of->getDefinition()->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        if (Seen.insert(Base->getCanonicalDecl()).second) {
          C.Bases.push_back(keyOf(Base));
          Work.push_back(Base);
        }
  }
  llvm::sort(C.Bases);
  F.Classes.push_back(std::move(C));
  return F.Classes.back().Key;
}

uint32_t FactsWriter::functionIndex(const FunctionDecl *FD) {
  auto [It, New] = Functions.try_emplace(FD->getCanonicalDecl(), 0);
  if (!New)
    return It->second;
  It->second = F.Functions.size();
  facts::Function Fn;
  Fn.Key = keyOf(FD);
  Fn.Name = save(describeFunction(FD));
  Fn.Api = save(apiName(FD));
  if (isa<CXXConstructorDecl>(FD) || isa<CXXDestructorDecl>(FD))
    Fn.Class = save(describeClass(cast<CXXMethodDecl>(FD)->getParent()));
  Fn.Params = FD->getNumParams();
  Fn.Constructor = isa<CXXConstructorDecl>(FD);
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->isInstance() && !MD->getParent()->isLambda())
    Fn.MemberOf = classKey(MD->getParent());
  Fn.Mergeable =
      FD->isInlined() || FD->isImplicit() || FD->isTemplateInstantiation() ||
      FD->getTemplatedKind() == FunctionDecl::TK_FunctionTemplateSpecialization;
  F.Functions.push_back(std::move(Fn));
  return It->second;
}

facts::LoopValue FactsWriter::loopValue(const LoopIdentity &L) {
  facts::LoopValue V;
  V.Name = save(L.Name);
  V.Made = L.Made;
  auto FunctionKey = [&](const DeclContext *DC) -> llvm::StringRef {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(DC);
    return FD ? F.Functions[functionIndex(FD)].Key : llvm::StringRef();
  };
  if (L.LocalTo) {
    V.Local = true;
    V.Function = FunctionKey(L.LocalTo);
  }
  if (L.Param) {
    V.K = facts::LoopValue::Param;
    const auto *Owner = dyn_cast<FunctionDecl>(L.Param->getDeclContext());
    V.Function = FunctionKey(Owner);
    V.Index = L.Param->getFunctionScopeIndex();
    V.ParamName = save(L.Param->getName());
    auto [Known, New] = ParamKeys.try_emplace(L.Param);
    if (New)
      Known->second =
          save(("param:" + V.Function + "#" + llvm::Twine(V.Index)).str());
    V.Key = Known->second;
    return V;
  }
  if (L.Decl) {
    V.K = facts::LoopValue::Object;
    V.Key = keyOf(L.Decl);
    return V;
  }
  if (L.MadeAt) {
    V.K = facts::LoopValue::Object;
    facts::Place P = place(L.MadeAt->getBeginLoc());
    V.Key = save(("made@" + (P.valid() ? F.Files[P.File].Path : "") + ":" +
                  llvm::Twine(P.Offset))
                     .str());
    return V;
  }
  if (!L.Default.empty()) {
    V.K = facts::LoopValue::Default;
    V.Key = save(L.Default);
    return V;
  }
  if (L.Null)
    V.K = facts::LoopValue::Null;
  return V;
}

void FactsWriter::writeArguments(const CallSite &S, facts::Site &Out) {
  // Only calls into project code: what the linked program may follow.
  if (S.Callees.empty() || !S.E)
    return;
  unsigned Count = 0;
  for (const FunctionDecl *Callee : S.Callees)
    Count = std::max(Count, Callee->getNumParams());
  const FunctionDecl *Caller = G.function(S.Caller);
  for (unsigned I = 0; I < Count; ++I) {
    const Expr *Arg = argumentFor(S.E, I);
    if (!Arg || !isAnalysable(Arg))
      continue;
    facts::Argument A;
    A.Index = I;
    if (const ParmVarDecl *P = passedParameter(Arg, Caller))
      A.FromParam = P->getFunctionScopeIndex();
    CallableTargets T = resolveCallable(Arg, Models);
    A.Offloaded = T.Offloaded;
    for (const FunctionDecl *FD : T.Functions)
      A.Callables.push_back(functionIndex(FD));
    A.Loop = resolve(Arg, nullptr);
    const Expr *Value = Arg;
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Value))
      Value = Default->getExpr();
    A.Constant = constantValue(Value, Ctx);
    if (!A.Callables.empty() && I > 0)
      A.OwnWindow = isOwnWindow(argumentFor(S.E, I - 1), Models.UserWindows,
                                &Models.Widgets);
    if (A.FromParam == facts::None && A.Callables.empty() && !A.Offloaded &&
        A.Loop.K == facts::LoopValue::Unknown && !A.Constant)
      continue;
    Out.Args.push_back(std::move(A));
  }
}

facts::FutureSource FactsWriter::futureOf(const CallSite &S) {
  // A future made by an asynchronous operation of a loop, or by a promise.
  facts::FutureSource Source;
  const Expr *Future = operandOf(S.E, ObjectOperand);
  const auto *DRE =
      Future ? dyn_cast<DeclRefExpr>(Future->IgnoreParenImpCasts()) : nullptr;
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  const auto *Init = VD && VD->getInit() && isAnalysable(VD->getInit())
                         ? dyn_cast<CallExpr>(VD->getInit()->IgnoreImplicit())
                         : nullptr;
  const FunctionDecl *Producer = Init ? Init->getDirectCallee() : nullptr;
  if (!Producer)
    return Source;
  std::string Key = lastNamePart(Producer);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Init);
      MC && Models.PromiseFutures.mayMatch(Key) &&
      Models.PromiseFutures.find(Key, qualifiedName(Producer),
                                 [](auto &) { return true; })) {
    if (const ValueDecl *Promise =
            namedObject(MC->getImplicitObjectArgument())) {
      Source.K = facts::FutureSource::Promise;
      Source.PromiseKey = keyOf(Promise);
    }
    return Source;
  }
  auto Rule = Models.Registrations.find(Key, qualifiedName(Producer),
                                        [](auto &) { return true; });
  if (!Rule || Rule->LoopOperand == NoOperand)
    return Source;
  Source.K = facts::FutureSource::Registration;
  Source.Loop = resolve(operandOf(Init, Rule->LoopOperand), Rule.Model);
  Source.Model = ruleRef(Rule.Model);
  Source.At = place(siteLocation(Init));
  return Source;
}

facts::Rewrite FactsWriter::rewriteOf(const CallSite &S) {
  facts::Rewrite R;
  if (!S.E)
    return R;
  CharSourceRange Range = CharSourceRange::getTokenRange(S.E->getSourceRange());
  R.IsCall = isa<CallExpr>(S.E);
  if (!Ctx.getLangOpts().CPlusPlus11)
    R.Reason = facts::Rewrite::NotCxx;
  else if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    R.Reason = facts::Rewrite::Macro;
  else if (SM.isInSystemHeader(Range.getBegin()))
    R.Reason = facts::Rewrite::SystemFile;
  else if (SM.getFileID(Range.getBegin()) != SM.getFileID(Range.getEnd()))
    R.Reason = facts::Rewrite::SpansFiles;
  else
    R.Reason = facts::Rewrite::Ok;
  if (R.Reason != facts::Rewrite::Ok)
    return R;
  R.Call = span(Range);
  if (const auto *CE = dyn_cast<CallExpr>(S.E)) {
    unsigned First = isa<CXXOperatorCallExpr>(CE) ? 1 : 0;
    if (CE->getNumArgs() > First && !isa<CXXDefaultArgExpr>(CE->getArg(First)))
      R.Arg0 = span(
          CharSourceRange::getTokenRange(CE->getArg(First)->getSourceRange()));
  }
  // `T v(args);`, `T v{args};` or `T v;` alone in its declaration: the
  // declaration can become `T v = <offload of T(args)>;`.
  const auto *CC = dyn_cast<CXXConstructExpr>(S.E);
  if (!CC || S.Kind != SiteKind::Construct ||
      !isMoveConstructible(CC->getConstructor()->getParent()))
    return R;
  const VarDecl *VD = nullptr;
  const DeclStmt *DS = declarationOf(CC, S.Caller, VD);
  if (!DS || VD->getInitStyle() == VarDecl::CInit || !VD->getTypeSourceInfo())
    return R;
  if (!DS->isSingleDecl() || VD->getType()->getContainedAutoType())
    return R;
  CharSourceRange Whole =
      CharSourceRange::getTokenRange(VD->getBeginLoc(), VD->getEndLoc());
  if (Whole.getBegin().isMacroID() || Whole.getEnd().isMacroID() ||
      SM.getFileID(Whole.getBegin()) != SM.getFileID(Whole.getEnd()))
    return R;
  auto Text = [&](CharSourceRange Range) {
    return save(Lexer::getSourceText(Range, SM, Ctx.getLangOpts()));
  };
  facts::DeclarationRewrite D;
  D.Whole = span(Whole);
  D.Type = Text(CharSourceRange::getTokenRange(
      VD->getTypeSourceInfo()->getTypeLoc().getSourceRange()));
  D.Variable = save(VD->getName());
  if (CC->getNumArgs() > 0 && !isa<CXXDefaultArgExpr>(CC->getArg(0))) {
    SourceLocation End = CC->getArg(CC->getNumArgs() - 1)->getEndLoc();
    for (unsigned I = CC->getNumArgs(); I > 0; --I)
      if (!isa<CXXDefaultArgExpr>(CC->getArg(I - 1))) {
        End = CC->getArg(I - 1)->getEndLoc();
        break;
      }
    D.Arguments =
        Text(CharSourceRange::getTokenRange(CC->getArg(0)->getBeginLoc(), End));
  }
  R.Declaration = F.Declarations.size();
  F.Declarations.push_back(D);
  return R;
}

void FactsWriter::writeSite(const CallSite &S) {
  facts::Site Out;
  Out.Caller = functionIndex(G.function(S.Caller));
  Out.Kind = S.Kind;
  Out.Loc = place(S.Loc);
  for (const FunctionDecl *FD : S.Callees)
    Out.Callees.push_back(functionIndex(FD));
  facts::SiteDetail More;
  if (S.VirtualOf)
    More.VirtualOf = keyOf(S.VirtualOf);
  if (S.Through) {
    More.ThroughField = keyOf(S.Through);
    More.ThroughName = save(qualifiedName(S.Through));
  }
  if (S.PassedTo)
    Out.PassedTo = save(apiName(S.PassedTo));
  if (S.AssumedFor)
    Out.AssumedFor = functionIndex(S.AssumedFor);
  if (S.Sink) {
    const SinkRule &Rule = *S.Sink.R;
    Out.Sink = ruleRef(S.Sink.Model, &Rule - S.Sink.Model->Sinks.data());
    Out.SinkKind = static_cast<uint8_t>(Rule.Kind);
    Out.Api = save(apiName(S.Named, S.E, &Models, S.NamedThrough));
    facts::SinkDetail Detail;
    if (Rule.Kind == SinkKind::LoopRun && Rule.Loop == LoopOf::Operand)
      Detail.Loop = resolve(operandOf(S.E, Rule.LoopOperand), S.Sink.Model);
    Out.WaitsOnOffload = S.WaitsOnOffload;
    Out.FutureReady = S.FutureReady;
    if (Rule.Kind == SinkKind::Blocking && Rule.WaitsForFuture)
      Detail.Future = futureOf(S);
    if (Detail.Loop.K != facts::LoopValue::Unknown ||
        Detail.Future.K != facts::FutureSource::None) {
      Out.Detail = F.SinkDetails.size();
      F.SinkDetails.push_back(std::move(Detail));
    }
  }
  if (S.Constructed) {
    More.Constructed = save(S.Constructed->getName());
    More.ConstructedQualified = save(qualifiedName(S.Constructed));
    More.ThreadAffine = S.ThreadAffine;
  }
  if (S.Client)
    More.Client = ruleRef(S.Client.Model,
                          S.Client.R - S.Client.Model->SyncClients.data());
  if (!More.empty()) {
    Out.More = F.SiteDetails.size();
    F.SiteDetails.push_back(More);
  }
  if (S.Kind != SiteKind::Destroy)
    writeArguments(S, Out);
  if (S.Kind != SiteKind::Destroy)
    Out.Fix = rewriteOf(S);
  Out.Receiver = classKey(S.Receiver);
  Out.OnThis = S.OnThis;
  Out.UnlessConstructing = S.UnlessConstructing;
  Out.OncePerObject = S.OncePerObject;
  Out.ReentryGuarded = S.ReentryGuarded;
  Out.UserInput = S.UserInput;
  Out.OnlyIf.assign(S.OnlyIf.begin(), S.OnlyIf.end());
  F.Sites.push_back(std::move(Out));
}

void FactsWriter::write() {
  F.MainFile = save([&] {
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    return Main ? factsPath(*Main).str() : std::string();
  }());
  // A site is a few hundred bytes: the tables are made at their size.
  F.Functions.reserve(G.Nodes.size());
  F.Sites.reserve(G.Sites.size());
  // The functions whose bodies were walked come first, in their order.
  for (const FunctionNode &N : G.Nodes) {
    uint32_t Index = functionIndex(N.FD);
    F.Functions[Index].Defined = true;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(N.FD); MD && MD->isVirtual()) {
      llvm::SmallVector<const CXXMethodDecl *, 4> Work(
          MD->overridden_methods());
      llvm::SmallPtrSet<const CXXMethodDecl *, 8> Seen;
      while (!Work.empty()) {
        const CXXMethodDecl *O = Work.pop_back_val();
        if (!Seen.insert(O->getCanonicalDecl()).second)
          continue;
        F.Functions[Index].Overrides.push_back(keyOf(O));
        Work.append(O->overridden_methods().begin(),
                    O->overridden_methods().end());
      }
    }
  }
  for (const CallSite &S : G.Sites)
    writeSite(S);
  for (const Root &R : G.Roots) {
    facts::Root Out;
    Out.Function = functionIndex(R.FD);
    Out.Loc = place(R.Loc);
    Out.Api = save(R.Api);
    Out.Why = save(R.Why);
    Out.Trigger = save(R.Trigger);
    if (R.ProjectTrigger)
      Out.TriggerKey = keyOf(R.ProjectTrigger);
    Out.UserInput = R.UserInput;
    Out.UserWindow = R.UserWindow;
    Out.FromOtherThread = R.FromOtherThread;
    Out.BeforeLoop = R.BeforeLoop;
    Out.Once = R.Once;
    Out.Runs = R.Runs;
    Out.Model = ruleRef(R.Model);
    Out.OnDefaultLoop = R.OnDefaultLoop;
    Out.Loop = R.OnDefaultLoop ? loopValue(defaultLoopOf(R.Model, Models))
                               : resolve(R.LoopExpr, R.Model);
    if (R.RegisteredIn != ~0u)
      Out.RegisteredIn = functionIndex(G.function(R.RegisteredIn));
    Out.LoopParameter = R.LoopParameter;
    Out.PassedParameter = R.PassedParameter;
    if (R.PassedExpr)
      Out.Passed = resolve(R.PassedExpr, R.Model);
    Out.Sender = classKey(R.Sender);
    Out.Receiver = classKey(R.Receiver);
    F.Roots.push_back(std::move(Out));
  }
  for (const CXXRecordDecl *RD : G.MovedClasses) {
    llvm::StringRef Key = classKey(RD);
    for (facts::Class &C : F.Classes)
      if (C.Key == Key)
        C.Moved = true;
  }
  for (const ParameterUse &U : G.ParameterUses) {
    const FunctionDecl *FD = G.function(U.Node);
    facts::ParameterUse Out;
    Out.Function = functionIndex(FD);
    Out.Index = U.Index;
    Out.Registers = U.Registers;
    Out.Model = ruleRef(U.Model);
    if (const ParmVarDecl *P = passedParameter(U.LoopExpr, FD))
      Out.LoopFromParam = P->getFunctionScopeIndex();
    Out.Loop = resolve(U.LoopExpr, U.Model);
    if (const ParmVarDecl *P = passedParameter(U.PassedExpr, FD))
      Out.PassedFromParam = P->getFunctionScopeIndex();
    Out.Passed = resolve(U.PassedExpr, U.Model);
    Out.HasPassed = U.PassedExpr != nullptr;
    Out.PassedParameter = U.PassedParameter;
    Out.UserInput = U.UserInput;
    F.ParameterUses.push_back(std::move(Out));
  }
  for (const StoreSite &Store : G.Stores) {
    facts::FieldStore Out;
    Out.Field = keyOf(Store.Storage);
    Out.Name = save(qualifiedName(Store.Storage));
    if (Store.In != ~0u)
      Out.In = functionIndex(G.function(Store.In));
    if (Store.In != ~0u)
      if (const ParmVarDecl *P =
              passedParameter(Store.Value, G.function(Store.In)))
        Out.FromParam = P->getFunctionScopeIndex();
    addStoredCallables(Store.Value, Out.Callables, 0);
    if (Out.Callables.empty() && Out.FromParam == facts::None)
      continue;
    // Placed once kept: the place of a store that keeps nothing would name
    // its file in the facts for nothing.
    Out.Loc = place(Store.Loc);
    F.FieldStores.push_back(std::move(Out));
  }
  // Handles in fields and globals: another TU may use them.
  for (const auto &[Handle, Bound] : G.HandleLoops) {
    const auto *VD = dyn_cast<VarDecl>(Handle);
    if (!isa<FieldDecl>(Handle) &&
        !(VD && VD->hasGlobalStorage() && !VD->isStaticLocal()))
      continue;
    facts::LoopValue Loop = resolve(Bound.LoopExpr, Bound.Model);
    if (Loop.K == facts::LoopValue::Unknown)
      continue;
    F.Bindings.push_back({keyOf(Handle), Loop, ruleRef(Bound.Model)});
  }
  // The maps' order is their pointers': the facts must not depend on it.
  llvm::sort(F.Bindings, [](const facts::Binding &A, const facts::Binding &B) {
    return A.Handle < B.Handle;
  });
  for (const auto &[Promise, Nodes] : G.Completers)
    for (unsigned N : Nodes)
      F.Completers.push_back({keyOf(Promise), functionIndex(G.function(N))});
  // The map's order is its pointers': the facts must not depend on it.
  llvm::sort(F.Completers, [](const facts::Completer &A,
                              const facts::Completer &B) {
    return std::tie(A.Promise, A.Function) < std::tie(B.Promise, B.Function);
  });
}

} // namespace

llvm::StringRef factsPath(FileEntryRef File) {
  llvm::StringRef Real = File.getFileEntry().tryGetRealPathName();
  return Real.empty() ? File.getName() : Real;
}

llvm::StringRef factsPath(const SourceManager &SM, FileID File) {
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(File))
    return factsPath(*FE);
  return SM.getBufferName(SM.getLocForStartOfFile(File));
}

facts::FactsStamp factsStamp(const AnalysisOptions &Options) {
  // Which findings the program reports does not change the facts.
  AnalysisOptions Extraction = Options;
  Extraction.ReportUserInputModals = false;
  return {EVENTLOOP_FACTS_VERSION, llvm::xxh3_64bits(Extraction.fingerprint())};
}

std::unique_ptr<OwnedFacts> extractFacts(ASTContext &Ctx,
                                         const ModelIndex &Models,
                                         const ExtractOptions &Options) {
  auto Out = std::make_unique<OwnedFacts>();
  ASTGraph G = ASTGraph::build(Ctx, Models, Options.TopLevel);
  FactsWriter(Ctx, Models, G, *Out, Options).write();
  return Out;
}

} // namespace clang::tidy::eventloop
