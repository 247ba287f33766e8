"""Checks that the installed Debian packages satisfy every relation of a
Depends line (read from `dpkg-deb -f PACKAGE Depends` output in a file).
Prints one line per relation; exits 1 when one is not satisfied."""
import re
import subprocess
import sys

text = open(sys.argv[1]).read()
depends = re.search(r"^Depends: (.*)$", text, re.M).group(1)
failed = False
for relation in depends.split(","):
    m = re.fullmatch(r"\s*([a-z0-9.+-]+)\s*\((<<|<=|=|>=|>>)\s*([^)\s]+)\)\s*", relation)
    if not m:
        print("unversioned or malformed: %r" % relation)
        failed = True
        continue
    name, op, version = m.groups()
    installed = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name],
                               capture_output=True, text=True).stdout.strip()
    ok = bool(installed) and subprocess.run(
        ["dpkg", "--compare-versions", installed,
         {"<<": "lt", "<=": "le", "=": "eq", ">=": "ge", ">>": "gt"}[op],
         version]).returncode == 0
    print("%s %s %s %s: installed %s" % ("ok" if ok else "NOT SATISFIED",
                                          name, op, version, installed or "none"))
    failed |= not ok
sys.exit(1 if failed else 0)
