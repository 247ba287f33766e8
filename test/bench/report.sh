#!/usr/bin/env bash
# Regenerates docs/benchmarks.md and docs/scaling.png: the overhead table
# (overhead.py), the scaling table and plot (scaling.sh, scaling.gp), and the
# whole-program section (whole_program_report.sh).
# Usage: test/bench/report.sh [build-dir] [runs]   (make bench runs it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
runs="${2:-9}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$here/overhead.py" --build "$build" --runs "$runs" > "$work/overhead.md"
"$here/scaling.sh" "$build" "$work/scaling.dat" > "$work/scaling.txt"
gnuplot -e "data='$work/scaling.dat'; out='$root/docs/scaling.png'" "$here/scaling.gp"

cpu="$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
{
  echo "# Benchmarks"
  echo
  echo "Regenerate with \`make bench\` (test/bench/report.sh). Figures of $(date -u +%Y-%m-%d),"
  echo "on $(nproc) cores of ${cpu:-an unknown CPU}, $(free -g | awk '/^Mem:/ {print $2}') GiB,"
  echo "$(. /etc/os-release && echo "$PRETTY_NAME"), $(clang++-22 --version | head -1)."
  echo
  echo "## Overhead on real translation units"
  echo
  echo "Each tool runs $runs times per TU, interleaved, and the median counts;"
  echo "the floor is \`clang -fsyntax-only\` on the same file (nothing can be"
  echo "faster than parsing). The fastest run is reported too: noise only ever"
  echo "adds time, so the fastest of the runs is the least disturbed one."
  echo "Peak memory is the largest resident set seen."
  echo "Times are wall clock around each process (test/bench/measure.py)."
  echo
  echo "Any clang-tidy check pays for clang-tidy itself: its driver and"
  echo "diagnostics, and its MatchFinder's walk over the whole AST, which runs"
  echo "for any enabled check. The row \"clang-tidy, one trivial check\""
  echo "(misc-misleading-bidirectional) measures that; the eventloop rows minus"
  echo "that row is what the eventloop checks add, and the checks' own time"
  echo "(--enable-check-profile) says the same from inside. On the small C TUs"
  echo "clang-tidy's fixed costs (start-up, enabling checks by glob, the"
  echo "MatchFinder walk) are most of the difference: the instruction counts at"
  echo "the end show it without a clock's noise. Wall clock on a shared virtual"
  echo "machine varies by several per cent from run to run of one command, so"
  echo "ratios closer than that are not differences."
  echo
  cat "$work/overhead.md"
  echo
  echo "## Scaling"
  echo
  echo "Generated TUs (test/bench/generate_tu.py: chains, fan-out, cycles, one"
  echo "callback per 100 functions, loop runs and blocking calls at the ends of"
  echo "chains; no headers). \`analysis_s\` is the eventloop checks' own time"
  echo "(clang-tidy's --enable-check-profile): the shared analysis and the three"
  echo "checks' reports; \`tidy_s\` the whole run, printing included."
  echo "\`analysis_Minstr\` counts the instructions executed inside the checks"
  echo "(callgrind, collecting only in EventLoopCheck::check): unlike a clock it"
  echo "gives the same figure on a busy machine, so its growth per 10x is the"
  echo "measure of the algorithm; the clock's growth adds the cost of a working"
  echo "set that no longer fits in the caches. About half of those instructions"
  echo "are clang-tidy rendering the checks' diagnostics, one warning per"
  echo "callback with its notes."
  echo
  echo '```'
  cat "$work/scaling.txt"
  echo '```'
  echo
  echo "![time against TU size](scaling.png)"
  echo
  "$here/whole_program_report.sh" "$build"
} > "$root/docs/benchmarks.md"
echo "wrote $root/docs/benchmarks.md and $root/docs/scaling.png"
