//===--- NamedMember.h - The member function an operand names ---*- C++ -*-===//
//
// Some APIs take a member function as a value rather than a callable to run:
// the signal of a connection, the method that a string names. The analysis
// needs to know which one: what starts a callback (a button's clicked, a
// socket's readyRead) and which method a string-named slot is. With it, the
// questions about the classes involved: the class of an operand, whether a
// class derives from one the models name (a signal declared by a D-Bus
// proxy, a connection made by a dialog on its own `this`).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_NAMEDMEMBER_H
#define EVENTLOOP_TIDY_EXTRACT_NAMEDMEMBER_H

#include "../analysis/ModelIndex.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::eventloop {

/// A member function that an operand names, and how the code named it.
struct NamedMember {
  const CXXMethodDecl *Method = nullptr;
  /// The class the code names it through (`&QTcpSocket::readyRead`, or the
  /// object's class for a string), which may derive from Method's.
  const CXXRecordDecl *Through = nullptr;
  explicit operator bool() const { return Method; }
  /// How messages name it: "QTcpSocket::readyRead".
  std::string name() const;
};

/// The member function \p E names: `&Class::member`, through parentheses,
/// casts and calls that only select an overload (a call whose one argument
/// of member-pointer type is what it returns); or a method named by a string
/// as `"2clicked()"` or `"onTick"` writes it (an optional code digit, the
/// name, then perhaps its parameter list), looked up in the class of
/// \p Object and its bases.
NamedMember namedMember(const Expr *E, const Expr *Object);

/// The method named \p Name in \p Class or, nearest first, its bases.
const CXXMethodDecl *findMethod(const CXXRecordDecl *Class,
                                llvm::StringRef Name);

/// The class of the object \p E points to or is (its definition, the
/// argument's own type rather than a base it is converted to), or null.
const CXXRecordDecl *classOf(const Expr *E);

/// The classes an inherited method is called through: for `box.exec()` on
/// a QMessageBox, whose exec is QDialog's, QMessageBox; from the class of
/// \p Call's object down to, not including, the class that declares
/// \p Method, most derived first. Empty when the object's class declares
/// it, or for a call that is not of a method.
llvm::SmallVector<const CXXRecordDecl *, 2>
classesCalledThrough(const Expr *Call, const CXXMethodDecl *Method);

/// Of two classes of one object, the one that derives from the other (or
/// \p A when neither does); either may be null.
const CXXRecordDecl *moreDerived(const CXXRecordDecl *A,
                                 const CXXRecordDecl *B);

/// Is \p RD, or one of its bases, a class that \p Is accepts?
bool derivesFrom(const CXXRecordDecl *RD,
                 llvm::function_ref<bool(const CXXRecordDecl *)> Is,
                 unsigned Depth = 0);

/// Is \p RD, or one of its bases, a class that \p Table names?
bool derivesFromNamed(const CXXRecordDecl *RD,
                      const RuleTable<llvm::StringRef> &Table);

/// Is \p RD made for one window that \p Windows names: does every
/// constructor it declares, other than a copy or a move, take a pointer or
/// a reference to such a window, and is there one (a settings dialog's
/// page, `Page(SettingsDialog *dialog, QWidget *parent)`)?
bool madeForWindow(const CXXRecordDecl *RD,
                   const RuleTable<llvm::StringRef> &Windows);

/// Is \p Object the caller's `this`, of a class that \p Windows names or
/// derives from one (a dialog's own slot, a widget's own start), or, with
/// \p Parts, of a part of such a window: a class that \p Parts names or
/// derives from one, made for the window (madeForWindow) or derived from
/// a class that is?
bool isOwnWindow(const Expr *Object, const RuleTable<llvm::StringRef> &Windows,
                 const RuleTable<llvm::StringRef> *Parts = nullptr);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_NAMEDMEMBER_H
