#!/usr/bin/env python3
"""Wall time and peak memory of one command, for the benchmarks.

The clock is time.perf_counter around the process, and the peak resident set
comes from the child's own rusage (os.wait4). GNU time's %e has 10 ms steps,
as coarse as a small C translation unit. The peak counts the child from its
fork, so a command smaller than this script (about 14 MiB) reads as that;
every command the benchmarks time is far larger.

As a script: test/bench/measure.py COMMAND... prints "seconds peak_KiB" (the
command's output is discarded, its exit status ignored)."""
import os
import subprocess
import sys
import time


def measure(command):
    """Wall seconds and peak RSS in KiB of one run of \\p command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4
    return seconds, usage.ru_maxrss


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    seconds, kib = measure(sys.argv[1:])
    print(f"{seconds:.3f} {kib}")
