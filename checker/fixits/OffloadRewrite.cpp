//===--- OffloadRewrite.cpp - Rewrite a call into offload form ------------===//

#include "OffloadRewrite.h"
#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/Twine.h"

namespace clang::tidy::eventloop {

std::string checkOffloadHeader(llvm::StringRef Header) {
  if (Header.empty())
    return {};
  if (!(Header.starts_with("<") && Header.ends_with(">")) &&
      !(Header.starts_with("\"") && Header.ends_with("\"") &&
        Header.size() > 1))
    return "write it as <header> or \"header\"";
  llvm::StringRef Path = Header.drop_front().drop_back();
  if (Path.empty())
    return "the header name is empty";
  for (char C : Path)
    if (!isAlphanumeric(C) && !llvm::StringRef("_-./+").contains(C))
      return "the header name holds '" + llvm::Twine(C).str() +
             "'; write a path of letters, digits and _ - . / +";
  return {};
}

std::string whyNoRewrite(const facts::Rewrite &R) {
  switch (R.Reason) {
  case facts::Rewrite::Ok:
  case facts::Rewrite::NoText:
    return {};
  case facts::Rewrite::NotCxx:
    return "C code gets no C++ rewrite";
  case facts::Rewrite::Macro:
    return "the call is in a macro expansion";
  case facts::Rewrite::SystemFile:
    return "the call is in a system header";
  case facts::Rewrite::SpansFiles:
    return "the call spans files";
  }
  llvm_unreachable("a rewrite reason without words");
}

std::optional<std::string> OffloadEdit::text(
    llvm::function_ref<std::optional<std::string>(const facts::Span &)> TextOf)
    const {
  if (Declaration)
    return Type + " " + Variable + " = " +
           Template.fill(Type + "(" + Arguments + ")");
  std::optional<std::string> Call = TextOf(Range);
  if (!Call || Call->empty())
    return std::nullopt;
  std::string First;
  if (Template.text().contains("$arg0")) {
    std::optional<std::string> Arg = Arg0.valid() ? TextOf(Arg0) : std::nullopt;
    if (!Arg)
      return std::nullopt;
    First = std::move(*Arg);
  }
  return Template.fill(*Call, First);
}

std::optional<OffloadEdit> offloadCall(const facts::Rewrite &R, unsigned Unit,
                                       const OffloadTemplate &Template) {
  if (R.Reason != facts::Rewrite::Ok || !R.Call.valid())
    return std::nullopt;
  if (Template.text().contains("$arg0") && !R.Arg0.valid())
    return std::nullopt;
  OffloadEdit E;
  E.Unit = Unit;
  E.Range = R.Call;
  E.Template = Template;
  E.Arg0 = R.Arg0;
  return E;
}

std::optional<OffloadEdit>
offloadConstruction(const facts::Rewrite &R, const facts::TUFacts &Facts,
                    unsigned Unit, const OffloadTemplate &Template) {
  const facts::DeclarationRewrite *D = facts::declaration(Facts, R);
  if (R.Reason != facts::Rewrite::Ok || !D || !D->Whole.valid())
    return std::nullopt;
  OffloadEdit E;
  E.Unit = Unit;
  E.Range = D->Whole;
  E.Template = Template;
  E.Declaration = true;
  E.Type = D->Type.str();
  E.Variable = D->Variable.str();
  E.Arguments = D->Arguments.str();
  return E;
}

} // namespace clang::tidy::eventloop
