#!/usr/bin/env python3
"""Hold the SARIF rules of the eventloop checks to the module and the docs.

  check_descriptions.py LOG.sarif LIST-CHECKS.txt DUMP-CONFIG.yaml REPO

The rules with an eventloop- id must be exactly the checks that
`eventloop-tidy --list-checks` prints; each rule's shortDescription must be
the first paragraph of the page its helpUri names (under REPO); each rule's
properties.options must be exactly the options, with their defaults, that
`eventloop-tidy --dump-config` writes for that check, and each option must
be in the options table of the check's page or of docs/options.md with
that default. Exits 1 with the
difference otherwise.
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


def dumped_options(path):
    """{check: {option: default}} from --dump-config's CheckOptions."""
    options = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, sep, value = line.strip().partition(": ")
            check, dot, name = key.partition(".")
            if not sep or not dot or not check.startswith("eventloop-"):
                continue
            if len(value) >= 2 and value[0] == value[-1] == "'":
                value = value[1:-1].replace("''", "'")
            options.setdefault(check, {})[name] = value
    return options


def documented_defaults(path):
    """{option: default} from the rows `| `Name` | default | meaning |` of a page."""
    defaults = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not cells[0].startswith("`"):
                continue
            default = cells[1]
            if default.startswith("(empty"):
                default = ""
            defaults[cells[0].strip("`")] = default.strip("`")
    return defaults


def main(log, listed, dumped, repo):
    with open(log, encoding="utf-8") as f:
        driver = json.load(f)["runs"][0]["tool"]["driver"]
    base = driver["informationUri"]
    rules = [r for r in driver["rules"] if r["id"].startswith("eventloop-")]
    with open(listed, encoding="utf-8") as f:
        checks = sorted(l.strip() for l in f if l.strip().startswith("eventloop-"))
    dumped = dumped_options(dumped)
    failed = False
    for r in rules:
        page = r["helpUri"][len(base):]
        want = first_paragraph(os.path.join(repo, page))
        if want != r["shortDescription"]["text"]:
            print("%s: the summary %r, its page %s says %r" % (
                r["id"], r["shortDescription"]["text"], page, want), file=sys.stderr)
            failed = True
            continue
        options = r["properties"]["options"]
        if options != dumped.get(r["id"]):
            print("%s: options %r, --dump-config writes %r" % (
                r["id"], options, dumped.get(r["id"])), file=sys.stderr)
            failed = True
            continue
        documented = documented_defaults(os.path.join(repo, page))
        documented.update(documented_defaults(os.path.join(repo, "docs/options.md")))
        wrong = ["%s documented as %r" % (o, documented.get(o)) for o, d in options.items()
                 if documented.get(o) != d]
        if wrong:
            print("%s: %s" % (r["id"], "; ".join(wrong)), file=sys.stderr)
            failed = True
            continue
        print("%s: summary and page agree, fix-its %s, %d options as --dump-config writes them"
              % (r["id"], r["properties"]["fixIts"], len(options)))
    if sorted(r["id"] for r in rules) != checks:
        print("rules %s, the module registers %s" % (sorted(r["id"] for r in rules), checks),
              file=sys.stderr)
        failed = True
    print("%d rules, the module's %d checks" % (len(rules), len(checks)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
