#!/usr/bin/env python3
"""Run a clang-tidy-like tool on one test input and check its diagnostics and fixes.

Usage (from a lit RUN line):

  check_tidy.py --tool %clang_tidy [--load PLUGIN] --checks 'eventloop-*' \\
      --tmp %t/test [--copy %S/Inputs/helper.h] INPUT -- -std=c++17

The INPUT file carries its expectations in `//` comments:

  CHECK-MESSAGES: :[[@LINE-1]]:5: warning: text [check-name]   (multiset of warnings/errors)
  CHECK-NOTES:    ...                                        (exact sequence incl. notes)
  CHECK-FIXES:    fixed line text                            (changed lines, in order)

When the tool changed the file, it is run a second time on the fixed file,
which must then stay as it is (fix-its are idempotent).

With `--prefix FOO` the suffixed forms (CHECK-MESSAGES-FOO, ...) are read instead.
Values starting with '-' must be written as `--extra-arg=-foo`. Use a per-test
--tmp directory (`%t/test`) when using --copy, so parallel tests do not share copies.
Exit status: 0 on success, 1 with a report on stderr on failure.
"""

import argparse
import collections
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys

KINDS = ("MESSAGES", "NOTES", "FIXES")
DIRECTIVE_RE = re.compile(r"//\s*CHECK-(MESSAGES|NOTES|FIXES)(-[A-Za-z0-9_-]+)?:(.*)$")
# Everything from a `// CHECK-xxx:` comment to the end of its line is removed
# from the copy given to the tool; columns of the code before it are unchanged.
BLANK_RE = re.compile(r"//\s*CHECK-[A-Za-z0-9_-]*:[^\r\n]*")
LINE_REF_RE = re.compile(r"\[\[@LINE(?:([+-])(\d+))?\]\]")
# Excerpt lines ("   12 | code", "      |   ^") start with whitespace, so a
# diagnostic's path must not.
DIAG_RE = re.compile(r"^(\S.*?):(\d+):(\d+): (warning|error|note): (.*)$")
NOLOC_DIAG_RE = re.compile(r"^(warning|error): (.*)$")
FIXIT_NOTE = "FIX-IT applied suggested code changes"
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump")

Directive = collections.namedtuple("Directive", "kind lineno text")


class UsageError(Exception):
    """A malformed test (not a tool failure); reported like a failure."""


def parse_args(argv):
    """Split `OPTIONS INPUT -- COMPILER-ARGS`; the compiler args go to the tool verbatim."""
    if "--" in argv:
        cut = argv.index("--")
        argv, compiler_args = argv[:cut], argv[cut + 1:]
    else:
        compiler_args = []
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("input")
    p.add_argument("--tool", required=True)
    p.add_argument("--load", action="append", default=[])
    p.add_argument("--checks", required=True)
    p.add_argument("--config", default=None)
    p.add_argument("--tmp", required=True)
    p.add_argument("--copy", action="append", default=[])
    p.add_argument("--compile-fixed", metavar="CXX", default=None)
    p.add_argument("--no-fix", action="store_true")
    p.add_argument("--extra-arg", action="append", default=[])
    p.add_argument("--prefix", action="append", default=[])
    return p.parse_args(argv), compiler_args


def read_text(path):
    """Read keeping line endings and undecodable bytes intact, so the copy is faithful."""
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        return f.read()


def write_text(path, text):
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)


def substitute_line_refs(text, lineno):
    """Expand [[@LINE]], [[@LINE+N]], [[@LINE-N]] relative to the directive's own line."""
    def repl(m):
        if not m.group(1):
            return str(lineno)
        delta = int(m.group(2))
        return str(lineno + delta if m.group(1) == "+" else lineno - delta)
    return LINE_REF_RE.sub(repl, text)


def collect_directives(text, prefixes):
    """Return {kind: [Directive]} for the active prefix set, in file order.

    Lines are split on '\\n' only, the way the compiler counts them.
    """
    suffixes = {"-" + p for p in prefixes} if prefixes else {None}
    found = {k: [] for k in KINDS}
    for lineno, line in enumerate(text.split("\n"), start=1):
        m = DIRECTIVE_RE.search(line)
        if not m or m.group(2) not in suffixes:
            continue
        expected = substitute_line_refs(m.group(3).strip(), lineno)
        found[m.group(1)].append(Directive(m.group(1), lineno, expected))
    return found


def prepare_inputs(opts, text):
    """Write the blanked copy to TMP+ext and the --copy files next to it; return its path."""
    tmp_base = os.path.abspath(opts.tmp)
    tmp_dir = os.path.dirname(tmp_base)
    os.makedirs(tmp_dir, exist_ok=True)
    tmp_file = tmp_base + os.path.splitext(opts.input)[1]
    write_text(tmp_file, BLANK_RE.sub("", text))
    for src in opts.copy:
        if not os.path.exists(src):
            src = os.path.join(os.path.dirname(opts.input), src)
        dest = os.path.join(tmp_dir, os.path.basename(src))
        # Copy then rename: a parallel test including the same header never
        # sees a half-written file.
        staging = "%s.%d.part" % (dest, os.getpid())
        shutil.copyfile(src, staging)
        os.replace(staging, dest)
    return tmp_file


def build_command(opts, tmp_file, compiler_args):
    """The tool command line. --config={} by default keeps stray .clang-tidy files out."""
    cmd = [opts.tool] + ["-load=" + p for p in opts.load] + [tmp_file]
    cmd.append("--checks=-*," + opts.checks)
    cmd.append("--config=" + (opts.config if opts.config is not None else "{}"))
    if not opts.no_fix:
        cmd.append("--fix")
    return cmd + opts.extra_arg + ["--"] + compiler_args


def tool_failures(returncode, out, err):
    """Problems that mean the tool itself failed, whatever the CHECK lines say."""
    problems = []
    if returncode < 0:
        problems.append("tool killed by signal %d" % -returncode)
    if any(marker in out + err for marker in CRASH_MARKERS):
        problems.append("tool crashed (see its output below)")
    for line in err.splitlines():
        # Config, plugin-loading and check-selection errors go to stderr only;
        # a failed -load is otherwise silent and the checks would just not run.
        if (line.startswith("Error: ") or line.startswith("Error opening")
                or DIAG_RE.match(line) and ": error: " in line):
            problems.append("tool error: " + line)
    return problems


def normalise_location(path, tmp_file):
    """'' for the test file itself, else the basename, so expectations are path-free."""
    if os.path.realpath(path) == os.path.realpath(tmp_file):
        return ""
    return os.path.basename(path)


def parse_diagnostics(out, tmp_file):
    """Return [(severity, normalised line)] in output order, minus fix-it notes."""
    diags = []
    for line in out.splitlines():
        line = line.rstrip()
        m = DIAG_RE.match(line)
        if m:
            path, row, col, severity, text = m.groups()
            if severity == "note" and text == FIXIT_NOTE:
                continue
            loc = normalise_location(path, tmp_file)
            diags.append((severity, "%s:%s:%s: %s: %s" % (loc, row, col, severity, text)))
            continue
        m = NOLOC_DIAG_RE.match(line)  # driver errors such as "unknown argument"
        if m:
            diags.append((m.group(1), line))
    return diags


def compare_messages(directives, diags):
    """CHECK-MESSAGES: multiset equality of warnings/errors; notes are ignored."""
    actual = collections.Counter(d for sev, d in diags if sev != "note")
    expected = collections.Counter(d.text for d in directives)
    if actual == expected:
        return []
    report = ["CHECK-MESSAGES mismatch (warnings/errors compared as a multiset):"]
    missing = [d for d in directives if expected[d.text] > actual[d.text]]
    if missing:
        report.append("  missing (expected but not produced):")
        report += ["    input line %d: %s" % (d.lineno, d.text) for d in missing]
    unexpected = sorted((actual - expected).elements())
    if unexpected:
        report.append("  unexpected (produced but no CHECK-MESSAGES expects it):")
        report += ["    " + d for d in unexpected]
    return report


def compare_notes(directives, diags):
    """CHECK-NOTES: the whole sequence of diagnostics, notes included, must match."""
    expected = [d.text for d in directives]
    actual = [d for _, d in diags]
    if expected == actual:
        return []
    diff = difflib.unified_diff(expected, actual, "expected (CHECK-NOTES, file order)",
                                "actual (tool output order)", lineterm="", n=len(expected) + len(actual))
    return ["CHECK-NOTES mismatch ('-' missing, '+' unexpected):"] + ["  " + l for l in diff]


def changed_lines(before, after):
    """Lines of `after` that were added or replaced relative to `before`, in order.

    Trailing whitespace is ignored: a fix that splits a line whose directive
    comment was blanked would otherwise also "change" the remaining part.
    """
    strip = lambda lines: [l.rstrip() for l in lines]
    matcher = difflib.SequenceMatcher(None, strip(before), strip(after), autojunk=False)
    changed = []
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            changed.extend(after[j1:j2])
    return changed


def compare_fixes(directives, blanked, fixed):
    """Each changed line must be matched, in order, by one CHECK-FIXES (whitespace-stripped)."""
    before, after = blanked.split("\n"), fixed.split("\n")
    actual = [l.strip() for l in changed_lines(before, after)]
    expected = [d.text for d in directives]
    if directives and actual == expected or not directives and before == after:
        return []
    report = ["CHECK-FIXES mismatch:" if directives else
              "unexpected fix-its (no CHECK-FIXES in the test):"]
    if directives:
        diff = difflib.unified_diff(expected, actual, "expected (CHECK-FIXES)",
                                    "actual changed lines", lineterm="", n=len(expected) + len(actual))
        report += ["  " + l for l in diff]
    diff = list(difflib.unified_diff([l.rstrip("\r") for l in before], [l.rstrip("\r") for l in after],
                                     "input (directives blanked)", "fixed", lineterm=""))
    if not diff:
        return report + ["  (no fix was applied: the fixed file equals the input)"]
    return report + ["  fixed file vs. input:"] + ["    " + l for l in diff]


def refix_changes(cmd, tmp_file, fixed):
    """A second --fix over the fixed file must change nothing: the check
    knows its own fix-it as the cure, whatever the options."""
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    problems = tool_failures(proc.returncode, proc.stdout, proc.stderr)
    refixed = read_text(tmp_file)
    if refixed == fixed:
        return problems
    diff = difflib.unified_diff(fixed.split("\n"), refixed.split("\n"),
                                "after the first --fix", "after the second --fix", lineterm="")
    return problems + ["a second --fix changed the fixed file:"] + ["  " + l for l in diff] + [
        "  second run's output:", proc.stdout.rstrip()]


def compile_fixed(cxx, compiler_args, fixed_file):
    """Check that the fixed code still compiles, so fix-its cannot silently break code.
    A C file is compiled by the C driver beside the given C++ one (clang++ -> clang)."""
    if fixed_file.endswith(".c") and os.path.basename(cxx).startswith("clang++"):
        cxx = os.path.join(os.path.dirname(cxx), os.path.basename(cxx).replace("clang++", "clang", 1))
    cmd = [cxx, "-fsyntax-only"] + compiler_args + [fixed_file]
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    if proc.returncode == 0:
        return []
    return ["fixed file does not compile (exit %d): %s" % (proc.returncode, shlex.join(cmd)),
            proc.stdout.rstrip(), proc.stderr.rstrip()]


def check_usage(directives, opts):
    """Reject tests whose directives contradict each other or the options."""
    if directives["MESSAGES"] and directives["NOTES"]:
        raise UsageError("CHECK-MESSAGES and CHECK-NOTES are mixed in one prefix set; "
                         "use one or the other")
    if opts.no_fix and directives["FIXES"]:
        raise UsageError("CHECK-FIXES directives given but --no-fix was used")


def run(opts, compiler_args):
    """Run one test; return (failure report lines, tool command, raw tool output)."""
    text = read_text(opts.input)
    directives = collect_directives(text, opts.prefix)
    check_usage(directives, opts)
    tmp_file = prepare_inputs(opts, text)
    blanked = read_text(tmp_file)
    cmd = build_command(opts, tmp_file, compiler_args)
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    raw = (proc.stdout, proc.stderr)
    failures = tool_failures(proc.returncode, proc.stdout, proc.stderr)
    diags = parse_diagnostics(proc.stdout, tmp_file)
    if directives["NOTES"]:
        failures += compare_notes(directives["NOTES"], diags)
    else:
        failures += compare_messages(directives["MESSAGES"], diags)
    if not opts.no_fix:
        fixed = read_text(tmp_file)
        failures += compare_fixes(directives["FIXES"], blanked, fixed)
        if fixed != blanked:
            failures += refix_changes(cmd, tmp_file, fixed)
    if opts.compile_fixed:
        failures += compile_fixed(opts.compile_fixed, compiler_args, tmp_file)
    return failures, cmd, raw


def main(argv):
    opts, compiler_args = parse_args(argv)
    try:
        failures, cmd, (out, err) = run(opts, compiler_args)
    except (UsageError, OSError) as e:
        print("check_tidy.py: error: %s: %s" % (opts.input, e), file=sys.stderr)
        return 1
    if not failures:
        return 0
    report = ["FAIL: %s" % opts.input] + failures
    report += ["", "tool command:", "  " + shlex.join(cmd),
               "", "tool stdout:", out.rstrip(), "", "tool stderr:", err.rstrip()]
    print("\n".join(report), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
