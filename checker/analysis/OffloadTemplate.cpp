//===--- OffloadTemplate.cpp - The project's way to leave the loop --------===//

#include "OffloadTemplate.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::eventloop {

constexpr llvm::StringLiteral CallPlaceholder = "$call";
constexpr llvm::StringLiteral Arg0Placeholder = "$arg0";

/// Tokens that, outside brackets, would make the template bind more loosely
/// than the call it replaces (`a * $call + 1`), or end the expression.
static bool splitsExpression(const Token &T) {
  switch (T.getKind()) {
  case tok::semi:
  case tok::comma:
  case tok::question:
  case tok::colon:
  case tok::equal:
  case tok::plusequal:
  case tok::minusequal:
  case tok::starequal:
  case tok::slashequal:
  case tok::percentequal:
  case tok::ampequal:
  case tok::pipeequal:
  case tok::caretequal:
  case tok::lesslessequal:
  case tok::greatergreaterequal:
  case tok::plus:
  case tok::minus:
  case tok::star:
  case tok::slash:
  case tok::percent:
  case tok::amp:
  case tok::pipe:
  case tok::caret:
  case tok::ampamp:
  case tok::pipepipe:
  case tok::equalequal:
  case tok::exclaimequal:
  case tok::lessequal:
  case tok::greaterequal:
  case tok::spaceship:
  case tok::lessless:
  case tok::exclaim:
  case tok::tilde:
  case tok::plusplus:
  case tok::minusminus:
  case tok::periodstar:
  case tok::arrowstar:
    return true;
  case tok::raw_identifier:
    return llvm::is_contained({"co_await", "co_yield", "co_return", "throw",
                               "new", "delete", "sizeof", "alignof", "return"},
                              T.getRawIdentifier());
  default:
    return false;
  }
}

std::string OffloadTemplate::whyInvalid(llvm::StringRef Text) {
  if (Text.find_first_of("\r\n\v\f") != llvm::StringRef::npos)
    return "it must be one line";
  LangOptions Opts;
  Opts.CPlusPlus = Opts.CPlusPlus11 = Opts.CPlusPlus14 = Opts.CPlusPlus17 =
      Opts.CPlusPlus20 = true;
  Opts.LineComment = true;
  Opts.DollarIdents = true;
  Lexer Lex(SourceLocation(), Opts, Text.begin(), Text.begin(), Text.end());
  Lex.SetCommentRetentionState(true);
  llvm::SmallVector<tok::TokenKind, 8> Open;
  unsigned Calls = 0, Args0 = 0;
  Token T;
  while (true) {
    Lex.LexFromRawLexer(T);
    if (T.is(tok::eof))
      break;
    // The raw lexer stands just past the token it returned.
    llvm::StringRef Spelling(Lex.getBufferLocation() - T.getLength(),
                             T.getLength());
    switch (T.getKind()) {
    case tok::comment:
      return "it must not hold a comment";
    case tok::unknown:
      return "it holds '" + Spelling.str() + "', which is not C++";
    case tok::l_paren:
    case tok::l_square:
    case tok::l_brace:
      Open.push_back(T.getKind());
      continue;
    case tok::r_paren:
    case tok::r_square:
    case tok::r_brace: {
      tok::TokenKind Opener = T.is(tok::r_paren)    ? tok::l_paren
                              : T.is(tok::r_square) ? tok::l_square
                                                    : tok::l_brace;
      if (Open.empty() || Open.pop_back_val() != Opener)
        return "its brackets do not balance";
      continue;
    }
    case tok::raw_identifier:
      if (T.getRawIdentifier() == CallPlaceholder)
        ++Calls;
      else if (T.getRawIdentifier() == Arg0Placeholder)
        ++Args0;
      else if (T.getRawIdentifier().starts_with("$"))
        return "'" + T.getRawIdentifier().str() +
               "' is not a placeholder; use $call or $arg0";
      break;
    default:
      break;
    }
    if (Open.empty() && splitsExpression(T))
      return "'" + Spelling.str() +
             "' outside brackets would change what the replaced call means; "
             "write one expression that ends in a call, such as "
             "run(...).get()";
  }
  if (!Open.empty())
    return "its brackets do not balance";
  if (Calls == 0)
    return "it must contain the placeholder $call";
  if (Calls > 1)
    return "it holds $call more than once, which would run the call twice";
  if (Args0 > 1)
    return "it holds $arg0 more than once, which would evaluate the argument "
           "twice";
  return {};
}

std::string OffloadTemplate::fill(llvm::StringRef Call,
                                  llvm::StringRef Arg0) const {
  std::string Out;
  llvm::StringRef Rest = Text;
  while (!Rest.empty()) {
    size_t At = Rest.find('$');
    Out += Rest.substr(0, At).str();
    if (At == llvm::StringRef::npos)
      break;
    Rest = Rest.substr(At);
    if (Rest.consume_front(CallPlaceholder))
      Out += Call.str();
    else if (Rest.consume_front(Arg0Placeholder))
      Out += Arg0.str();
    else {
      Out += '$';
      Rest = Rest.drop_front();
    }
  }
  return Out;
}

} // namespace clang::tidy::eventloop
