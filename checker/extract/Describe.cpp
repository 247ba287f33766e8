//===--- Describe.cpp - How diagnostics name code -------------------------===//

#include "Describe.h"
#include "../analysis/QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Type.h"

namespace clang::tidy::eventloop {

SourceLocation siteLocation(const Expr *E) {
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    return OC->getBeginLoc();
  if (const auto *CC = dyn_cast<CXXConstructExpr>(E))
    return CC->getLocation();
  // The called name, past any qualifier: `post` in `boost::asio::post(...)`.
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const Expr *Callee = CE->getCallee()->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
      return DRE->getLocation();
    // An implicit conversion (`int v = future;`) names no member.
    if (const auto *ME = dyn_cast<MemberExpr>(Callee);
        ME && ME->getMemberLoc().isValid())
      return ME->getMemberLoc();
  }
  return E->getExprLoc().isValid() ? E->getExprLoc() : E->getBeginLoc();
}

std::string apiName(const FunctionDecl *Callee, const Expr *Call,
                    const ModelIndex *Models, const CXXRecordDecl *Through) {
  if (Call && Models) {
    std::string Dispatched = dispatchedName(Call, *Models);
    if (!Dispatched.empty())
      return Dispatched;
  }
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee)) {
    // A method named through the class whose rule matched it (a
    // QMessageBox's exec, which is QDialog's); else a method of a library's
    // internal base class (libstdc++'s __basic_future::wait) is named by
    // the class it was called on.
    llvm::StringRef Class =
        Through ? Through->getName() : MD->getParent()->getName();
    if (!Through && Class.starts_with("_"))
      if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Call))
        if (const CXXRecordDecl *RD = MC->getImplicitObjectArgument()
                                          ->getType()
                                          .getNonReferenceType()
                                          ->getAsCXXRecordDecl())
          Class = RD->getName();
    return Class.str() + "::" + lastNamePart(MD);
  }
  return qualifiedName(Callee);
}

/// \p Args as a diagnostic prints them ("<int>", "<(lambda)>"), after \p
/// Name.
static std::string withArguments(std::string Name, const ASTContext &Context,
                                 llvm::ArrayRef<TemplateArgument> Args) {
  PrintingPolicy Policy = Context.getPrintingPolicy();
  // A lambda's type is "(lambda)", not the place of the lambda.
  Policy.AnonymousTagLocations = false;
  llvm::raw_string_ostream OS(Name);
  printTemplateArgumentList(OS, Args, Policy);
  return Name;
}

std::string describeClass(const CXXRecordDecl *RD) {
  std::string Name = RD->getName().str();
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return withArguments(std::move(Name), RD->getASTContext(),
                         Spec->getTemplateArgs().asArray());
  return Name;
}

std::string describeFunction(const FunctionDecl *FD) {
  std::string Name = lastNamePart(FD);
  if (const TemplateArgumentList *Args = FD->getTemplateSpecializationArgs())
    Name = withArguments(std::move(Name), FD->getASTContext(), Args->asArray());
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    if (MD->getParent()->isLambda())
      return "the lambda";
    if (!MD->getParent()->getName().empty())
      return "'" + describeClass(MD->getParent()) + "::" + Name + "'";
  }
  return "'" + Name + "'";
}

/// Strips temporaries and conversions around an object expression.
static const Expr *stripObject(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(Next);
             C && C->getNumArgs() == 1)
      Next = C->getArg(0);
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(Next))
      Next = F->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

static llvm::StringRef literalArg(const CallExpr *CE) {
  if (CE->getNumArgs() < 1)
    return {};
  if (const auto *SL = dyn_cast<StringLiteral>(stripObject(CE->getArg(0))))
    return SL->getString();
  return {};
}

/// `obj.attr("name")` as the callee object of a call: the attr call.
static const CXXMemberCallExpr *attrCall(const Expr *Call,
                                         const ModelIndex &Models) {
  const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(Call);
  if (!OC || OC->getOperator() != OO_Call || OC->getNumArgs() < 1)
    return nullptr;
  const auto *MC = dyn_cast<CXXMemberCallExpr>(stripObject(OC->getArg(0)));
  if (!MC || !MC->getMethodDecl() ||
      !ModelIndex::names(Models.AttributeLookups, MC->getMethodDecl()))
    return nullptr;
  return literalArg(MC).empty() ? nullptr : MC;
}

llvm::StringRef dispatchedAttribute(const Expr *Call,
                                    const ModelIndex &Models) {
  const CXXMemberCallExpr *MC = attrCall(Call, Models);
  return MC ? literalArg(MC) : llvm::StringRef();
}

/// The module named by `import("m")`, directly or through a variable.
static llvm::StringRef importedModule(const Expr *E, const ModelIndex &Models,
                                      unsigned Depth = 0) {
  E = stripObject(E);
  if (!E || Depth > 4)
    return {};
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (FD && ModelIndex::names(Models.ModuleImports, FD))
      return literalArg(CE);
    return {};
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->getInit())
        return importedModule(VD->getInit(), Models, Depth + 1);
  return {};
}

std::string dispatchedName(const Expr *Call, const ModelIndex &Models) {
  const CXXMemberCallExpr *MC = attrCall(Call, Models);
  if (!MC)
    return {};
  llvm::StringRef Module =
      importedModule(MC->getImplicitObjectArgument(), Models);
  return Module.empty() ? literalArg(MC).str()
                        : (Module + "." + literalArg(MC)).str();
}

bool attributeMatches(llvm::StringRef RuleAttribute, const Expr *Call,
                      const ModelIndex &Models) {
  if (RuleAttribute.contains('.'))
    return dispatchedName(Call, Models) == RuleAttribute;
  return dispatchedAttribute(Call, Models) == RuleAttribute;
}

} // namespace clang::tidy::eventloop
