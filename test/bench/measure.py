#!/usr/bin/env python3
"""Wall time and peak memory of one command, and the instructions it
executes, for the benchmarks.

The clock is time.perf_counter around the process, and the peak resident set
comes from the child's own rusage (os.wait4). GNU time's %e has 10 ms steps,
as coarse as a small C translation unit. The peak counts the child from its
fork, so a command smaller than this script (about 14 MiB) reads as that;
every command the benchmarks time is far larger.

Instructions come from callgrind: the same count on a busy machine as on a
quiet one, where a clock is not.

As a script: test/bench/measure.py COMMAND... prints "seconds peak_KiB";
test/bench/measure.py --instructions [--collect FUNCTION] COMMAND... prints
the instruction count, of the whole process or only inside FUNCTION (a
callgrind --toggle-collect pattern). The command's output is discarded, its
exit status ignored."""
import os
import subprocess
import sys
import tempfile
import time


def measure(command):
    """Wall seconds and peak RSS in KiB of one run of \\p command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4
    return seconds, usage.ru_maxrss


def instructions(command, collect=None):
    """Instructions one run of \\p command executes (callgrind), or only
    those inside the functions the pattern \\p collect names."""
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "callgrind.out")
        toggle = ["--toggle-collect=" + collect] if collect else []
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, *toggle,
                        *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        totals = subprocess.run(["callgrind_annotate", out], capture_output=True,
                                text=True).stdout
    for line in totals.splitlines():
        if "PROGRAM TOTALS" in line:
            return int(line.split()[0].replace(",", ""))
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--instructions"]:
        args, collect = args[1:], None
        if args[:1] == ["--collect"] and len(args) > 1:
            collect, args = args[1], args[2:]
        if not args:
            sys.exit(__doc__)
        print(instructions(args, collect))
    else:
        if not args:
            sys.exit(__doc__)
        seconds, kib = measure(args)
        print(f"{seconds:.3f} {kib}")
