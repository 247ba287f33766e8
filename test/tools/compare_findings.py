#!/usr/bin/env python3
"""Split invariance: a single-file test and the same code split into several
TUs must give the same findings, line numbers and file names aside.

Usage (from a lit RUN line):

  compare_findings.py --eventloop-tidy BIN --run-eventloop-tidy BIN \\
      --repo REPO --tmp DIR [--subst NAME=VALUE...] [--jobs N] [--drafts] \\
      CASE_DIR...

Each CASE_DIR (or each folder in it, when it has no case.json of its own)
holds the split sources (TUs and headers) and a case.json:

  {
    "original": "test/libuv/helper-path.c",   # the single-file test, from REPO
    "copy": ["test/qt/inputs/qt_wait.h"],     # files its RUN line --copy's, for both (optional)
    "checks": "eventloop-reentrant-run",      # its RUN line's --checks
    "config": "{CheckOptions: {...}}",        # its RUN line's --config (optional)
    "flags": ["-x", "c", "-std=c11"],         # its compiler flags; %NAME is a --subst
    "sources": ["main.c", "helpers.c"]        # the split TUs, in this order
  }

eventloop-tidy runs on a copy of the original (CHECK comments blanked, as
check_tidy.py does), run-eventloop-tidy on the split TUs. Both outputs are
normalised: paths, line:col and the source excerpts go; severities,
messages, check names and note texts stay, each warning with its notes in
order. The findings are then compared as a multiset (the split moves them to
other files, which changes their order). On a mismatch the diff is printed,
and run-eventloop-tidy is run on the original as one TU too, to tell a
difference of the split from one of the driver.
A case that differs today for a known reason is kept aside: its spec is
named case.xfail-draft.json, which only --drafts runs.
Exit status: 0 when every case matches, 1 otherwise.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

# Excerpt lines ("   12 | code", "      |   ^") start with whitespace, so a
# diagnostic's path must not.
DIAG_RE = re.compile(r"^(\S.*?):(\d+):(\d+): (warning|error|note): (.*)$")
FIXIT_NOTE = "FIX-IT applied suggested code changes"
BLANK_RE = re.compile(r"//\s*CHECK-[A-Za-z0-9_-]*:[^\r\n]*")
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump")


def parse_findings(out):
    """[(warning line, (note lines...))] of a tool's output, normalised."""
    findings = []
    for line in out.splitlines():
        m = DIAG_RE.match(line.rstrip())
        if not m:
            continue
        severity, text = m.group(4), m.group(5)
        if severity == "note":
            if text == FIXIT_NOTE:
                continue
            if not findings:  # a note before any warning: keep it visible
                findings.append(("(no warning)", []))
            findings[-1][1].append("note: " + text)
        else:
            findings.append(("%s: %s" % (severity, text), []))
    return [(w, tuple(n)) for w, n in findings]


def flatten(findings):
    """Lines for a diff: each finding's warning, then its notes indented."""
    lines = []
    for warning, notes in sorted(findings):
        lines.append(warning)
        lines += ["    " + n for n in notes]
    return lines


def substitute(flags, substs):
    """Expands %NAME tokens of case.json's flags (each may be several flags)."""
    result = []
    for flag in flags:
        if flag.startswith("%"):
            if flag[1:] not in substs:
                raise KeyError("no --subst for " + flag)
            result += shlex.split(substs[flag[1:]])
        else:
            result.append(flag)
    return result


def run(cmd, cwd=None):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                          errors="replace")
    return proc.returncode, proc.stdout, proc.stderr


def write_compdb(directory, flags, sources):
    entries = []
    for source in sources:
        path = os.path.join(directory, source)
        entries.append({"directory": directory, "file": path,
                        "arguments": ["clang", *flags, "-c", path,
                                      "-o", path + ".o"]})
    with open(os.path.join(directory, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)


def tool_problems(name, returncode, out, err):
    problems = []
    if returncode < 0 or any(m in out + err for m in CRASH_MARKERS):
        problems.append("%s crashed (exit %d)" % (name, returncode))
    for line in (out + "\n" + err).splitlines():
        m = DIAG_RE.match(line)
        if m and m.group(4) == "error" or line.startswith("Error"):
            problems.append("%s: %s" % (name, line))
    return problems


class Case:
    def __init__(self, spec_file, opts):
        self.dir = os.path.dirname(os.path.abspath(spec_file))
        self.name = os.path.basename(self.dir)
        with open(spec_file) as f:
            spec = json.load(f)
        self.original = os.path.join(opts.repo, spec["original"])
        self.copies = [os.path.join(opts.repo, c) for c in spec.get("copy", [])]
        self.checks = "-*," + spec["checks"]
        # One warning per starting call: where the routes of one defect are
        # merged, the warning stays at the first route by file and line,
        # which splitting a file changes; the paths themselves must not.
        config = spec.get("config", "{}")
        self.config = ("{CheckOptions: {OneWarningPerDefect: false}}" if config == "{}"
                       else config.replace("{CheckOptions: {",
                                           "{CheckOptions: {OneWarningPerDefect: false, ", 1))
        self.flags = substitute(spec["flags"], opts.substs)
        self.sources = spec["sources"]
        self.tmp = os.path.join(os.path.abspath(opts.tmp), self.name)
        self.opts = opts

    def original_findings(self):
        """eventloop-tidy on a blanked copy of the single-file test."""
        folder = os.path.join(self.tmp, "original")
        os.makedirs(folder)
        for c in self.copies:
            shutil.copy(c, folder)
        copy = os.path.join(folder, os.path.basename(self.original))
        with open(self.original, encoding="utf-8", errors="surrogateescape",
                  newline="") as f:
            text = BLANK_RE.sub("", f.read())
        with open(copy, "w", encoding="utf-8", errors="surrogateescape",
                  newline="") as f:
            f.write(text)
        cmd = [self.opts.eventloop_tidy, copy, "--checks=" + self.checks,
               "--config=" + self.config, "--"] + self.flags
        code, out, err = run(cmd)
        return folder, parse_findings(out), tool_problems(
            "eventloop-tidy", code, out, err), out

    def whole_program_findings(self, folder, sources):
        write_compdb(folder, self.flags, sources)
        cmd = [self.opts.run_eventloop_tidy, "-p", folder, "--quiet",
               "--no-cache", "-j", "1", "--checks=" + self.checks,
               "--config=" + self.config]
        code, out, err = run(cmd)
        return parse_findings(out), tool_problems(
            "run-eventloop-tidy", code, out, err), out + err

    def split_findings(self):
        folder = os.path.join(self.tmp, "split")
        shutil.copytree(self.dir, folder,
                        ignore=shutil.ignore_patterns("case*.json"))
        for c in self.copies:
            shutil.copy(c, folder)
        return self.whole_program_findings(folder, self.sources)

    def check(self):
        """(passed, report lines)."""
        try:
            return self.compare()
        except (OSError, subprocess.SubprocessError, KeyError) as e:
            return False, ["FAIL: %s: %s" % (self.name, e)]

    def compare(self):
        shutil.rmtree(self.tmp, ignore_errors=True)
        os.makedirs(self.tmp)
        folder, expected, problems, raw_original = self.original_findings()
        actual, split_problems, raw_split = self.split_findings()
        problems += split_problems
        report = []
        if not expected:
            problems.append("the original gives no finding: nothing to compare")
        if sorted(expected) == sorted(actual) and not problems:
            return True, ["PASS: %s (%d findings)" % (self.name, len(expected))]
        report.append("FAIL: %s (original %s)" % (self.name, self.original))
        report += ["  " + p for p in problems]
        if sorted(expected) != sorted(actual):
            diff = difflib.unified_diff(
                flatten(expected), flatten(actual),
                "eventloop-tidy on the original", "run-eventloop-tidy on the split",
                lineterm="", n=3)
            report += ["  " + l for l in diff]
            # The original as one TU through the driver: is it the split?
            whole, _, _ = self.whole_program_findings(
                folder, [os.path.basename(self.original)])
            report.append(
                "  run-eventloop-tidy on the original as one TU: " +
                ("the same as eventloop-tidy, so the split makes the difference"
                 if sorted(whole) == sorted(expected) else
                 "the same as on the split, so the driver makes the difference"
                 if sorted(whole) == sorted(actual) else
                 "different from both"))
        report += ["", "  eventloop-tidy output:"]
        report += ["    " + l for l in raw_original.splitlines()]
        report += ["", "  run-eventloop-tidy output:"]
        report += ["    " + l for l in raw_split.splitlines()]
        return False, report


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("cases", nargs="+", metavar="CASE_DIR")
    p.add_argument("--eventloop-tidy", required=True)
    p.add_argument("--run-eventloop-tidy", required=True)
    p.add_argument("--repo", required=True)
    p.add_argument("--tmp", required=True)
    p.add_argument("--subst", action="append", default=[], metavar="NAME=VALUE")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--drafts", action="store_true",
                   help="also the cases kept aside (case.xfail-draft.json)")
    opts = p.parse_args(argv)
    opts.substs = dict(s.split("=", 1) for s in opts.subst)
    names = ["case.json"] + (["case.xfail-draft.json"] if opts.drafts else [])
    # Each argument is a case, or a folder of cases.
    folders = []
    for d in opts.cases:
        if any(os.path.isfile(os.path.join(d, n)) for n in names):
            folders.append(d)
        elif os.path.isdir(d):
            folders += [os.path.join(d, e) for e in os.listdir(d)]
    specs = [os.path.join(d, n) for d in sorted(folders) for n in names]
    cases = [Case(s, opts) for s in specs if os.path.isfile(s)]
    if not cases:
        print("compare_findings.py: no case.json under the folders given",
              file=sys.stderr)
        return 1
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as pool:
        results = list(pool.map(Case.check, cases))
    failed = 0
    for passed, report in results:
        # Failures on stderr, which lit shows whatever stdout is piped to.
        print("\n".join(report), file=sys.stdout if passed else sys.stderr)
        failed += not passed
    print("%d cases, %d failed" % (len(cases), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
