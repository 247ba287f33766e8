//===--- HtmlPage.cpp - What every page of the HTML report shares ---------===//

#include "HtmlPage.h"

namespace clang::tidy::eventloop {

// One colour per role, the same in the index, the path and the source.
static const char Style[] = R"css(
:root { --warning: #b45309; --call: #475569; --sink: #b91c1c;
  --registration: #1d4ed8; --elided: #6b7280; --advice: #047857; }
body { font: 15px/1.45 system-ui, sans-serif; color: #1f2937; margin: 0;
  background: #f8fafc; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
nav { font-size: 0.9rem; margin-bottom: 0.5rem; }
h1 { font-size: 1.35rem; margin: 0.3rem 0; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; }
h3 { font: 600 0.95rem ui-monospace, monospace; margin: 0; padding: 0.4rem 0.7rem;
  background: #e2e8f0; border-radius: 6px 6px 0 0; }
a { color: #1d4ed8; }
code, pre, .code, .loc { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.loc { font-size: 0.85rem; color: #475569; }
.meta span { margin-right: 0.6rem; }
.tag { display: inline-block; padding: 0 0.45rem; border-radius: 999px;
  font-size: 0.8rem; background: #e2e8f0; color: #1e293b; }
.tag.error { background: #fee2e2; color: #991b1b; }
.num { display: inline-block; min-width: 1.4rem; height: 1.4rem; border-radius: 999px;
  color: #fff; text-align: center; font: 700 0.8rem/1.4rem system-ui, sans-serif;
  margin-right: 0.4rem; background: var(--call); }
.role { font-size: 0.75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.04em; margin-left: 0.4rem; }
.warning .num { background: var(--warning); } .warning .role { color: var(--warning); }
.sink .num { background: var(--sink); } .sink .role { color: var(--sink); }
.registration .num { background: var(--registration); }
.registration .role { color: var(--registration); }
.elided .num { background: var(--elided); }
ol.path { list-style: none; padding: 0; margin: 0; }
ol.path a { text-decoration: none; } ol.path a .loc { text-decoration: underline; }
ol.path li { padding: 0.3rem 0.6rem; border-left: 4px solid var(--call);
  background: #fff; margin-bottom: 2px; }
ol.path li.warning { border-color: var(--warning); }
ol.path li.sink { border-color: var(--sink); }
ol.path li.registration { border-color: var(--registration); }
ol.path li.elided { border-color: var(--elided); border-left-style: dashed; }
ul.advice { padding-left: 1.2rem; margin: 0; }
ul.advice li::marker { color: var(--advice); }
.file { background: #fff; border: 1px solid #cbd5e1; border-radius: 6px;
  margin-bottom: 1rem; overflow-x: auto; }
table.code { border-collapse: collapse; width: 100%; font-size: 13px; }
table.code td { padding: 0 0.6rem; vertical-align: top; }
td.ln { color: #94a3b8; text-align: right; user-select: none; width: 1%;
  border-right: 1px solid #e2e8f0; }
td.src { white-space: pre; tab-size: 8; }
tr.marked td.src { background: #f1f5f9; }
tr.marked.warning td.src { background: #fff7ed; }
tr.marked.sink td.src { background: #fef2f2; }
tr.marked.registration td.src { background: #eff6ff; }
span.at { outline: 2px solid var(--call); border-radius: 2px; }
tr.warning span.at { outline-color: var(--warning); }
tr.sink span.at { outline-color: var(--sink); }
tr.registration span.at { outline-color: var(--registration); }
tr.gap td { color: #94a3b8; background: #f8fafc; font-style: italic; }
.bubble { white-space: normal; font: 14px/1.4 system-ui, sans-serif;
  margin: 0.25rem 0 0.4rem; padding: 0.35rem 0.6rem; max-width: 60rem;
  border-left: 4px solid var(--call); background: #f8fafc;
  box-shadow: 0 1px 2px #0002; }
.bubble.warning { border-color: var(--warning); background: #fffbeb; }
.bubble.sink { border-color: var(--sink); background: #fef2f2; }
.bubble.registration { border-color: var(--registration); background: #eff6ff; }
.bubble .macro { font-size: 0.85rem; color: #475569; }
.bubble .step { float: right; margin-left: 0.8rem; font-size: 0.85rem; }
:target { scroll-margin-top: 4rem; }
.bubble:target { box-shadow: 0 0 0 3px #facc15; }
div.diff { background: #fff; border: 1px solid #cbd5e1; border-radius: 6px;
  padding: 0.5rem 0; font: 13px ui-monospace, "DejaVu Sans Mono", monospace;
  overflow-x: auto; margin: 0 0 0.6rem; }
div.diff div { white-space: pre; tab-size: 8; padding: 0 0.7rem; }
div.diff .head { font-weight: 700; }
div.diff .hunk { color: #6d28d9; background: #f5f3ff; }
div.diff .del { background: #fee2e2; } div.diff .add { background: #dcfce7; }
table.findings { border-collapse: collapse; width: 100%; background: #fff;
  font-size: 14px; }
table.findings th, table.findings td { text-align: left; padding: 0.3rem 0.5rem;
  border-bottom: 1px solid #e2e8f0; vertical-align: top; }
table.findings th { background: #e2e8f0; cursor: pointer; user-select: none;
  white-space: nowrap; }
table.findings td:first-child, table.findings td.loc { white-space: nowrap; }
table.findings td.message { min-width: 14rem; }
table.findings tr:hover td { background: #f1f5f9; }
.groups { display: flex; gap: 1rem; flex-wrap: wrap; align-items: flex-start; }
.groups table { border-collapse: collapse; background: #fff; font-size: 14px; }
.groups th, .groups td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #e2e8f0;
  text-align: left; }
.groups td.count { text-align: right; }
)css";

void beginPage(llvm::raw_ostream &OS, llvm::StringRef Title) {
  OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
        "charset=\"utf-8\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n"
     << "<title>" << Escaped{Title} << "</title>\n<style>" << Style
     << "</style>\n</head>\n<body>\n<main>\n";
}

void endPage(llvm::raw_ostream &OS) { OS << "</main>\n</body>\n</html>\n"; }

llvm::StringRef shownPath(llvm::StringRef Path, llvm::StringRef Root) {
  if (!Root.empty() && Path.starts_with(Root))
    return Path.drop_front(Root.size()).ltrim('/');
  return Path;
}

} // namespace clang::tidy::eventloop
