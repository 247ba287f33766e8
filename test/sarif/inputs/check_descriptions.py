#!/usr/bin/env python3
"""Hold the SARIF rules of the eventloop checks to the module and the docs.

  check_descriptions.py LOG.sarif LIST-CHECKS.txt REPO

The rules with an eventloop- id must be exactly the checks that
`eventloop-tidy --list-checks` prints; each rule's shortDescription must be
the first paragraph of the page its helpUri names (under REPO). Exits 1 with
the difference otherwise.
"""

import json
import os
import sys


def first_paragraph(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    body = [l for l in lines if not l.startswith("#")]
    paragraph = []
    for line in body:
        if line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            break
    return " ".join(paragraph)


def main(log, listed, repo):
    with open(log, encoding="utf-8") as f:
        driver = json.load(f)["runs"][0]["tool"]["driver"]
    base = driver["informationUri"]
    rules = [r for r in driver["rules"] if r["id"].startswith("eventloop-")]
    with open(listed, encoding="utf-8") as f:
        checks = sorted(l.strip() for l in f if l.strip().startswith("eventloop-"))
    failed = False
    for r in rules:
        page = r["helpUri"][len(base):]
        want = first_paragraph(os.path.join(repo, page))
        if want != r["shortDescription"]["text"]:
            print("%s: the summary %r, its page %s says %r" % (
                r["id"], r["shortDescription"]["text"], page, want), file=sys.stderr)
            failed = True
            continue
        print("%s: summary and page agree, fix-its %s" % (r["id"], r["properties"]["fixIts"]))
    if sorted(r["id"] for r in rules) != checks:
        print("rules %s, the module registers %s" % (sorted(r["id"] for r in rules), checks),
              file=sys.stderr)
        failed = True
    print("%d rules, the module's %d checks" % (len(rules), len(checks)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
