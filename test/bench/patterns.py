#!/usr/bin/env python3
"""Pattern matching time against the size of the pattern and of the names.

A pattern of the options (BlockingFunctions: '*a*a*a*b') is matched against
the qualified name of every function a callback calls. Matching must take
time linear in the name for a given pattern, whatever its wildcards: with
backtracking, each more `*a` multiplied the time (six took 94 s on one
name). This prints, for patterns of k wildcards (`*a` k times, then `*b`,
which never matches a name of only a's, the worst case) and for names of
L characters, the checks' own time (--enable-check-profile) and the
instructions executed inside them (callgrind), on a generated TU of one
callback calling 50 such functions; then the same for `**::a*` parts against
names nested D namespaces deep. k = 0 is the run without the option: what
the checks cost on that TU anyway.

Usage: test/bench/patterns.py [--build BUILD]   (make bench runs it)
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure  # noqa: E402

CALLS = 50


def tu_long_names(length):
    names = ["%s%d" % ("a" * length, i) for i in range(CALLS)]
    decls = "".join("void %s();\n" % n for n in names)
    calls = "".join("  %s();\n" % n for n in names)
    return decls + '[[clang::annotate("eventloop::callback")]] void on_event() {\n' + calls + "}\n"


def tu_deep_names(depth):
    nest = "::".join(["a"] * depth)
    decls = "namespace %s {\n%s}\n" % (nest, "".join("void f%d();\n" % i for i in range(CALLS)))
    calls = "".join("  %s::f%d();\n" % (nest, i) for i in range(CALLS))
    return decls + '[[clang::annotate("eventloop::callback")]] void on_event() {\n' + calls + "}\n"


def run(tidy, tu, pattern):
    command = [tidy, "--checks=-*,eventloop-blocking-call",
               "--config={CheckOptions: {BlockingFunctions: '%s'}}" % pattern, tu, "--", "-std=c++17"]
    out = subprocess.run(command + [], capture_output=True, text=True)
    profiled = subprocess.run(command[:1] + ["--enable-check-profile"] + command[1:],
                              capture_output=True, text=True).stderr
    seconds = re.search(r"Total Execution Time: ([0-9.]+) seconds", profiled)
    minstr = measure.instructions(command, collect="*EventLoopCheck::check*") / 1e6
    if out.returncode != 0 or "warning:" in out.stdout:
        sys.exit("unexpected result for %s:\n%s%s" % (pattern, out.stdout, out.stderr))
    return float(seconds.group(1)) if seconds else float("nan"), minstr


def table(title, header, rows):
    print("| %s | %s | checks' time (s) | instructions in the checks (M) |" % (title, header))
    print("|---:|---:|---:|---:|")
    for row in rows:
        print("| %s | %s | %.4f | %.1f |" % row)
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(HERE, "..", "..", "build"))
    args = parser.parse_args()
    tidy = os.path.join(args.build, "bin", "eventloop-tidy")
    with tempfile.TemporaryDirectory() as work:
        rows = []
        for length in (100, 1000, 10000):
            tu = os.path.join(work, "long_%d.cpp" % length)
            with open(tu, "w") as f:
                f.write(tu_long_names(length))
            for stars in (0, 1, 4, 16, 64):
                pattern = "*a" * stars + "*b" if stars else ""
                rows.append((stars, length) + run(tidy, tu, pattern))
        table("`*a` wildcards k", "name length L", rows)
        rows = []
        for depth in (10, 100, 1000):
            tu = os.path.join(work, "deep_%d.cpp" % depth)
            with open(tu, "w") as f:
                f.write(tu_deep_names(depth))
            for parts in (0, 1, 4, 16, 64):
                pattern = "::".join(["**", "a*"] * parts) + "::b" if parts else ""
                rows.append((parts, depth) + run(tidy, tu, pattern))
        table("`**::a*` pairs k", "namespace depth D", rows)


if __name__ == "__main__":
    main()
