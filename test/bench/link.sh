#!/bin/bash
# Link and analysis of a whole program from its facts, against the program's
# size (docs/benchmarks.md): eventloop-generate-facts writes the facts of a
# synthetic program of N functions in TUs of 1000 (modules of ten functions
# calling each other and on into the next TU, a callback per hundred
# functions of the even TUs, a sleep per module of the odd ones: a finding
# per callback, its path about twenty calls long across a TU boundary), and
# `run-eventloop-tidy --link` links them, finds the paths and prints every
# finding (to /dev/null). Prints, per size, the facts' bytes, the wall time
# and the peak memory (GNU time), the medians of ROUNDS.
#
# Usage: test/bench/link.sh [BUILD-DIR] [ROUNDS] [SIZES...]
#   default: build 3 10000 100000 1000000
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
rounds="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
cmake --build "$build" --target eventloop-generate-facts > /dev/null

printf '%-10s %8s %12s %10s %12s %10s\n' functions TUs "facts bytes" "wall s" "peak MiB" findings
for n in "${sizes[@]}"; do
  rm -rf "$work/facts"
  "$build/bin/eventloop-generate-facts" "$n" 1000 "$work/facts" > "$work/gen.txt"
  bytes=$(du -cb "$work"/facts/*.facts | tail -1 | cut -f1)
  times=() mems=()
  for ((i = 0; i < rounds; i++)); do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" \
      "$build/bin/run-eventloop-tidy" --link "$work"/facts/*.facts --summary none > "$work/out.txt" 2>/dev/null || true
    read -r t m < "$work/time.txt"
    times+=("$t") mems+=("$m")
  done
  t=$(printf '%s\n' "${times[@]}" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  m=$(printf '%s\n' "${mems[@]}" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  findings=$(grep -c ': warning: ' "$work/out.txt" || true)
  printf '%-10s %8s %12s %10s %12.0f %10s\n' "$n" "$((n / 1000))" "$bytes" "$t" "$(echo "$m / 1024" | bc -l)" "$findings"
done
