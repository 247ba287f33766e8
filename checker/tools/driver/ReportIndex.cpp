//===--- ReportIndex.cpp - The index page of the HTML report --------------===//

#include "ReportIndex.h"
#include "HtmlPage.h"
#include "PathHops.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
#include <map>

namespace clang::tidy::eventloop {

// Filters by a group's link, sorts by a column's header (a cell's data-key
// when its text does not sort right).
static const char Script[] = R"js(
const rows = [...document.querySelectorAll('#findings tbody tr')];
const shown = document.getElementById('shown');
function filter(key, value) {
  let n = 0;
  for (const r of rows) { r.hidden = value !== null && r.dataset[key] !== value; n += !r.hidden; }
  shown.textContent = value === null ? '' : n + ' shown: ' + key + ' ' + value + ' ';
  document.getElementById('all').hidden = value === null;
}
for (const a of document.querySelectorAll('a[data-filter]'))
  a.onclick = e => { e.preventDefault(); filter(a.dataset.filter, a.dataset.value); };
document.getElementById('all').onclick = e => { e.preventDefault(); filter(null, null); };
let sorted = -1;
for (const th of document.querySelectorAll('#findings th')) th.onclick = () => {
  const c = th.cellIndex, down = sorted === c;
  const key = r => r.cells[c].dataset.key ?? r.cells[c].textContent;
  rows.sort((a, b) => key(a).localeCompare(key(b), undefined, {numeric: true}) * (down ? -1 : 1));
  sorted = down ? -1 : c;
  rows.forEach(r => r.parentNode.appendChild(r));
};
)js";

namespace {
/// Findings per value of one column, most first.
struct Group {
  const char *Title, *Key;
  std::map<std::string, unsigned> Counts;
};
} // namespace

static void writeGroup(llvm::raw_ostream &OS, const Group &G) {
  std::vector<std::pair<std::string, unsigned>> Rows(G.Counts.begin(),
                                                     G.Counts.end());
  llvm::sort(Rows, [](const auto &A, const auto &B) {
    return std::tie(B.second, A.first) < std::tie(A.second, B.first);
  });
  OS << "<table>\n<tr><th>" << G.Title << "</th><th>findings</th></tr>\n";
  for (const auto &[Value, Count] : Rows)
    OS << "<tr><td><a href=\"#\" data-filter=\"" << G.Key << "\" data-value=\""
       << Escaped{Value} << "\">" << Escaped{Value}
       << "</a></td><td class=\"count\">" << Count << "</td></tr>\n";
  OS << "</table>\n";
}

void writeIndex(llvm::raw_ostream &OS, llvm::ArrayRef<IndexEntry> Entries,
                const Program &P, llvm::StringRef Root) {
  Group Checks{"Check", "check", {}}, Frameworks{"Framework", "framework", {}},
      Files{"File", "file", {}};
  for (const IndexEntry &E : Entries) {
    const Report &R = *E.F->R;
    ++Checks.Counts[R.Check.str()];
    ++Frameworks.Counts[R.Framework.str()];
    ++Files.Counts[shownPath(locate(P, R.Loc).Path, Root).str()];
  }
  beginPage(OS, "eventloop-tidy report");
  OS << "<h1>eventloop-tidy report</h1>\n<p>" << Entries.size() << " finding"
     << (Entries.size() == 1 ? "" : "s") << " in " << Files.Counts.size()
     << " file" << (Files.Counts.size() == 1 ? "" : "s");
  if (!Root.empty())
    OS << ", below <code>" << Escaped{Root} << "</code>";
  OS << ".</p>\n<div class=\"groups\">\n";
  for (const Group *G : {&Checks, &Frameworks, &Files})
    writeGroup(OS, *G);
  OS << "</div>\n<h2>Findings</h2>\n<p><span id=\"shown\"></span>"
     << "<a href=\"#\" id=\"all\" hidden>show all</a></p>\n"
     << "<table class=\"findings\" id=\"findings\">\n<thead><tr><th>Check</th>"
     << "<th>Framework</th><th>Place</th><th>Function</th><th>Finding</th>"
     << "<th>Hops</th><th>Files</th><th>Fix-it</th></tr></thead>\n<tbody>\n";
  for (const IndexEntry &E : Entries) {
    const Report &R = *E.F->R;
    Located L = locate(P, R.Loc);
    std::string File = shownPath(L.Path, Root).str();
    std::vector<Hop> Hops = hopsOf(R, P);
    llvm::StringSet<> PathFiles;
    for (const Hop &H : Hops)
      PathFiles.insert(H.L.Path);
    OS << "<tr data-check=\"" << Escaped{R.Check} << "\" data-framework=\""
       << Escaped{R.Framework} << "\" data-file=\"" << Escaped{File}
       << "\"><td>" << Escaped{R.Check} << "</td><td>" << Escaped{R.Framework}
       << "</td><td class=\"loc\" data-key=\"" << Escaped{File}
       << llvm::format(":%08u:%08u", L.Line, L.Column) << "\">" << Escaped{File}
       << ':' << L.Line << ':' << L.Column << "</td><td>" << Escaped{R.Function}
       << "</td><td class=\"message\"><a href=\"" << E.Page << "\">"
       << Escaped{R.Message} << "</a></td><td>" << Hops.size() << "</td><td>"
       << PathFiles.size() << "</td><td>"
       << (!R.Fix               ? ""
           : E.F->Edits.empty() ? "left out"
                                : "yes")
       << "</td></tr>\n";
  }
  OS << "</tbody>\n</table>\n<script>" << Script << "</script>\n";
  endPage(OS);
}

} // namespace clang::tidy::eventloop
