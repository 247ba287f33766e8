#!/usr/bin/env python3
"""Seeds for the fuzzers, from the test suite's inputs and the models.

Usage: make_seeds.py --modes BUILD/checker/fuzz/modes.txt --out DIR

DIR/analysis gets one seed per test file (test/*/*.c, *.cpp): the first byte
picks the fuzzer mode whose precompiled header (checker/fuzz/pch/<mode>.h)
holds every library header the test includes, those #include lines are
dropped, the test's own headers (inputs/) are written in place, the RUN and
CHECK comments are dropped, and a --config of the RUN line becomes the
`// eventloop-fuzz-config:` first line. DIR/name gets pattern/name pairs
from the models' tables for the name fuzzer.
"""

import argparse
import hashlib
import os
import re
import shlex
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PCH_DIR = os.path.join(ROOT, "checker", "fuzz", "pch")
CONFIG_PREFIX = "// eventloop-fuzz-config: "
ANGLE = re.compile(r'^\s*#\s*include\s*<([^>]+)>')
QUOTED = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
LIT_COMMENT = re.compile(r'^\s*//\s*(RUN|CHECK[A-Z-]*|REQUIRES|UNSUPPORTED|XFAIL)\b')
SKIPPED_FOLDERS = {"bench", "tools"}


def pch_includes(name, seen=None):
    """The library headers a mode's precompiled header includes."""
    seen = set() if seen is None else seen
    path = os.path.join(PCH_DIR, name)
    if path in seen or not os.path.exists(path):
        return set()
    seen.add(path)
    found = set()
    for line in open(path):
        if m := ANGLE.match(line):
            found.add(m.group(1))
        elif m := QUOTED.match(line):
            found |= pch_includes(m.group(1), seen)
    return found


def find_input(folder, name):
    """A test's own header: under its folder's inputs/, by path suffix."""
    for base, _, files in os.walk(os.path.join(folder, "inputs")):
        for f in files:
            path = os.path.join(base, f)
            if path.endswith("/" + name):
                return path
    return None


def flatten(path, folder, seen):
    """The file's lines with the test's own headers written in place."""
    lines = []
    for line in open(path, errors="replace"):
        m = QUOTED.match(line)
        header = find_input(folder, m.group(1)) if m else None
        if header:
            if header not in seen:
                seen.add(header)
                lines += flatten(header, folder, seen)
            continue
        lines.append(line)
    return lines


def run_config(lines):
    """The --config value of the test's RUN lines, if any."""
    run = " ".join(l.split("RUN:", 1)[1].rstrip("\\\n") for l in lines if "RUN:" in l)
    try:
        words = shlex.split(run)
    except ValueError:
        return None
    for i, w in enumerate(words):
        if w == "--config" and i + 1 < len(words):
            return words[i + 1]
        if w.startswith("--config="):
            return w[len("--config="):]
    return None


def analysis_seeds(modes, out):
    covers = {m: pch_includes(m + ".h") for m in modes}
    count = 0
    for folder in sorted(os.listdir(os.path.join(ROOT, "test"))):
        path = os.path.join(ROOT, "test", folder)
        if folder in SKIPPED_FOLDERS or not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith((".c", ".cpp")):
                continue
            lines = flatten(os.path.join(path, name), path, set())
            config = run_config(lines)
            is_c = name.endswith(".c")
            libs = {m.group(1) for l in lines if (m := ANGLE.match(l))}
            candidates = [m for m in modes if m.startswith("c-" if is_c else "cxx-")]
            mode = next((m for m in candidates if libs <= covers[m]), None)
            if mode is None:
                mode = "c" if is_c else "cxx"  # keeps its #include lines
            kept = [l for l in lines if not LIT_COMMENT.match(l) and
                    not (ANGLE.match(l) and ANGLE.match(l).group(1) in covers[mode])]
            text = "".join(kept)
            if config:
                text = CONFIG_PREFIX + config.replace("\n", " ") + "\n" + text
            data = bytes([modes.index(mode)]) + text.encode()
            with open(os.path.join(out, "%s-%s" % (folder, name)), "wb") as f:
                f.write(data)
            count += 1
    return count


def name_seeds(out):
    """Pairs of a model's pattern and a name it is meant to match."""
    strings = set()
    for base, _, files in os.walk(os.path.join(ROOT, "checker", "models")):
        for f in files:
            text = open(os.path.join(base, f), errors="replace").read()
            strings |= set(re.findall(r'"([A-Za-z_~*:()]*::[A-Za-z_~*:()]*)"', text))
    count = 0
    for pattern in sorted(strings):
        name = pattern.lstrip(":").replace("**::", "ns::").replace("*", "x")
        data = (pattern + "\n" + name).encode()
        digest = hashlib.sha1(data).hexdigest()[:12]
        with open(os.path.join(out, digest), "wb") as f:
            f.write(data)
        count += 1
    return count


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--modes", required=True, help="modes.txt of the fuzz build")
    p.add_argument("--out", required=True)
    opts = p.parse_args()
    modes = [l.strip() for l in open(opts.modes) if l.strip()]
    for sub in ("analysis", "name"):
        os.makedirs(os.path.join(opts.out, sub), exist_ok=True)
    n = analysis_seeds(modes, os.path.join(opts.out, "analysis"))
    m = name_seeds(os.path.join(opts.out, "name"))
    print("seeds: %d translation units, %d name patterns in %s" % (n, m, opts.out))


if __name__ == "__main__":
    sys.exit(main())
