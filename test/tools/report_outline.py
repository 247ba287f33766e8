#!/usr/bin/env python3
"""Prints the outline of run-eventloop-tidy's HTML report in DIR, one fact a
line, for FileCheck: the index's rows, then for each finding page (in the
index's order) its warning, its path, its advice, its fix-it's diff, and
each file of its source with the hops drawn in it (in the order they stand
in the page, with the links to the hop before and after).

It fails when the HTML does not nest, when a page links to an anchor that no
element has, or when the hops of the path list are not 1..n.

Usage: report_outline.py DIR
"""
import html.parser
import os
import sys

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def classes(self):
        return self.attrs.get("class", "").split()

    def text(self):
        return "".join(c if isinstance(c, str) else c.text()
                       for c in self.children)

    def all(self, tag=None, cls=None):
        for c in self.children:
            if isinstance(c, Element):
                if (tag is None or c.tag == tag) and (cls is None or cls in c.classes()):
                    yield c
                yield from c.all(tag, cls)

    def first(self, tag=None, cls=None):
        return next(self.all(tag, cls), None)


class Builder(html.parser.HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.root = self.at = Element("#document", [], None)

    def handle_starttag(self, tag, attrs):
        e = Element(tag, attrs, self.at)
        self.at.children.append(e)
        if tag not in VOID:
            self.at = e

    def handle_endtag(self, tag):
        if self.at.tag != tag:
            sys.exit("%s: </%s> closes <%s>" % (self.name, tag, self.at.tag))
        self.at = self.at.parent

    def handle_data(self, data):
        self.at.children.append(data)


def parse(path):
    b = Builder(os.path.basename(path))
    with open(path, encoding="utf-8") as f:
        b.feed(f.read())
    b.close()
    if b.at is not b.root:
        sys.exit("%s: <%s> is not closed" % (b.name, b.at.tag))
    return b.root


def check_anchors(name, doc):
    ids = {e.attrs["id"] for e in doc.all() if "id" in e.attrs}
    for a in doc.all("a"):
        href = a.attrs.get("href", "")
        if href.startswith("#") and len(href) > 1 and href[1:] not in ids:
            sys.exit("%s: a link to %s, which no element has" % (name, href))


def outline_page(name, doc, out):
    check_anchors(name, doc)
    out.append("page " + name)
    out.append("tags: " + " ".join(t.text() for t in doc.all("span", "tag")))
    out.append("warning: " + doc.first("h1").text())
    path = doc.first("ol", "path")
    for n, li in enumerate(path.all("li"), 1):
        num = li.first("span", "num").text()
        if num != str(n):
            sys.exit("%s: hop %s stands %d in the path" % (name, num, n))
        loc = li.first("span", "loc").text()
        role = li.first("span", "role")
        text = li.text()[len(li.first("a").text()):].strip()
        if role:
            text = text[:-len(role.text())]
        out.append("path %s %s %s: %s" % (num, li.attrs["class"], loc, text.strip()))
    for ul in doc.all("ul", "advice"):
        for item in ul.all("li"):
            out.append("advice: " + item.text())
    fix = [s for s in doc.all("section") if s.attrs.get("id") == "fix"][0]
    for p in fix.all("p"):
        out.append("fix: " + p.text())
    for d in fix.all("div", "diff"):
        for line in d.all("div"):
            out.append("diff %s|%s" % (line.attrs["class"], line.text()))
    for f in doc.all("div", "file"):
        out.append("file %s: %s" % (f.attrs["id"], f.first("h3").text()))
        line = None
        for e in f.all():
            if e.tag == "tr" and e.attrs.get("id", "").startswith("f"):
                line = e.attrs["id"].split("-L")[1]
            if e.tag == "div" and "bubble" in e.classes():
                prev = e.first("a", "prev")
                nxt = e.first("a", "next")
                out.append("  %s line %s %s prev=%s next=%s" % (
                    e.attrs["id"], line, " ".join(e.classes()[1:]),
                    prev.attrs["href"] if prev else "-",
                    nxt.attrs["href"] if nxt else "-"))


def main():
    folder = sys.argv[1]
    index = parse(os.path.join(folder, "index.html"))
    check_anchors("index.html", index)
    out = ["index: " + index.first("p").text()]
    pages = []
    for row in index.first("table", "findings").all("tr"):
        cells = [c.text() for c in row.all("td")]
        if not cells:
            continue
        link = row.first("a")
        pages.append(link.attrs["href"])
        out.append("row " + " | ".join(cells))
    for page in pages:
        outline_page(page, parse(os.path.join(folder, page)), out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
