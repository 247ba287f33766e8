#!/usr/bin/env python3
"""Writes compile_commands.json into DIR for the sources named, each compiled
by COMPILER with FLAGS in DIR, as CMake would write it.

Usage: write_compdb.py DIR COMPILER [FLAG...] -- SOURCE...
"""
import json
import os
import sys

args = sys.argv[1:]
cut = args.index("--")
directory, compiler, flags = os.path.abspath(args[0]), args[1], args[2:cut]
entries = []
for source in args[cut + 1:]:
    path = os.path.join(directory, source)
    entries.append({"directory": directory, "file": path,
                    "arguments": [compiler, *flags, "-c", path,
                                  "-o", path + ".o"]})
with open(os.path.join(directory, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
