#!/usr/bin/env python3
"""Corpus run: eventloop-tidy over every translation unit of a real project.

Takes the source directory of a C/C++ project and a way to get its
compile_commands.json, runs eventloop-tidy with --checks='-*,eventloop-*' over
each TU of the database, one at a time, under `nice`, with a per-TU timeout,
and prints a Markdown table:
  - TUs selected, and TUs analysed (ran cleanly with the checks on);
  - TUs that failed to compile (clang errors in the project's code or flags:
    not the checks' fault, counted apart) and timeouts;
  - crashes (a signal exit or an LLVM "Stack dump"): must be zero;
  - warnings per check, unique across TUs (a warning in a header that several
    TUs include counts once);
  - the time taken.
Every warning, with its notes and source lines, goes to a text file for
triage. The script fetches nothing.

Getting the database (exactly one):
  --compdb PATH          an existing compile_commands.json (or its directory)
  --cmake                configure SOURCE with CMake into --build-dir (outside
                         SOURCE) with CMAKE_EXPORT_COMPILE_COMMANDS=ON and
                         clang-22; --cmake-arg passes more -D options
  --bear -- CMD...       run the project's own build CMD in --workdir (default
                         SOURCE) under `bear`, writing the database to
                         --build-dir; configure the project beforehand

Selecting TUs: --filter REGEX keeps files whose path (relative to SOURCE)
matches; --limit N then keeps N of them, evenly spaced over the sorted list
(deterministic; the table says how many the database had).

Examples:
  test/bench/corpus.py /srv/corpus/libuv1-1.44.2 --cmake --filter '^test/' \\
      --name libuv --version 1.44.2
  test/bench/corpus.py /srv/corpus/tmux-3.3a --bear -- make -j1
"""
import argparse
import hashlib
import json
import os
import re
import resource
import shlex
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TIDY = os.path.normpath(os.path.join(HERE, "..", "..", "build", "bin", "eventloop-tidy"))
CHECKS = ["eventloop-reentrant-run", "eventloop-blocking-call", "eventloop-sync-client"]
SOURCE_EXTENSIONS = (".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".m", ".mm")

DIAG = re.compile(r"^(?P<loc>.+?:\d+:\d+): (?P<kind>warning|error|note|fatal error): (?P<msg>.*?)(?: \[(?P<check>[^\]]+)\])?$")
CRASH_MARKERS = ("Stack dump:", "PLEASE submit a bug report", "LLVM ERROR:")


def argument_parser(doc=__doc__):
    """The options of a corpus run: the project, its database, the TUs and
    the tool (error_recovery.py adds its own to these)."""
    p = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=doc.split("\n\n", 1)[1])
    p.add_argument("source", help="source directory of the project")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--compdb", help="existing compile_commands.json or the directory holding it")
    how.add_argument("--cmake", action="store_true", help="configure with CMake into --build-dir")
    how.add_argument("--bear", action="store_true", help="wrap the build command after -- with bear")
    p.add_argument("--build-dir", help="where the database is made (default /tmp/eventloop-corpus/<name>)")
    p.add_argument("--workdir", help="--bear: directory the build command runs in (default SOURCE)")
    p.add_argument("--cmake-arg", action="append", default=[], help="extra argument for cmake (repeatable)")
    p.add_argument("--tidy", default=DEFAULT_TIDY, help="eventloop-tidy binary (default %(default)s)")
    p.add_argument("--tidy-arg", action="append", default=[], help="extra argument for eventloop-tidy (repeatable)")
    p.add_argument("--timeout", type=float, default=300, help="seconds per TU (default %(default)s)")
    p.add_argument("--filter", help="regex on the TU path relative to SOURCE")
    p.add_argument("--limit", type=int, help="analyse at most N TUs, evenly spaced")
    p.add_argument("--name", help="project name for the table (default: SOURCE's base name)")
    p.add_argument("--version", default="", help="project version for the table")
    p.add_argument("--warnings", help="triage file (default <build-dir>/eventloop-warnings.txt)")
    p.add_argument("--report", help="also write the Markdown report to this file")
    p.add_argument("--nice", type=int, default=19, help="niceness of everything this script runs")
    return p


def parse_args(argv, parser=None):
    # Everything after a bare "--" is the build command for --bear.
    build_command = []
    if "--" in argv:
        i = argv.index("--")
        argv, build_command = argv[:i], argv[i + 1:]
    p = parser or argument_parser()
    args = p.parse_args(argv)
    args.build_command = build_command
    if args.bear and not build_command:
        p.error("--bear needs the build command after --")
    if build_command and not args.bear:
        p.error("a command after -- is only for --bear")
    args.source = os.path.realpath(args.source)
    if not os.path.isdir(args.source):
        p.error(f"no such directory: {args.source}")
    args.name = args.name or os.path.basename(args.source)
    if not args.build_dir:
        args.build_dir = os.path.join("/tmp/eventloop-corpus", args.name)
    args.build_dir = os.path.realpath(args.build_dir)
    if (args.cmake or args.bear) and (args.build_dir + os.sep).startswith(args.source + os.sep):
        p.error("--build-dir must be outside the source directory")
    if not os.access(args.tidy, os.X_OK):
        p.error(f"not executable: {args.tidy}")
    return args


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_checked(command, cwd=None):
    log("$ " + shlex.join(command))
    subprocess.run(command, cwd=cwd, check=True, stdout=sys.stderr)  # stdout is the report


def get_database(args):
    """Returns the path of compile_commands.json, making it if asked."""
    if args.compdb:
        path = args.compdb
        if os.path.isdir(path):
            path = os.path.join(path, "compile_commands.json")
        return os.path.realpath(path)
    os.makedirs(args.build_dir, exist_ok=True)
    database = os.path.join(args.build_dir, "compile_commands.json")
    if args.cmake:
        run_checked(["cmake", "-S", args.source, "-B", args.build_dir,
                     "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
                     "-DCMAKE_C_COMPILER=clang-22", "-DCMAKE_CXX_COMPILER=clang++-22",
                     *args.cmake_arg])
    else:
        command = ["bear", "--output", database, "--", *args.build_command]
        log("$ " + shlex.join(command))
        done = subprocess.run(command, cwd=args.workdir or args.source, stdout=sys.stderr)
        if done.returncode != 0:
            # A link step can fail after every TU compiled: go on with what bear saw.
            if not os.path.exists(database):
                sys.exit(f"the build failed (exit {done.returncode}) and wrote no database")
            log(f"warning: the build failed (exit {done.returncode}); using the TUs bear recorded")
    return database


def load_units(database, args):
    """Unique source files of the database, with the directory of their entry."""
    with open(database) as f:
        entries = json.load(f)
    units = {}
    for entry in entries:
        path = entry["file"]
        if not os.path.isabs(path):
            path = os.path.join(entry["directory"], path)
        path = os.path.normpath(path)
        if not path.endswith(SOURCE_EXTENSIONS) or not os.path.exists(path):
            continue  # assembler, configure probes that are gone, ...
        units.setdefault(path, entry)
    args.entries = units
    paths = sorted(units)
    total = len(paths)
    if args.filter:
        rx = re.compile(args.filter)
        paths = [p for p in paths if rx.search(os.path.relpath(p, args.source))]
    if args.limit and len(paths) > args.limit:
        step = len(paths) / args.limit
        paths = [paths[int(i * step)] for i in range(args.limit)]
    return total, paths


def split_diagnostics(output):
    """Diagnostic blocks of clang-tidy's stdout: a warning or error line with
    the lines that follow it (source, caret, notes) up to the next one."""
    blocks = []
    for line in output.splitlines():
        m = DIAG.match(line)
        if m and m.group("kind") != "note":
            blocks.append([m.group("kind"), m.group("check") or "", [line]])
        elif blocks:
            blocks[-1][2].append(line)
    return blocks


def entry_arguments(entry):
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


def run_tool(command, timeout):
    """Runs one eventloop-tidy command with a timeout (its whole process
    group is killed then). Returns its result: status "ok",
    "compile-error" (the compiler reported errors), "timeout" or "crash"
    (a signal exit, an LLVM crash message, or a nonzero exit without a
    compiler error), with its output split into diagnostic blocks."""
    started = time.monotonic()
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, errors="replace", start_new_session=True)
    except OSError as e:  # the binary is being relinked, say
        sys.exit(f"cannot run {command[0]}: {e}")
    try:
        out, err = process.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        timed_out = True
    seconds = time.monotonic() - started
    blocks = split_diagnostics(out)
    if timed_out:
        status = "timeout"
    elif process.returncode < 0 or any(m in out + err for m in CRASH_MARKERS):
        status = "crash"
    elif any(kind in ("error", "fatal error") for kind, _, _ in blocks) \
            or "compiler error" in err or "Error while processing" in err:
        status = "compile-error"
    elif process.returncode != 0:
        status = "crash"  # nonzero exit without a compiler error: not expected
    else:
        status = "ok"
    return {"command": command, "status": status, "seconds": seconds,
            "returncode": process.returncode, "blocks": blocks, "stdout": out, "stderr": err}


def analyse(unit, database_dir, args):
    command = [args.tidy, "-p", database_dir, "--checks=-*,eventloop-*", "--config={}",
               *args.tidy_arg, unit]
    return {"unit": unit, **run_tool(command, args.timeout)}


def markdown(args, total_units, results, warnings, wall, cpu):
    count = lambda s: sum(1 for r in results if r["status"] == s)
    # A warning counts only when a TU that compiled cleanly printed it; one
    # seen only in TUs with compile errors is reported apart.
    per_check = {c: sum(1 for w in warnings.values() if w["check"] == c and w["clean"]) for c in CHECKS}
    unclean = sum(1 for w in warnings.values() if not w["clean"])
    selected = f"{len(results)}"
    if len(results) != total_units:
        how = []
        if args.filter:
            how.append(f"filter `{args.filter}`")
        if args.limit:
            how.append(f"limit {args.limit}")
        selected += f" of {total_units} ({', '.join(how) or 'source files only'})".replace("|", "\\|")
    header = ["project", "version", "TUs selected", "TUs analysed", "compile failures",
              "timeouts", "crashes", *CHECKS, "warnings in TUs that failed to compile", "total time"]
    row = [args.name, args.version or "-", selected, str(count("ok")),
           str(count("compile-error")),
           str(count("timeout")), str(count("crash")),
           *(str(per_check[c]) for c in CHECKS), str(unclean), f"{wall:.0f} s wall, {cpu:.0f} s CPU"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), "| " + " | ".join(row) + " |"]
    failures = [r for r in results if r["status"] != "ok"]
    if failures:
        lines += ["", "| TU | status | seconds |", "|---|---|---|"]
        for r in failures:
            lines.append(f"| {os.path.relpath(r['unit'], args.source)} | {r['status']} | {r['seconds']:.1f} |")
    crashes = [r for r in results if r["status"] == "crash"]
    for r in crashes:
        lines += ["", f"Crash (exit {r['returncode']}): `{shlex.join(r['command'])}`"]
    with open(args.tidy, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    lines += ["", f"Tool: `{args.tidy}` (sha256 {digest}), checks `-*,eventloop-*`, "
                  f"timeout {args.timeout:.0f} s per TU, nice {args.nice}."]
    slowest = max(results, key=lambda r: r["seconds"], default=None)
    if slowest:
        lines += ["", f"Slowest TU: {os.path.relpath(slowest['unit'], args.source)} "
                      f"({slowest['seconds']:.1f} s)."]
    return "\n".join(lines) + "\n"


def main(argv):
    args = parse_args(argv)
    os.nice(args.nice)  # inherited by cmake, bear, the build and every eventloop-tidy
    started = time.monotonic()
    database = get_database(args)
    database_dir = os.path.dirname(database)
    total_units, units = load_units(database, args)
    log(f"{len(units)} of {total_units} TUs from {database}")
    results = []
    warnings = {}  # unique by their full text (a header's warning seen from several TUs)
    tidy_cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    tidy_started = time.monotonic()
    for i, unit in enumerate(units, 1):
        result = analyse(unit, database_dir, args)
        results.append(result)
        for kind, check, lines in result["blocks"]:
            if kind == "warning" and check in CHECKS:
                key = "\n".join(lines)
                w = warnings.setdefault(key, {"check": check, "text": key, "units": [], "clean": False})
                w["units"].append(unit)
                w["clean"] = w["clean"] or result["status"] == "ok"
        found = sum(1 for k, c, _ in result["blocks"] if k == "warning" and c in CHECKS)
        log(f"[{i}/{len(units)}] {result['status']:13} {result['seconds']:6.1f}s "
            f"{found} warning(s)  {os.path.relpath(unit, args.source)}")
    wall = time.monotonic() - tidy_started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage.ru_utime - tidy_cpu_before.ru_utime) + (usage.ru_stime - tidy_cpu_before.ru_stime)

    triage = args.warnings or os.path.join(args.build_dir if not args.compdb else database_dir,
                                           "eventloop-warnings.txt")
    with open(triage, "w") as f:
        f.write(f"# eventloop-tidy warnings for {args.name} {args.version} ({len(warnings)} unique)\n")
        for n, w in enumerate(warnings.values(), 1):
            seen = ", ".join(os.path.relpath(u, args.source) for u in w["units"])
            apart = "" if w["clean"] else " (only from TUs that failed to compile)"
            f.write(f"\n## {n}. [{w['check']}]{apart} seen from: {seen}\n{w['text']}\n")
        failed = [r for r in results if r["status"] != "ok"]
        if failed:
            f.write("\n# TUs that did not finish cleanly\n")
        for r in failed:
            f.write(f"\n## {r['status']}: {shlex.join(r['command'])}\n")
            errors = [l for _, _, ls in r["blocks"] for l in ls[:1] if " error: " in l][:5]
            f.write("\n".join(errors or r["stderr"].splitlines()[-20:]) + "\n")
    report = markdown(args, total_units, results, warnings, wall, cpu)
    log(f"warnings with notes: {triage}; total {time.monotonic() - started:.0f} s with the database")
    print(report, end="")
    if args.report:
        with open(args.report, "w") as f:
            f.write(report)
    return 1 if any(r["status"] == "crash" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
