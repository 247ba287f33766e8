#!/usr/bin/env python3
"""Overhead benchmark: for real translation units (asio, Beast, Qt 6, libuv,
libevent, GLib), runs side by side, several times, the parse floor
(clang -fsyntax-only), eventloop-tidy with all eventloop checks (standalone
binary and plugin in clang-tidy-22), clang-tidy-22 with bugprone-*, the
static analyzer with unix.BlockInCriticalSection, and clang-tidy with one
trivial check (what clang-tidy costs before any check works). Prints medians,
the ratio to the floor, and peak memory, as a Markdown table.

Usage: test/bench/overhead.py [--build DIR] [--runs N]"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys

from measure import instructions, measure

HERE = os.path.dirname(os.path.abspath(__file__))
LLVM = "/usr/lib/llvm-22/bin"


def pkg_config(*modules):
    out = subprocess.run(["pkg-config", "--cflags", *modules], check=True,
                         capture_output=True, text=True).stdout
    return shlex.split(out)


def units():
    """(label, file, language flags) for each benchmark TU."""
    tus = os.path.join(HERE, "tus")
    return [
        ("asio TCP server", os.path.join(tus, "asio_server.cpp"), ["-std=c++20"]),
        ("Beast HTTP client", os.path.join(tus, "beast_client.cpp"), ["-std=c++20"]),
        ("Qt 6 widgets", os.path.join(tus, "qt_widgets.cpp"),
         ["-std=c++20", "-fPIC"] + pkg_config("Qt6Widgets")),
        ("libuv C server", os.path.join(tus, "uv_server.c"), ["-std=c11"]),
        ("libevent C server", os.path.join(tus, "event_server.c"), ["-std=c11"]),
        ("GLib/GIO C program", os.path.join(tus, "glib_app.c"),
         ["-std=c11"] + pkg_config("gio-2.0")),
    ]


TIDY_FLOOR = "clang-tidy, one trivial check"


def tools(build, source, flags):
    is_c = source.endswith(".c")
    compiler = os.path.join(LLVM, "clang" if is_c else "clang++")
    tidy = os.path.join(LLVM, "clang-tidy")
    plugin = os.path.join(build, "lib", "EventLoopTidy.so")
    binary = os.path.join(build, "bin", "eventloop-tidy")
    return [
        ("clang -fsyntax-only (floor)", [compiler, "-fsyntax-only", *flags, source]),
        ("eventloop-* (binary)", [binary, "--checks=-*,eventloop-*", "--config={}", source, "--", *flags]),
        ("eventloop-* (plugin)", [tidy, "-load", plugin, "--checks=-*,eventloop-*", "--config={}", source, "--", *flags]),
        ("clang-tidy bugprone-*", [tidy, "--checks=-*,bugprone-*", "--config={}", source, "--", *flags]),
        # What clang-tidy costs before any check does work: its driver, its
        # diagnostics, and the AST traversal of its MatchFinder, which runs
        # for any enabled check. One check that matches almost nothing.
        (TIDY_FLOOR, [tidy, "--checks=-*,misc-misleading-bidirectional", "--config={}", source, "--", *flags]),
        ("analyzer BlockInCriticalSection", [compiler, "--analyze", "-Xanalyzer",
                                             "-analyzer-checker=unix.BlockInCriticalSection",
                                             "-o", os.devnull, *flags, source]),
    ]


def checks_time(build, source, flags):
    """The eventloop checks' own time in one run (clang-tidy's profile):
    the shared analysis plus the checks' reports, without parsing."""
    binary = os.path.join(build, "bin", "eventloop-tidy")
    out = subprocess.run([binary, "--checks=-*,eventloop-*", "--config={}",
                          "--enable-check-profile", source, "--", *flags],
                         capture_output=True, text=True, errors="replace")
    for line in (out.stdout + out.stderr).splitlines():
        if "Total Execution Time:" in line:
            return float(line.split("Total Execution Time:")[1].split()[0])
    return float("nan")


# The tools counted by instructions, on the TUs that callgrind (about 50x
# slower than a native run) gets through in seconds.
COUNTED_TOOLS = ("clang -fsyntax-only (floor)", "eventloop-* (binary)", TIDY_FLOOR)
COUNTED_UNITS = ("libuv C server", "libevent C server", "GLib/GIO C program")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(HERE, "..", "..", "build"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    build = os.path.abspath(args.build)

    print("| translation unit | tool | median s | ratio to floor | fastest s | "
          "fastest, ratio to floor's | peak MiB |")
    print("|---|---|---:|---:|---:|---:|---:|")
    summary = {}
    fastest_summary = {}
    floors = {}
    for label, source, flags in units():
        commands = tools(build, source, flags)
        times = {name: [] for name, _ in commands}
        peaks = {name: 0.0 for name, _ in commands}
        # Interleave the tools so that a slow moment hurts all of them alike.
        for _ in range(args.runs):
            for name, command in commands:
                seconds, kib = measure(command)
                mib = kib / 1024
                times[name].append(seconds)
                peaks[name] = max(peaks[name], mib)
        floor_name = commands[0][0]
        floor = statistics.median(times[floor_name])
        fastest_floor = min(times[floor_name])
        floors[label] = floor
        for name, _ in commands:
            median = statistics.median(times[name])
            ratio = median / floor if floor else float("nan")
            # Noise only ever adds time: the fastest run is the least disturbed.
            fastest = min(times[name])
            fastest_ratio = fastest / fastest_floor if fastest_floor else float("nan")
            summary.setdefault(name, []).append(ratio)
            fastest_summary.setdefault(name, []).append(fastest_ratio)
            print("| %s | %s | %.3f | %.2f | %.3f | %.2f | %.0f |" % (
                label, name, median, ratio, fastest, fastest_ratio, peaks[name]))
        sys.stdout.flush()
    print()
    print("The eventloop checks' own time (clang-tidy --enable-check-profile), "
          "against the floor:")
    print()
    print("| translation unit | checks' own s | share of the floor |")
    print("|---|---:|---:|")
    for label, source, flags in units():
        own = checks_time(build, source, flags)
        print("| %s | %.4f | %.2f%% |" % (label, own, 100 * own / floors[label]))
    print()
    print("| tool | geometric mean of ratios to the floor (medians) | (fastest runs) |")
    print("|---|---:|---:|")
    for name, ratios in summary.items():
        print("| %s | %.3f | %.3f |" % (name, statistics.geometric_mean(ratios),
                                       statistics.geometric_mean(fastest_summary[name])))
    print()
    print("The eventloop checks against clang-tidy's own floor (the trivial check), "
          "as a geometric mean over the same TUs:")
    print()
    print("| tool | geometric mean of ratios to clang-tidy's floor (medians) | (fastest runs) |")
    print("|---|---:|---:|")
    for name in ("eventloop-* (binary)", "eventloop-* (plugin)", "clang-tidy bugprone-*"):
        ratios = [a / b for a, b in zip(summary[name], summary[TIDY_FLOOR])]
        fastest = [a / b for a, b in zip(fastest_summary[name], fastest_summary[TIDY_FLOOR])]
        print("| %s | %.3f | %.3f |" % (name, statistics.geometric_mean(ratios),
                                       statistics.geometric_mean(fastest)))
    print()
    print("Instructions executed by the whole process (callgrind), on the small C TUs, "
          "against the floor's:")
    print()
    print("| translation unit | tool | million instructions | ratio to floor |")
    print("|---|---|---:|---:|")
    for label, source, flags in units():
        if label not in COUNTED_UNITS:
            continue
        commands = dict(tools(build, source, flags))
        counts = {name: instructions(commands[name]) for name in COUNTED_TOOLS}
        floor = counts[COUNTED_TOOLS[0]]
        for name in COUNTED_TOOLS:
            print("| %s | %s | %.1f | %.3f |" % (label, name, counts[name] / 1e6,
                                                 counts[name] / floor if floor else float("nan")))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
