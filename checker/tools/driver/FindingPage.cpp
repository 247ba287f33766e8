//===--- FindingPage.cpp - One finding of the HTML report -----------------===//

#include "FindingPage.h"
#include "HtmlPage.h"
#include "PathHops.h"
#include "UnifiedDiff.h"
#include <map>
#include <set>

namespace clang::tidy::eventloop {

namespace {

/// A file of the path and the lines the page shows of it.
struct PathFile {
  llvm::StringRef Path;
  std::vector<const Hop *> Hops;
  /// Lines (from 1) of hops and advice, which the page shows.
  std::set<unsigned> Marked;
};

class FindingPage {
public:
  FindingPage(llvm::raw_ostream &OS, const HtmlFinding &F, const Program &P,
              SourceFiles &Sources, llvm::StringRef Root)
      : OS(OS), F(F), R(*F.R), P(P), Sources(Sources), Root(Root),
        Hops(hopsOf(R, P)), Advice(adviceOf(R, P)) {
    // A hop without a place (none is expected) has no line to go under.
    for (const Hop &H : Hops)
      if (!H.L.Path.empty())
        fileOf(H.L).Hops.push_back(&H);
    for (const Hop &A : Advice)
      if (!A.L.Path.empty())
        fileOf(A.L);
  }

  void write() {
    beginPage(OS, R.Message + " [" + R.Check.str() + "]");
    OS << "<nav><a href=\"index.html\">&larr; All findings</a></nav>\n";
    writeHeader();
    writePath();
    writeAdvice();
    writeFix();
    OS << "<section id=\"sources\">\n<h2>Source</h2>\n";
    for (size_t I = 0; I < Files.size(); ++I)
      writeFile(I);
    OS << "</section>\n";
    endPage(OS);
  }

private:
  PathFile &fileOf(const Located &L) {
    auto [It, New] = FileIndex.try_emplace(L.Path, Files.size());
    if (New)
      Files.push_back({L.Path, {}, {}});
    Files[It->second].Marked.insert(L.Line);
    return Files[It->second];
  }
  /// The anchor of line \p Line of \p Path's listing.
  std::string lineAnchor(llvm::StringRef Path, unsigned Line) const {
    return "f" + std::to_string(FileIndex.lookup(Path) + 1) + "-L" +
           std::to_string(Line);
  }
  std::string place(const Located &L) const {
    return (shownPath(L.Path, Root) + ":" + llvm::Twine(L.Line) + ":" +
            llvm::Twine(L.Column))
        .str();
  }
  static std::string classOf(const Hop &H) {
    std::string C = H.Warning ? "warning" : "";
    auto Add = [&](llvm::StringRef Word) {
      C += (C.empty() ? "" : " ") + Word.str();
    };
    if (H.Sink)
      Add("sink");
    if (H.Role == NoteRole::Registration)
      Add("registration");
    if (H.Role == NoteRole::Elided)
      Add("elided");
    if (C.empty())
      Add("call");
    return C;
  }
  static std::string roleOf(const Hop &H) {
    std::string Words = H.Warning ? "warning" : "";
    if (H.Sink)
      Words += Words.empty() ? "sink" : " &middot; sink";
    if (H.Role == NoteRole::Registration)
      Words = "registration";
    if (H.Role == NoteRole::Elided)
      Words = "elided";
    return Words;
  }

  void writeHeader() {
    Located L = locate(P, R.Loc);
    OS << "<header>\n<p class=\"meta\"><span class=\"tag\">" << Escaped{R.Check}
       << "</span><span class=\"tag\">" << Escaped{R.Framework} << "</span>"
       << (F.AsError ? "<span class=\"tag error\">error</span>" : "")
       << "</p>\n<h1>" << Escaped{R.Message} << "</h1>\n<p class=\"loc\">"
       << "<a href=\"#hop-1\">" << Escaped{place(L)} << "</a>";
    if (!R.Function.empty())
      OS << " in " << Escaped{R.Function};
    OS << "</p>\n</header>\n";
  }

  void writePath() {
    OS << "<section id=\"path\">\n<h2>Path</h2>\n<ol class=\"path\">\n";
    for (const Hop &H : Hops) {
      OS << "<li class=\"" << classOf(H) << "\"><a href=\"#hop-" << H.Number
         << "\"><span class=\"num\">" << H.Number
         << "</span> <span class=\"loc\">" << Escaped{place(H.L)}
         << "</span></a> " << Escaped{H.Text};
      if (std::string Role = roleOf(H); !Role.empty())
        OS << " <span class=\"role\">" << Role << "</span>";
      OS << "</li>\n";
    }
    OS << "</ol>\n</section>\n";
  }

  void writeAdvice() {
    if (Advice.empty())
      return;
    Located Warning = locate(P, R.Loc);
    OS << "<section id=\"advice\">\n<h2>Advice</h2>\n<ul class=\"advice\">\n";
    for (const Hop &A : Advice) {
      OS << "<li>" << Escaped{A.Text};
      if (!A.L.Path.empty() &&
          (A.L.Path != Warning.Path || A.L.Line != Warning.Line))
        OS << " <a class=\"loc\" href=\"#" << lineAnchor(A.L.Path, A.L.Line)
           << "\">" << Escaped{place(A.L)} << "</a>";
      OS << "</li>\n";
    }
    OS << "</ul>\n</section>\n";
  }

  void writeFix() {
    OS << "<section id=\"fix\">\n<h2>Fix-it</h2>\n";
    if (!R.Fix) {
      OS << "<p>No fix-it for this finding.</p>\n</section>\n";
      return;
    }
    std::map<std::string, tooling::Replacements> ByFile;
    for (const tooling::Replacement &E : F.Edits)
      llvm::consumeError(ByFile[E.getFilePath().str()].add(E));
    if (ByFile.empty())
      OS << "<p>The fix-it is left out: it conflicts with another "
            "finding's, or its file could not be read.</p>\n";
    for (const auto &[Path, Edits] : ByFile) {
      std::optional<llvm::StringRef> Code = Sources.contents(Path);
      if (!Code)
        continue;
      std::string Shown = shownPath(Path, Root).str();
      OS << "<div class=\"diff\">\n<div class=\"head\">--- a/" << Escaped{Shown}
         << "</div>\n<div class=\"head\">+++ b/" << Escaped{Shown}
         << "</div>\n";
      for (const DiffLine &D : unifiedDiff(*Code, Edits)) {
        const char *Class = D.Kind == '@'   ? "hunk"
                            : D.Kind == '-' ? "del"
                            : D.Kind == '+' ? "add"
                                            : "same";
        OS << "<div class=\"" << Class << "\">";
        if (D.Kind != '@')
          OS << D.Kind;
        OS << Escaped{D.Text} << "</div>\n";
      }
      OS << "</div>\n";
    }
    OS << "</section>\n";
  }

  /// Lines of \p File to show, from 1: whole when short, else the marked
  /// lines with their context.
  static std::vector<std::pair<unsigned, unsigned>>
  shownRanges(const PathFile &File, unsigned LineCount) {
    std::vector<std::pair<unsigned, unsigned>> Ranges;
    if (LineCount <= WholeFileLines)
      return {{1, LineCount}};
    for (unsigned Line : File.Marked) {
      unsigned Begin = Line > SourceContext ? Line - SourceContext : 1;
      unsigned End = std::min(LineCount, Line + SourceContext);
      // A gap of a line or two reads better shown than folded.
      if (!Ranges.empty() && Begin <= Ranges.back().second + 3)
        Ranges.back().second = std::max(Ranges.back().second, End);
      else
        Ranges.push_back({Begin, End});
    }
    return Ranges;
  }

  void writeFile(size_t Index) {
    const PathFile &File = Files[Index];
    OS << "<div class=\"file\" id=\"file-" << Index + 1 << "\">\n<h3>"
       << Escaped{shownPath(File.Path, Root)} << "</h3>\n";
    std::optional<llvm::StringRef> Code = Sources.contents(File.Path);
    if (!Code) {
      OS << "<p>The source is not at hand.</p>\n";
      for (const Hop *H : File.Hops)
        writeBubble(*H);
      OS << "</div>\n";
      return;
    }
    unsigned LineCount =
        llvm::count(*Code, '\n') + (!Code->empty() && !Code->ends_with("\n"));
    OS << "<table class=\"code\">\n";
    unsigned Next = 1;
    for (auto [Begin, End] : shownRanges(File, LineCount)) {
      if (Begin > Next)
        writeGap(Next, Begin - 1);
      for (unsigned Line = Begin; Line <= End; ++Line)
        writeLine(File, Line);
      Next = End + 1;
    }
    if (Next <= LineCount)
      writeGap(Next, LineCount);
    OS << "</table>\n</div>\n";
  }

  void writeGap(unsigned Begin, unsigned End) {
    OS << "<tr class=\"gap\"><td class=\"ln\">&#8942;</td><td>"
       << (Begin == End ? "line " + std::to_string(Begin)
                        : "lines " + std::to_string(Begin) + "&ndash;" +
                              std::to_string(End))
       << " not shown</td></tr>\n";
  }

  void writeLine(const PathFile &File, unsigned Line) {
    std::vector<const Hop *> Here;
    for (const Hop *H : File.Hops)
      if (H->L.Line == Line)
        Here.push_back(H);
    llvm::StringRef Text = Sources.line(File.Path, Line).value_or("");
    OS << "<tr id=\"" << lineAnchor(File.Path, Line) << "\"";
    if (!Here.empty()) {
      // The strongest mark colours the line: sink, warning, registration.
      const Hop *Main = Here.front();
      for (const Hop *H : Here)
        if (H->Sink || (!Main->Sink && H->Warning))
          Main = H;
      OS << " class=\"marked " << classOf(*Main) << "\"";
    }
    OS << "><td class=\"ln\">" << Line << "</td><td class=\"src\">";
    writeCode(Text, Here);
    OS << "</td></tr>\n";
    for (const Hop *H : Here) {
      OS << "<tr class=\"note\"><td class=\"ln\"></td><td>";
      writeBubble(*H);
      OS << "</td></tr>\n";
    }
  }

  /// \p Text with the token at each hop's column outlined.
  void writeCode(llvm::StringRef Text, llvm::ArrayRef<const Hop *> Here) {
    std::set<std::pair<size_t, size_t>> Spans;
    for (const Hop *H : Here) {
      size_t Begin = H->L.Column ? H->L.Column - 1 : 0;
      if (Begin >= Text.size())
        continue;
      size_t End = Begin;
      while (End < Text.size() &&
             (llvm::isAlnum(Text[End]) || Text[End] == '_' ||
              Text[End] == ':' || Text[End] == '~'))
        ++End;
      Spans.insert({Begin, std::max(End, Begin + 1)});
    }
    size_t At = 0;
    for (auto [Begin, End] : Spans) {
      if (Begin < At)
        continue;
      OS << Escaped{Text.slice(At, Begin)} << "<span class=\"at\">"
         << Escaped{Text.slice(Begin, End)} << "</span>";
      At = End;
    }
    OS << Escaped{Text.substr(At)};
  }

  void writeBubble(const Hop &H) {
    OS << "<div class=\"bubble " << classOf(H) << "\" id=\"hop-" << H.Number
       << "\"><span class=\"step\">";
    if (H.Number > 1)
      OS << "<a class=\"prev\" href=\"#hop-" << H.Number - 1 << "\">&lsaquo; "
         << H.Number - 1 << "</a>";
    if (H.Number > 1 && H.Number < Hops.size())
      OS << " &middot; ";
    if (H.Number < Hops.size())
      OS << "<a class=\"next\" href=\"#hop-" << H.Number + 1 << "\">"
         << H.Number + 1 << " &rsaquo;</a>";
    OS << "</span><span class=\"num\">" << H.Number << "</span> "
       << Escaped{H.Text};
    if (std::string Role = roleOf(H); !Role.empty())
      OS << " <span class=\"role\">" << Role << "</span>";
    for (const ShownNote &M : H.Macros)
      OS << "<div class=\"macro\">" << Escaped{M.Text}
         << " <span class=\"loc\">" << Escaped{place(locate(P, M.At))}
         << "</span></div>";
    OS << "</div>";
  }

  llvm::raw_ostream &OS;
  const HtmlFinding &F;
  const Report &R;
  const Program &P;
  SourceFiles &Sources;
  llvm::StringRef Root;
  std::vector<Hop> Hops, Advice;
  std::vector<PathFile> Files;
  llvm::StringMap<size_t> FileIndex;
};

} // namespace

void writeFindingPage(llvm::raw_ostream &OS, const HtmlFinding &F,
                      const Program &P, SourceFiles &Sources,
                      llvm::StringRef Root) {
  FindingPage(OS, F, P, Sources, Root).write();
}

} // namespace clang::tidy::eventloop
