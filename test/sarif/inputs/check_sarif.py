#!/usr/bin/env python3
"""Check a SARIF log of eventloop-sarif against the text output of the same run.

  check_sarif.py results --sarif OUT.sarif --text OUT.txt
      [--expect-results N] [--expect-fixes N] [--expect-flows 3,2]
      [--expect-notifications N]
  check_sarif.py validation VALIDATOR.sarif

`results`: the log has one result per warning or error of the text output,
in order, with the same rule id, level, message and position (SARIF columns
are UTF-16 code units, clang's are bytes: the source line converts them);
relatedLocations are the notes in order; the code flow is the notes that the
analysis put on the path, as its path records say (--records: the file the
checks wrote through EVENTLOOP_TIDY_PATH_RECORDS; without it, a result must
have no code flow); a fix-it shown in the text is the
inserted text of a replacement of the result's first fix, at the column
where the text shows it, and applying the fix puts it into the file.

`validation`: the log that `Sarif.Multitool validate --output` wrote reports
no error and no warning (its exit status does not say so).

Exits 0 on success, 1 with a report on stderr.
"""

import argparse
import json
import os
import re
import sys
import urllib.parse
import urllib.request

DIAG_RE = re.compile(r"^(\S.*?):(\d+):(\d+): (warning|error|note): (.*)$")
NOLOC_RE = re.compile(r"^(warning|error): (.*) \[([^\]]+)\]$")
TAG_RE = re.compile(r"^(.*) \[([A-Za-z0-9_.+-]+)\]$")
SOURCE_LINE_RE = re.compile(r"^ *\d+ \| ")
GUTTER_RE = re.compile(r"^ +\| ?(.*)$")


class Mismatch(Exception):
    pass


def expect(cond, what):
    if not cond:
        raise Mismatch(what)


def parse_text(path):
    """Warnings and errors of clang-tidy's text output, each with its notes
    and the fix-it text shown under it (or None) and that text's column."""
    diags = []
    current = None
    after_caret = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f.read().splitlines():
            m = DIAG_RE.match(line)
            if m:
                path_, ln, col, kind, msg = m.groups()
                entry = {"file": os.path.realpath(path_), "line": int(ln),
                         "col": int(col), "message": msg}
                after_caret = False
                if kind == "note":
                    expect(diags, "a note before any warning: " + line)
                    diags[-1]["notes"].append(entry)
                    current = None
                    continue
                tag = TAG_RE.match(msg)
                expect(tag, "no [check] at the end of: " + line)
                entry.update(message=tag.group(1), rule=tag.group(2),
                             level=kind, notes=[], fixit=None, fixit_col=None)
                diags.append(entry)
                current = entry
                continue
            m = NOLOC_RE.match(line)
            if m:
                diags.append({"file": None, "message": m.group(2),
                              "rule": m.group(3), "level": m.group(1),
                              "notes": [], "fixit": None})
                current = None
                continue
            if current is None:
                continue
            if SOURCE_LINE_RE.match(line):
                after_caret = False
                continue
            g = GUTTER_RE.match(line)
            if not g:
                continue
            content = g.group(1)
            if not after_caret:
                if content.strip() and set(content.strip()) <= set("^~"):
                    after_caret = True
                continue
            if content.strip() and current["fixit"] is None:
                current["fixit"] = content.strip()
                current["fixit_col"] = len(content) - len(content.lstrip()) + 1
    return diags


class Log:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.doc = json.load(f)
        doc = self.doc
        expect(doc.get("$schema") == "https://json.schemastore.org/sarif-2.1.0.json",
               "$schema is %r" % doc.get("$schema"))
        expect(doc.get("version") == "2.1.0", "version is %r" % doc.get("version"))
        expect(len(doc.get("runs", [])) == 1, "not exactly one run")
        self.run = doc["runs"][0]
        expect(self.run.get("columnKind") == "utf16CodeUnits",
               "columnKind is %r" % self.run.get("columnKind"))
        self.bases = {}
        for name, loc in (self.run.get("originalUriBaseIds") or {}).items():
            uri = loc["uri"]
            expect(uri.startswith("file:///") and uri.endswith("/"),
                   "uriBaseId %s is not an absolute directory URI: %s" % (name, uri))
            self.bases[name] = urllib.request.url2pathname(urllib.parse.urlsplit(uri).path)
        self.sources = {}

    def path_of(self, physical):
        art = physical["artifactLocation"]
        uri = art["uri"]
        expect(urllib.parse.quote(urllib.parse.unquote(uri), safe="/:-._~") == uri
               or "%" in uri, "URI not percent-encoded: %r" % uri)
        if "uriBaseId" in art:
            expect(art["uriBaseId"] in self.bases, "undefined uriBaseId in %r" % art)
            expect(not uri.startswith("/") and ":" not in uri.split("/")[0],
                   "relative URI expected with a uriBaseId: %r" % uri)
            path = os.path.join(self.bases[art["uriBaseId"]],
                                urllib.request.url2pathname(uri))
        else:
            expect(uri.startswith("file:///"), "not an absolute file URI: %r" % uri)
            path = urllib.request.url2pathname(urllib.parse.urlsplit(uri).path)
        return os.path.realpath(path)

    def source(self, path):
        if path not in self.sources:
            with open(path, "rb") as f:
                self.sources[path] = f.read()
        return self.sources[path]

    def utf16_col(self, path, line, byte_col):
        """clang's byte column on a line, in UTF-16 code units."""
        data = self.source(path)
        text_line = re.split(rb"\r\n|\r|\n", data)[line - 1]
        prefix = text_line[:byte_col - 1].decode("utf-8", errors="replace")
        return sum(2 if ord(c) > 0xFFFF else 1 for c in prefix) + 1

    def ascii_line(self, path, line):
        return re.split(rb"\r\n|\r|\n", self.source(path))[line - 1].isascii()

    def same_place(self, location, entry, what):
        phys = location.get("physicalLocation")
        expect(phys, "%s has no physicalLocation" % what)
        path = self.path_of(phys)
        expect(path == entry["file"], "%s: file %s, text says %s" % (what, path, entry["file"]))
        region = phys["region"]
        expect(region.get("startLine") == entry["line"],
               "%s: startLine %s, text says %s" % (what, region.get("startLine"), entry["line"]))
        col = self.utf16_col(path, entry["line"], entry["col"])
        expect(region.get("startColumn") == col,
               "%s: startColumn %s, expected %s (byte column %s)"
               % (what, region.get("startColumn"), col, entry["col"]))
        end = region.get("endColumn")
        expect(end is None or (region.get("endLine", region["startLine"]) >= region["startLine"]
                               and end >= col), "%s: region ends before it starts" % what)

    def apply(self, path, replacements):
        """The file's text after the replacements (character offsets)."""
        text = self.source(path).decode("utf-8", errors="surrogateescape")
        units = text.encode("utf-16-le", errors="surrogatepass")
        for r in sorted(replacements, key=lambda r: -r["deletedRegion"]["charOffset"]):
            reg = r["deletedRegion"]
            start, length = reg["charOffset"], reg["charLength"]
            expect(0 <= start and start + length <= len(units) // 2,
                   "replacement outside the file: %r" % reg)
            units = (units[:2 * start]
                     + r.get("insertedContent", {}).get("text", "").encode("utf-16-le")
                     + units[2 * (start + length):])
        return units.decode("utf-16-le", errors="surrogatepass")

    def offset_to_line_col(self, path, char_offset):
        text = self.source(path).decode("utf-8", errors="replace")
        units = 0
        line, col = 1, 1
        for c in text:
            if units >= char_offset:
                break
            units += 2 if ord(c) > 0xFFFF else 1
            if c == "\n":
                line, col = line + 1, 1
            else:
                col += 2 if ord(c) > 0xFFFF else 1
        return line, col


def read_records(path):
    """The path records of the checks, by (check, file, message)."""
    records = {}
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                records.setdefault((r["check"], os.path.realpath(r["file"]), r["message"]), r)
    return records


def path_of(records, d):
    """The text's notes of diagnostic d that its record puts on the path."""
    r = records.get((d["rule"], d["file"], d["message"]))
    if r is None:
        return []
    path, i = [], 0
    for note in d["notes"]:
        if i < len(r["notes"]) and note["message"] == r["notes"][i]["message"]:
            if r["notes"][i]["role"] != "advice":
                path.append(note)
            i += 1
    expect(i == len(r["notes"]), "the text lacks notes of the record of %r" % d["message"])
    return path


def check_results(args):
    records = read_records(args.records)
    log = Log(args.sarif)
    run = log.run
    driver = run["tool"]["driver"]
    expect(driver.get("name") == "eventloop-tidy", "driver name %r" % driver.get("name"))
    expect(driver.get("version"), "driver has no version")
    rules = driver.get("rules", [])
    ids = [r["id"] for r in rules]
    for check in ("eventloop-reentrant-run", "eventloop-blocking-call", "eventloop-sync-client"):
        expect(check in ids, "no rule for " + check)
    for r in rules:
        expect(r.get("shortDescription", {}).get("text"), "rule %s has no summary" % r["id"])
        if "helpUri" in r:
            expect(urllib.parse.urlsplit(r["helpUri"]).scheme in ("https", "http"),
                   "helpUri of %s is not absolute: %r" % (r["id"], r["helpUri"]))
        if r["id"].startswith("eventloop-"):
            expect(r["helpUri"].endswith("docs/checks/%s.md" % r["id"][len("eventloop-"):]),
                   "helpUri of %s: %r" % (r["id"], r["helpUri"]))

    text = parse_text(args.text)
    located = [d for d in text if d["file"]]
    unlocated = [d for d in text if not d["file"]]
    results = run.get("results", [])
    expect(len(results) == len(located),
           "%d results, the text has %d warnings and errors" % (len(results), len(located)))
    notes = run["invocations"][0].get("toolExecutionNotifications", [])
    expect(len(notes) == len(unlocated),
           "%d notifications, the text has %d diagnostics without a place"
           % (len(notes), len(unlocated)))
    for n, d in zip(notes, unlocated):
        expect(n["message"]["text"] == d["message"], "notification %r" % n["message"]["text"])
        expect(n["level"] == d["level"], "notification level %r" % n["level"])
    if args.expect_results is not None:
        expect(len(results) == args.expect_results,
               "%d results, expected %d" % (len(results), args.expect_results))
    if args.expect_notifications is not None:
        expect(len(notes) == args.expect_notifications,
               "%d notifications, expected %d" % (len(notes), args.expect_notifications))

    flows, fixes = [], 0
    for i, (res, d) in enumerate(zip(results, located)):
        what = "result %d (%s:%d)" % (i, os.path.basename(d["file"]), d["line"])
        expect(res["ruleId"] == d["rule"], "%s: ruleId %s, text says %s" % (what, res["ruleId"], d["rule"]))
        expect(ids[res["ruleIndex"]] == res["ruleId"], "%s: ruleIndex does not name its rule" % what)
        expect(res["level"] in ("none", "note", "warning", "error"), "%s: level %r" % (what, res["level"]))
        expect(res["level"] == d["level"], "%s: level %s, text says %s" % (what, res["level"], d["level"]))
        expect(res["message"]["text"] == d["message"],
               "%s: message %r, text says %r" % (what, res["message"]["text"], d["message"]))
        expect(len(res.get("locations", [])) == 1, "%s: not one location" % what)
        log.same_place(res["locations"][0], d, what)

        related = res.get("relatedLocations", [])
        expect(len(related) == len(d["notes"]),
               "%s: %d relatedLocations, the text has %d notes" % (what, len(related), len(d["notes"])))
        for j, (rl, note) in enumerate(zip(related, d["notes"])):
            expect(rl.get("id") == j + 1, "%s: related location %d has id %r" % (what, j, rl.get("id")))
            expect(rl["message"]["text"] == note["message"],
                   "%s: related location %d says %r, the note %r"
                   % (what, j, rl["message"]["text"], note["message"]))
            log.same_place(rl, note, "%s, note %d" % (what, j))

        # The path: the notes the analysis gave a role on the path, in order.
        path = path_of(records, d)
        if path:
            cfs = res.get("codeFlows", [])
            expect(len(cfs) == 1 and len(cfs[0]["threadFlows"]) == 1,
                   "%s: not one code flow with one thread flow" % what)
            steps = cfs[0]["threadFlows"][0]["locations"]
            expect(len(steps) == len(path),
                   "%s: %d code flow steps, %d path notes" % (what, len(steps), len(path)))
            for j, (step, note) in enumerate(zip(steps, path)):
                expect(step["location"]["message"]["text"] == note["message"],
                       "%s: step %d says %r, the note %r"
                       % (what, j, step["location"]["message"]["text"], note["message"]))
                log.same_place(step["location"], note, "%s, step %d" % (what, j))
            flows.append(len(steps))
        else:
            expect("codeFlows" not in res, "%s: a code flow without a path" % what)

        if d["fixit"] is None:
            expect("fixes" not in res, "%s: fixes, but the text shows no fix-it" % what)
            continue
        fixes += 1
        expect(res.get("fixes"), "%s: no fixes, the text shows %r" % (what, d["fixit"]))
        fix = res["fixes"][0]
        expect(fix.get("description", {}).get("text"), "%s: fix without a description" % what)
        hits = []
        for change in fix["artifactChanges"]:
            fpath = log.path_of(change)
            for rep in change["replacements"]:
                if rep.get("insertedContent", {}).get("text") == d["fixit"]:
                    hits.append((fpath, rep))
        expect(len(hits) == 1, "%s: %d replacements insert the fix-it %r"
               % (what, len(hits), d["fixit"]))
        fpath, rep = hits[0]
        expect(fpath == d["file"], "%s: the fix-it is in %s" % (what, fpath))
        line, col = log.offset_to_line_col(fpath, rep["deletedRegion"]["charOffset"])
        expect(line == d["line"], "%s: the fix-it starts on line %d" % (what, line))
        if log.ascii_line(fpath, line):
            expect(col == d["fixit_col"], "%s: the fix-it starts at column %d, the text shows %d"
                   % (what, col, d["fixit_col"]))
        for change in fix["artifactChanges"]:
            cpath = log.path_of(change)
            fixed = log.apply(cpath, change["replacements"])
            if cpath == d["file"]:
                expect(d["fixit"] in fixed, "%s: the fixed file lacks the fix-it" % what)

    if args.expect_fixes is not None:
        expect(fixes == args.expect_fixes, "%d fix-its, expected %d" % (fixes, args.expect_fixes))
    if args.expect_flows is not None:
        want = [int(x) for x in args.expect_flows.split(",") if x]
        expect(flows == want, "code flow lengths %s, expected %s" % (flows, want))
    print("check_sarif: %d results, %d code flows, %d fixes, %d notifications match the text"
          % (len(results), len(flows), fixes, len(notes)))


def check_validation(args):
    with open(args.log, encoding="utf-8-sig") as f:
        doc = json.load(f)
    runs = doc.get("runs", [])
    expect(len(runs) == 1, "the validator's log has %d runs" % len(runs))
    run = runs[0]
    expect(run["tool"]["driver"]["name"] == "Sarif.Multitool", "not a Sarif.Multitool log")
    expect(all(inv.get("executionSuccessful") for inv in run.get("invocations", [])),
           "the validator did not run successfully")
    rules = {r["id"]: r for r in run["tool"]["driver"].get("rules", [])}
    bad = []
    for r in run.get("results", []):
        level = r.get("level", "warning")
        if level in ("error", "warning"):
            msg = r.get("message", {})
            text = msg.get("text")
            if text is None:
                # The validator writes a message id and arguments; its rule
                # holds the template.
                strings = rules.get(r.get("ruleId"), {}).get("messageStrings", {})
                text = strings.get(msg.get("id"), {}).get("text", "%s {0}" % msg.get("id"))
                for k, arg in enumerate(msg.get("arguments", [])):
                    text = text.replace("{%d}" % k, str(arg))
            bad.append("%s %s: %s" % (level, r.get("ruleId"), text))
    expect(not bad, "the validator reports:\n  " + "\n  ".join(bad))
    print("check_sarif: the validator reports no errors or warnings")


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="mode", required=True)
    r = sub.add_parser("results")
    r.add_argument("--sarif", required=True)
    r.add_argument("--text", required=True)
    r.add_argument("--expect-results", type=int)
    r.add_argument("--expect-fixes", type=int)
    r.add_argument("--expect-flows")
    r.add_argument("--expect-notifications", type=int)
    r.add_argument("--records")
    v = sub.add_parser("validation")
    v.add_argument("log")
    args = p.parse_args(argv)
    try:
        (check_results if args.mode == "results" else check_validation)(args)
    except Mismatch as e:
        print("check_sarif: " + str(e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
