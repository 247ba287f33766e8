#!/bin/bash
# Whole-program mode against run-clang-tidy on the same TUs and the same -j
# (docs/benchmarks.md): run-eventloop-tidy with every TU parsed (--no-cache),
# run-clang-tidy-22 with one trivial check, and run-eventloop-tidy again with
# the facts of every TU in its cache (nothing changed). Prints one line per
# round and the medians.
#
# Usage: test/bench/whole-program.sh BUILD-DIR DATABASE-DIR [JOBS] [ROUNDS]
#   e.g. test/bench/whole-program.sh build /tmp/eventloop-corpus/tmux 2 3
# (make evaluate leaves the corpus databases under /tmp/eventloop-corpus.)
set -euo pipefail
tool="$1/bin/run-eventloop-tidy"
db="$2"
jobs="${3:-$(nproc)}"
rounds="${4:-3}"
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }

# The first TU's source: a comment appended changes its hash, not its facts.
first=$(python3 -c "import json,os,sys; e=json.load(open(sys.argv[1]))[0]; print(os.path.join(e['directory'], e['file']))" "$db/compile_commands.json")
size=$(stat -c %s "$first")
restore() { truncate -s "$size" "$first"; }
trap 'restore; rm -rf "$cache"' EXIT

declare -a whole tidy again one
for ((i = 1; i <= rounds; i++)); do
  w=$(seconds "$tool" -p "$db" -j "$jobs" --no-cache --quiet --summary none)
  t=$(seconds run-clang-tidy-22 -p "$db" -j "$jobs" -quiet -checks='-*,misc-definitions-in-headers')
  "$tool" -p "$db" -j "$jobs" --cache "$cache" --quiet --summary none > /dev/null 2>&1 || true
  a=$(seconds "$tool" -p "$db" -j "$jobs" --cache "$cache" --quiet --summary none)
  echo "/* eventloop-tidy benchmark $i */" >> "$first"
  o=$(seconds "$tool" -p "$db" -j "$jobs" --cache "$cache" --quiet --summary none)
  restore
  whole+=("$w") tidy+=("$t") again+=("$a") one+=("$o")
  printf 'round %d: run-eventloop-tidy %.2f s, run-clang-tidy-22 %.2f s, no-change re-run %.2f s, one-file-change re-run %.2f s\n' "$i" "$w" "$t" "$a" "$o"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
w=$(median "${whole[@]}") t=$(median "${tidy[@]}") a=$(median "${again[@]}") o=$(median "${one[@]}")
printf '%s, -j %s, medians of %d: run-eventloop-tidy %.2f s, run-clang-tidy-22 %.2f s (ratio %.2f), no-change re-run %.2f s (%.1f %% of the first run), one-file-change re-run %.2f s (%.1f %%)\n' \
  "$(basename "$db")" "$jobs" "$rounds" "$w" "$t" "$(echo "$w / $t" | bc -l)" "$a" "$(echo "100 * $a / $w" | bc -l)" "$o" "$(echo "100 * $o / $w" | bc -l)"
