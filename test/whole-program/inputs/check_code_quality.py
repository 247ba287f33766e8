#!/usr/bin/env python3
"""Check a GitLab Code Quality report against GitLab's documented format and
the SARIF log of the same run.

  check_code_quality.py REPORT.json LOG.sarif
      Each issue has description, check_name, fingerprint (unique),
      severity (info, minor, major, critical or blocker), location.path
      (relative) and location.lines.begin (a line from 1); the issues are the
      log's results in order, at their lines, with their fingerprints.
      Prints `path:line check severity fingerprint: description` per issue.
  check_code_quality.py --moved BEFORE.json AFTER.json
      The same findings before and after lines moved: prints how many
      fingerprints were kept and by how much the lines moved.

Exits 1 with the reason when something does not hold.
"""

import json
import sys

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def fail(what):
    print("check_code_quality: " + what, file=sys.stderr)
    sys.exit(1)


def load_issues(path):
    with open(path, encoding="utf-8") as f:
        issues = json.load(f)
    if not isinstance(issues, list):
        fail("the report is not a JSON array")
    for i, issue in enumerate(issues):
        for key, kind in (("description", str), ("check_name", str),
                          ("fingerprint", str), ("severity", str), ("location", dict)):
            if not isinstance(issue.get(key), kind):
                fail("issue %d: %s is not a %s" % (i, key, kind.__name__))
        if issue["severity"] not in SEVERITIES:
            fail("issue %d: severity %r" % (i, issue["severity"]))
        loc = issue["location"]
        if not isinstance(loc.get("path"), str) or loc["path"].startswith("/"):
            fail("issue %d: location.path %r is not relative" % (i, loc.get("path")))
        begin = loc.get("lines", {}).get("begin")
        if not isinstance(begin, int) or begin < 1:
            fail("issue %d: location.lines.begin %r" % (i, begin))
    prints = [i["fingerprint"] for i in issues]
    if len(set(prints)) != len(prints):
        fail("fingerprints are not unique: %s" % prints)
    return issues


def against_sarif(report, log):
    issues = load_issues(report)
    with open(log, encoding="utf-8") as f:
        results = json.load(f)["runs"][0]["results"]
    if len(results) != len(issues):
        fail("%d issues, %d SARIF results" % (len(issues), len(results)))
    for issue, res in zip(issues, results):
        phys = res["locations"][0]["physicalLocation"]
        want = (res["ruleId"], res["message"]["text"], phys["artifactLocation"]["uri"],
                phys["region"]["startLine"], res["partialFingerprints"]["eventloopFingerprint/v1"])
        got = (issue["check_name"], issue["description"], issue["location"]["path"],
               issue["location"]["lines"]["begin"], issue["fingerprint"])
        if want != got:
            fail("issue %s, the SARIF result %s" % (got, want))
        print("%s:%d %s %s %s: %s" % (got[2], got[3], got[0], issue["severity"], got[4], got[1]))
    print("%d issues, as the SARIF log" % len(issues))


def moved(before, after):
    a, b = load_issues(before), load_issues(after)
    lines_a = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in a}
    lines_b = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in b}
    kept = [p for p in lines_a if p in lines_b]
    shifts = sorted({lines_b[p] - lines_a[p] for p in kept})
    print("%d of %d fingerprints kept; lines moved by %s" % (
        len(kept), len(lines_a), ", ".join(str(s) for s in shifts)))


if __name__ == "__main__":
    if sys.argv[1] == "--moved":
        moved(sys.argv[2], sys.argv[3])
    else:
        against_sarif(sys.argv[1], sys.argv[2])
