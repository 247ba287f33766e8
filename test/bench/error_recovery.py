#!/usr/bin/env python3
"""Error-recovery run: eventloop-tidy over broken variants of a real project's TUs.

An editor runs the checker on half-typed code and CI runs it on commits whose
build is broken, so the analysis meets ASTs in error recovery: undeclared
names, invalid declarations, RecoveryExpr, missing bodies. This script makes
such ASTs from a real project. For each TU of its compile_commands.json it
builds mutants, deterministically from --seed:
  - include: one -I/-isystem/-iquote/-idirafter directory of the TU's command
    removed (every occurrence of it), so that the headers found there are
    missing and what they declare is undeclared;
  - lines: a few random lines of the main file deleted (one line; two to five
    scattered lines; a block of two to ten lines, in turn). Blank lines and
    lines that start a comment are not picked. The mutant is served in place
    of the file through a VFS overlay (--vfsoverlay), so it keeps its path and
    its relative includes, and nothing is written to the source tree.
and runs eventloop-tidy (--checks='-*,eventloop-*' --config={}) on each, under
`nice`, with a per-mutant timeout. It prints a Markdown table: TUs, mutants
run, mutants in error recovery (the compiler reported errors), crashes (a
signal exit, "Stack dump", "PLEASE submit a bug report", "LLVM ERROR") and
hangs (the timeout was reached). A crash or a timeout is run again with
clang-tidy's trivial check alone (--checks=-*,misc-misleading-bidirectional):
when that crashes too, or is as slow, the fault is the compiler's and the
mutant is counted apart (compiler crash, slow to compile); a crash prints no
diagnostics, so that run also says whether the mutant was in error recovery.
The exit status is 1 when there was a crash or a hang.

Each crash or hang keeps its mutant under --out (the database entry, the
mutant source and overlay, the tool's output, and repro.sh that runs it
again).

The project and its database are given as to corpus.py (--compdb, --cmake or
--bear; --filter and --limit select TUs). Sampling: --include-mutants and
--line-mutants per TU, then --max-mutants for the whole project, drawn with
the seed. The cost is about one analysis of the TU per mutant: 0.3 s for a C
TU, 2 to 5 s for an asio or Qt one; mutants without a header are cheaper.

Examples:
  test/bench/error_recovery.py /srv/corpus/libuv1-1.44.2 \\
      --compdb /tmp/eventloop-corpus/libuv --filter '^test/' --name libuv
  test/bench/error_recovery.py --total /tmp/eventloop-corpus/errors/*.json
"""
import json
import os
import random
import re
import resource
import shlex
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402  (the database, the TU selection and running the tool are shared)

INCLUDE_FLAGS = ("-isystem", "-iquote", "-idirafter", "-I")
COLUMNS = ["project", "TUs", "mutants run", "include dir removed", "lines deleted",
           "in error recovery", "crashes", "hangs", "CPU time"]


def parse_args(argv):
    p = corpus.argument_parser(__doc__)
    p.set_defaults(timeout=120)
    p.add_argument("--seed", default="1", help="seed of the mutations and of the sampling (default %(default)s)")
    p.add_argument("--include-mutants", type=int, default=4,
                   help="include directories removed per TU, at most (default %(default)s)")
    p.add_argument("--line-mutants", type=int, default=10,
                   help="line-deletion mutants per TU (default %(default)s)")
    p.add_argument("--max-mutants", type=int, default=3000,
                   help="mutants per project, at most; drawn with the seed (default %(default)s)")
    p.add_argument("--jobs", type=int, default=1, help="mutants analysed at once (default %(default)s)")
    p.add_argument("--memory", type=float, default=8,
                   help="address-space limit of each analysis in GiB (default %(default)s)")
    p.add_argument("--out", default="/tmp/eventloop-corpus/errors",
                   help="crashes and hangs are kept in OUT/<name> (default %(default)s)")
    args = corpus.parse_args(argv, p)
    args.out = os.path.realpath(os.path.join(args.out, re.sub(r"[^\w.+-]+", "-", args.name).strip("-")))
    return args


def include_dirs(arguments, directory):
    """The include directories of a command: {directory: [argument positions]},
    every spelling (-Idir, -I dir, -isystem dir, ...) of the same directory
    together, in the order of first use."""
    found = {}
    i = 1  # arguments[0] is the compiler
    while i < len(arguments):
        a = arguments[i]
        flag = next((f for f in INCLUDE_FLAGS if a.startswith(f)), None)
        if flag is None:
            i += 1
            continue
        if a == flag and i + 1 < len(arguments):
            value, positions = arguments[i + 1], [i, i + 1]
        else:
            value, positions = a[len(flag):], [i]
        path = os.path.normpath(os.path.join(directory, value))
        found.setdefault(path, []).extend(positions)
        i += len(positions)
    return found


def delete_lines(text, rng, number):
    """Deletes random lines of the file; returns the mutant and which lines
    (1-based, as text) went, or None when the file has no line to pick."""
    lines = text.splitlines(keepends=True)
    candidates = [i for i, l in enumerate(lines)
                  if l.strip() and not l.lstrip().startswith((b"//", b"/*", b"*"))]
    if not candidates:
        return None
    kind = number % 3
    if kind == 0:
        gone = [rng.choice(candidates)]
    elif kind == 1:
        gone = sorted(rng.sample(candidates, min(len(candidates), rng.randint(2, 5))))
    else:
        start = rng.choice(candidates)
        gone = list(range(start, min(len(lines), start + rng.randint(2, 10))))
    kept = set(range(len(lines))) - set(gone)
    mutant = b"".join(lines[i] for i in sorted(kept))
    spans, run = [], [gone[0]]
    for i in gone[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            spans.append(run)
            run = [i]
    spans.append(run)
    return mutant, ", ".join(f"{r[0] + 1}" if len(r) == 1 else f"{r[0] + 1}-{r[-1] + 1}" for r in spans)


def plan(units, args):
    """Every mutant of the selected TUs as (unit, kind, parameter), then a
    sample of --max-mutants of them; deterministic for a seed."""
    mutants = []
    for unit in units:
        entry = args.entries[unit]
        rel = os.path.relpath(unit, args.source)
        dirs = list(include_dirs(corpus.entry_arguments(entry), entry["directory"]))
        rng = random.Random(f"{args.seed}:include:{rel}")
        if len(dirs) > args.include_mutants:
            dirs = sorted(rng.sample(dirs, args.include_mutants), key=dirs.index)
        mutants += [(unit, "include", d) for d in dirs]
        mutants += [(unit, "lines", n) for n in range(args.line_mutants)]
    if len(mutants) > args.max_mutants:
        keep = sorted(random.Random(f"{args.seed}:sample").sample(range(len(mutants)), args.max_mutants))
        mutants = [mutants[i] for i in keep]
    return mutants


def unit_arguments(entry, unit):
    """The entry's command with the main file's argument absolute (the mutant
    database lives elsewhere, the working directory stays the entry's)."""
    arguments = corpus.entry_arguments(entry)
    return [unit if i and os.path.normpath(os.path.join(entry["directory"], a)) == unit else a
            for i, a in enumerate(arguments)]


class Mutant:
    """One mutant's directory: its database and, for a line mutant, its
    source and the overlay that serves it at the unit's path."""

    def __init__(self, number, unit, kind, parameter, args):
        self.unit, self.kind, self.parameter = unit, kind, parameter
        self.rel = os.path.relpath(unit, args.source)
        self.dir = os.path.join(args.out, f"{number:05d}")
        entry = args.entries[unit]
        arguments = unit_arguments(entry, unit)
        self.detail = None
        overlay = None
        if kind == "include":
            gone = set(include_dirs(arguments, entry["directory"])[parameter])
            arguments = [a for i, a in enumerate(arguments) if i not in gone]
            self.detail = f"without {parameter}"
        else:
            with open(unit, "rb") as f:
                text = f.read()
            rng = random.Random(f"{args.seed}:lines:{self.rel}:{parameter}")
            deleted = delete_lines(text, rng, parameter)
            if deleted is None:
                return
            text, lines = deleted
            self.detail = f"lines {lines} deleted"
            source = os.path.join(self.dir, os.path.basename(unit))
            overlay = os.path.join(self.dir, "overlay.yaml")
        os.makedirs(self.dir, exist_ok=True)
        with open(os.path.join(self.dir, "compile_commands.json"), "w") as f:
            json.dump([{"directory": entry["directory"], "file": unit, "arguments": arguments}], f, indent=1)
        if overlay:
            with open(source, "wb") as f:
                f.write(text)
            with open(overlay, "w") as f:
                # The mutant keeps the unit's name: relative includes and
                # the header filter see the real path.
                json.dump({"version": 0, "use-external-names": False,
                           "roots": [{"type": "file", "name": unit, "external-contents": source}]}, f)
        self.command = [args.tidy, "-p", self.dir, *([f"--vfsoverlay={overlay}"] if overlay else []),
                        "--checks=-*,eventloop-*", "--config={}", *args.tidy_arg, unit]
        # The compiler and clang-tidy without our checks: a floor to compare with.
        self.baseline = [args.tidy, "-p", self.dir, *([f"--vfsoverlay={overlay}"] if overlay else []),
                         "--checks=-*,misc-misleading-bidirectional", "--config={}", unit]

    def keep(self, result, baseline):
        with open(os.path.join(self.dir, "output.txt"), "w") as f:
            f.write(f"# {result['status']} (exit {result['returncode']}, {result['seconds']:.1f} s)"
                    f" {self.rel}, {self.detail}\n{result['stdout']}\n# stderr\n{result['stderr']}")
            if baseline:
                f.write(f"\n# with the trivial check alone: {baseline['status']} in {baseline['seconds']:.1f} s\n")
        script = os.path.join(self.dir, "repro.sh")
        with open(script, "w") as f:
            f.write(f"#!/bin/sh\n# {self.rel}, {self.detail}\nexec {shlex.join(self.command)}\n")
        os.chmod(script, 0o755)

    def discard(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def run_mutant(number, unit, kind, parameter, args):
    mutant = Mutant(number, unit, kind, parameter, args)
    if mutant.detail is None:
        return None  # a file with no line to delete
    try:
        result = corpus.run_tool(mutant.command, args.timeout)
        baseline = None
        blocks = result["blocks"]
        if result["status"] in ("crash", "timeout"):
            baseline = corpus.run_tool(mutant.baseline, args.timeout)
            blocks = baseline["blocks"]
            if result["status"] == "timeout":
                result["status"] = "slow-compile" if baseline["status"] == "timeout" else "hang"
            elif baseline["status"] == "crash":
                result["status"] = "compiler-crash"
        result["recovery"] = any(k in ("error", "fatal error") for k, _, _ in blocks)
        if result["status"] in ("crash", "hang", "compiler-crash"):
            mutant.keep(result, baseline)
            result["kept"] = mutant.dir
        else:
            mutant.discard()
    except BaseException:
        mutant.discard()
        raise
    del result["stdout"], result["blocks"]
    result.update(unit=unit, kind=kind, detail=mutant.detail, rel=mutant.rel)
    return result


def summary(args, results, cpu, wall):
    count = lambda **kw: sum(1 for r in results if all(r[k] == v for k, v in kw.items()))
    units = sorted({r["unit"] for r in results})
    return {"project": args.name, "version": args.version, "tus": len(units), "units": units,
            "mutants": len(results), "include": count(kind="include"), "lines": count(kind="lines"),
            "recovery": count(recovery=True), "crashes": count(status="crash"),
            "hangs": count(status="hang"), "slow": count(status="slow-compile"),
            "compiler_crashes": count(status="compiler-crash"),
            "cpu": cpu, "wall": wall}


def row(s):
    return [s["project"], str(s["tus"]), str(s["mutants"]), str(s["include"]), str(s["lines"]),
            str(s["recovery"]), str(s["crashes"]), str(s["hangs"]), f"{s['cpu'] / 60:.0f} min"]


def table(rows):
    return "\n".join(["| " + " | ".join(COLUMNS) + " |", "|---|" + "---:|" * (len(COLUMNS) - 1)]
                     + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def markdown(args, s, results):
    lines = [table([row(s)])]
    bad = [r for r in results if r["status"] in ("crash", "hang", "slow-compile", "compiler-crash")]
    if bad:
        lines += ["| mutant | status | seconds | kept in |", "|---|---|---:|---|"]
        lines += [f"| {r['rel']}, {r['detail']} | {r['status']} | {r['seconds']:.1f} | {r.get('kept', '')} |"
                  for r in bad]
        lines.append("")
    lines.append(f"Seed {args.seed}; at most {args.include_mutants} include and {args.line_mutants} "
                 f"line mutants per TU, {args.max_mutants} per project; timeout {args.timeout:.0f} s; "
                 f"{s['wall'] / 60:.0f} min wall with {args.jobs} job(s). Not counted: slow in the compiler "
                 f"alone {s['slow']}, crashes of the compiler alone {s['compiler_crashes']}.")
    return "\n".join(lines) + "\n"


def total(paths):
    """One table of several projects' summaries (the .json beside each
    --report), with the totals."""
    summaries = []
    for path in paths:
        with open(path) as f:
            summaries.append(json.load(f))
    # A project run twice (with and without options) has its TUs counted once.
    all_ = {"project": "**all**", "tus": len({u for s in summaries for u in s["units"]})}
    for key in ("mutants", "include", "lines", "recovery", "crashes", "hangs", "slow",
                "compiler_crashes", "cpu"):
        all_[key] = sum(s[key] for s in summaries)
    print(table([row(s) for s in summaries] + [[f"**{c}**" if i else c for i, c in enumerate(row(all_))]]), end="")
    return 1 if all_["crashes"] or all_["hangs"] else 0


def main(argv):
    if argv[:1] == ["--total"]:
        return total(argv[1:])
    args = parse_args(argv)
    os.nice(args.nice)
    limit = int(args.memory * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))  # inherited by every analysis
    database = corpus.get_database(args)
    total_units, units = corpus.load_units(database, args)
    mutants = plan(units, args)
    corpus.log(f"{len(mutants)} mutants of {len(units)} of {total_units} TUs from {database}")
    shutil.rmtree(args.out, ignore_errors=True)  # the kept mutants of an earlier run
    results = []
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    pool = ThreadPoolExecutor(max_workers=args.jobs)
    try:
        futures = [pool.submit(run_mutant, n, *m, args) for n, m in enumerate(mutants)]
        for i, future in enumerate(futures, 1):
            r = future.result()
            if r is None:
                continue
            results.append(r)
            corpus.log(f"[{i}/{len(mutants)}] {r['status']:13} {r['seconds']:6.1f}s "
                       f"{'recovery' if r['recovery'] else 'clean':8} {r['rel']}, {r['detail']}")
    finally:
        pool.shutdown(cancel_futures=True)
    wall = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage.ru_utime - cpu_before.ru_utime) + (usage.ru_stime - cpu_before.ru_stime)
    s = summary(args, results, cpu, wall)
    report = markdown(args, s, results)
    print(report, end="")
    if args.report:
        with open(args.report, "w") as f:
            f.write(report)
        with open(os.path.splitext(args.report)[0] + ".json", "w") as f:
            json.dump(s, f, indent=1)
    return 1 if s["crashes"] or s["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
