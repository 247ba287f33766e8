#!/bin/bash
# The extraction of the facts as a share of the parse (docs/benchmarks.md),
# two ways for each database given:
#   - time: run-eventloop-tidy --no-cache --timing -j 1, the median of ROUNDS
#     runs of its shares (the clock: what a user waits for, noisy on a busy
#     machine);
#   - instructions: one run under callgrind, the instructions of the whole
#     parse (clang's ClangTool::run) against those of the extraction
#     (extractFacts, writeFacts, and in C the declarations noted as parsed,
#     TopLevelDecls::add): the same figure on a busy machine, so a
#     change's effect shows even when the clock's noise hides it.
#
# Usage: test/bench/extraction.sh BUILD-DIR ROUNDS DATABASE-DIR...
#   e.g. test/bench/extraction.sh build 3 /tmp/eventloop-corpus/{libuv,tmux,transmission}
# (make evaluate leaves the corpus databases under /tmp/eventloop-corpus.)
# Set INSTRUCTIONS=0 to skip callgrind (it runs the parse some 50x slower).
set -euo pipefail
tool="$1/bin/run-eventloop-tidy"
rounds="$2"
shift 2
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

for db in "$@"; do
  name=$(basename "$db")
  declare -a parse=() extract=()
  for ((i = 1; i <= rounds; i++)); do
    # "run-eventloop-tidy: timing: 94 TUs parsed in 2.40 s (summed over
    # threads); extraction of the facts 0.14 s (5.81 %), ..."
    line=$("$tool" -p "$db" -j 1 --no-cache --timing --quiet --summary none 2>&1 >/dev/null |
      grep 'timing:')
    parse+=("$(sed -n 's/.* parsed in \([0-9.]*\) s.*/\1/p' <<<"$line")")
    extract+=("$(sed -n 's/.*extraction of the facts [0-9.]* s (\([0-9.]*\) %).*/\1/p' <<<"$line")")
  done
  tus=$(sed -n 's/.*timing: \([0-9]*\) TUs.*/\1/p' <<<"$line")
  printf '%s: %s TUs, parse %.2f s, extraction %.2f %% of it (median of %d runs, -j 1)' \
    "$name" "$tus" "$(median "${parse[@]}")" "$(median "${extract[@]}")" "$rounds"
  if [[ "${INSTRUCTIONS:-1}" != 0 ]]; then
    out=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file="$out" \
      "$tool" -p "$db" -j 1 --no-cache --quiet --summary none > /dev/null 2>&1 || true
    callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null | python3 -c '
import re, sys
totals = {"parse": 0, "extract": 0, "write": 0, "note": 0}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) .*?\?\?\?:(\S+)\(", line)
    if not m:
        continue
    n, f = int(m.group(1).replace(",", "")), m.group(2)
    key = {"clang::tooling::ClangTool::run": "parse",
           "clang::tidy::eventloop::extractFacts": "extract",
           "clang::tidy::eventloop::facts::writeFacts[abi:cxx11]": "write",
           "clang::tidy::eventloop::TopLevelDecls::add": "note"}.get(f)
    if key:
        totals[key] = max(totals[key], n)
part = totals["extract"] + totals["write"] + totals["note"]
print("; instructions: parse %.0f M, extraction %.1f M (%.2f %%)"
      % (totals["parse"] / 1e6, part / 1e6, 100 * part / max(totals["parse"], 1)))'
    rm -f "$out"
  else
    echo
  fi
done
