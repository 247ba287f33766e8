//===--- CompileArguments.cpp - A TU's command for clang-tidy -------------===//

#include "CompileArguments.h"
#include "../../ClangCompat.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::eventloop {

tooling::CompileCommand adjustedCommand(tooling::CompileCommand Command,
                                        const ArgumentChanges &Changes,
                                        const ClangTidyOptions &File) {
  std::vector<std::string> &Args = Command.CommandLine;
  // The command line's, as CommonOptionsParser inserts them: before, after
  // the compiler's name; after, before a "--" that ends the options.
  tooling::ArgumentsAdjuster CommandLine = tooling::combineAdjusters(
      tooling::getInsertArgumentAdjuster(
          Changes.Before, tooling::ArgumentInsertPosition::BEGIN),
      tooling::getInsertArgumentAdjuster(Changes.After,
                                         tooling::ArgumentInsertPosition::END));
  Args = CommandLine(Args, Command.Filename);

  // Then every argument equal to a removed one, whichever added it.
  std::vector<std::string> Removed = Changes.Removed;
  llvm::append_range(Removed, configuredRemovedArgs(File));
  llvm::erase_if(Args, [&](const std::string &Arg) {
    return llvm::is_contained(Removed, Arg);
  });

  // Then the file's own, as clang-tidy's per-file adjuster puts them: before,
  // after the compiler's name when the command starts with one; after, at
  // the very end.
  if (File.ExtraArgsBefore) {
    auto At = Args.begin();
    if (At != Args.end() && !llvm::StringRef(*At).starts_with("-"))
      ++At;
    Args.insert(At, File.ExtraArgsBefore->begin(), File.ExtraArgsBefore->end());
  }
  if (File.ExtraArgs)
    llvm::append_range(Args, *File.ExtraArgs);
  return Command;
}

} // namespace clang::tidy::eventloop
