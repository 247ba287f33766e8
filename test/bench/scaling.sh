#!/usr/bin/env bash
# Scaling benchmark: for generated TUs of 1k, 10k and 100k functions, prints
# the time of clang++ -fsyntax-only, of eventloop-tidy with all eventloop
# checks, the analysis alone (from --enable-check-profile), the instructions
# the analysis executes (callgrind, counting only inside the checks: the same
# count on a busy machine as on a quiet one), peak memory, and the growth
# factors per 10x. Usage: test/bench/scaling.sh [build-dir [data-file]]
# The data file gets "functions seconds analysis_seconds peak_MiB" rows for
# plotting.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
data="${2:-/dev/null}"
: > "$data"
tidy="$build/bin/eventloop-tidy"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seconds() { # command... -> wall seconds and max RSS (KiB) of one run
  python3 "$here/measure.py" "$@"
}

# Instructions executed inside the eventloop checks (the shared analysis and
# the three checks' reports) in one run.
instructions() {
  python3 "$here/measure.py" --instructions \
    --collect 'clang::tidy::eventloop::EventLoopCheck::check*' "$@"
}

growth() { # label, this, previous
  awk -v l="$1" -v a="$2" -v b="$3" 'BEGIN { printf "  growth for 10x functions, %s: %.1fx\n", l, a / b }'
}

printf "%-10s %10s %10s %10s %14s %10s %12s\n" functions parse_s tidy_s analysis_s analysis_Minstr ratio peak_MiB
prev=""
for n in 1000 10000 100000; do
  tu="$work/gen_$n.cpp"
  python3 "$here/generate_tu.py" "$n" "$tu"
  read -r parse _ < <(seconds clang++-22 -fsyntax-only -std=c++17 "$tu")
  read -r total rss < <(seconds "$tidy" --checks='-*,eventloop-*' "$tu" -- -std=c++17)
  # The checks' total: the shared analysis plus the three checks' reports.
  analysis=$("$tidy" --checks='-*,eventloop-*' --enable-check-profile "$tu" -- -std=c++17 2>&1 |
    sed -n 's/.*Total Execution Time: \([0-9.]*\) seconds.*/\1/p' | head -1 || true)
  minstr=$(instructions "$tidy" --checks='-*,eventloop-*' "$tu" -- -std=c++17 |
    awk '{ printf "%.1f", $1 / 1e6 }')
  ratio=$(awk -v a="$total" -v b="$parse" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf "%-10s %10s %10s %10s %14s %10s %12d\n" "$n" "$parse" "$total" "${analysis:-?}" "$minstr" "$ratio" $((rss / 1024))
  echo "$n $total ${analysis:-0} $((rss / 1024))" >> "$data"
  if [ -n "$prev" ]; then
    growth "eventloop-tidy time" "$total" "$prev"
    growth "analysis time" "$analysis" "$prev_analysis"
    growth "analysis instructions" "$minstr" "$prev_minstr"
  fi
  prev="$total" prev_analysis="$analysis" prev_minstr="$minstr"
done
