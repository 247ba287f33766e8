#!/usr/bin/env bash
# The "Whole-program mode" section of docs/benchmarks.md (report.sh appends
# it): run-eventloop-tidy against run-clang-tidy and its re-runs
# (whole-program.sh), the extraction's share of the parse (--timing), the
# link of generated programs (link.sh), and the facts' size per kLOC. The
# corpus figures need the databases of `make evaluate` under $WORK (default
# /tmp/eventloop-corpus); a project without one is left out, and says so.
# Usage: test/bench/whole_program_report.sh BUILD-DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$1" && pwd)"
WORK="${WORK:-/tmp/eventloop-corpus}"
jobs="$(nproc)"
tool="$build/bin/run-eventloop-tidy"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
have() { [[ -f "$WORK/$1/compile_commands.json" ]]; }

echo "## Whole-program mode"
echo
echo "**Against run-clang-tidy, and re-runs.** \`test/bench/whole-program.sh BUILD"
echo "DATABASE JOBS ROUNDS\` runs run-eventloop-tidy over every TU of a database"
echo "with every TU parsed (\`--no-cache\`), run-clang-tidy-22 with one trivial"
echo "check (\`misc-definitions-in-headers\`) over the same TUs with the same \`-j\`,"
echo "run-eventloop-tidy again with the facts of every TU in its cache (nothing"
echo "changed), and again after one source changed (a comment appended to the"
echo "first TU, removed afterwards), and prints the medians:"
echo
echo '```'
for p in tmux libuv; do
  if have "$p"; then
    echo "\$ test/bench/whole-program.sh build $WORK/$p $jobs 3"
    "$here/whole-program.sh" "$build" "$WORK/$p" "$jobs" 3 | tail -1
  else
    echo "($p: no database under $WORK; run make evaluate first)"
  fi
done
echo '```'
echo
echo "run-eventloop-tidy parses in one process (no clang-tidy process per TU, no"
echo "check matchers over the AST), and the link and analysis are a small part of"
echo "the run. A re-run loads the cached facts of every TU, checks the hashes of"
echo "the files each read, links and analyses; one TU parsed again adds its parse."
echo
echo "**Extraction as a share of the parse.** \`run-eventloop-tidy --timing\` adds"
echo "up, over the TUs parsed, the time of the whole parse, of the extraction of"
echo "the facts (the walk, the facts and their bytes) and of hashing the files"
echo "each TU read (for the cache); \`--no-cache -j $jobs\`:"
echo
echo "| project | TUs | parse | extraction | hashing |"
echo "|---|---:|---:|---:|---:|"
for entry in "asio|cpp20/coroutines" "websocketpp|examples/" "libuv|" "tmux|" "memcached|" "libevent|" "transmission|"; do
  p="${entry%%|*}" filter="${entry#*|}"
  have "$p" || { echo "| $p | no database | | | |"; continue; }
  # "timing: 10 TUs parsed in 14.00 s (...); extraction of the facts 0.02 s
  #  (0.18 %), hashing of the files read 0.02 s (0.14 %); ..."
  "$tool" -p "$WORK/$p" --no-cache --quiet --timing --summary none -j "$jobs" \
    ${filter:+"$filter"} 2>&1 >/dev/null |
    sed -n 's#^run-eventloop-tidy: timing: \([0-9]*\) TUs parsed in \([0-9.]*\) s.*extraction of the facts \([0-9.]* s ([0-9.]* %)\), hashing of the files read \([0-9.]* s ([0-9.]* %)\).*#| '"$p${filter:+ ($filter)}"' | \1 | \2 s | \3 | \4 |#p'
done
echo
echo "The extraction found the declaration a construction's fix-it may take"
echo "through clang's parent map at first, which walks the whole TU, every library"
echo "template instantiation with it: 10.7 % of the parse on asio's coroutine"
echo "examples (2026-12-03). It now walks the one body. On C the parse itself is"
echo "short, and the extraction's fixed cost per TU is a larger share of it."
echo
echo "**Link and analysis against the program's size.** \`test/bench/link.sh build"
echo "3\` generates the facts of a synthetic program (\`eventloop-generate-facts\`:"
echo "modules of ten functions calling each other and on into the next TU, a"
echo "callback per hundred functions of half the TUs, a sleep per module of the"
echo "other half, so each callback has a finding whose path runs about twenty"
echo "calls across a TU boundary), links them with \`run-eventloop-tidy --link\`"
echo "and prints the findings to /dev/null:"
echo
echo '```'
"$here/link.sh" "$build" 3
echo '```'
echo
echo "Each call site once carried, in memory, the loop and future of a sink and"
echo "the declaration of a rewrite, which few sites have (544 bytes a site): the"
echo "million functions took 1.67 s and 1.2 GiB (2026-12-03). Those are now"
echo "tables of their own that sites index (208 bytes a site)."
echo
echo "**Facts size**, per thousand lines of the TUs' own sources:"
echo
for p in tmux libuv; do
  have "$p" || continue
  "$tool" -p "$WORK/$p" --cache "$tmp/$p" --quiet --summary none -j "$jobs" > /dev/null 2>&1 || true
  python3 - "$WORK/$p/compile_commands.json" "$tmp/$p" "$p" <<'PY'
import glob, json, os, sys
db, cache, name = sys.argv[1:]
size = sum(os.path.getsize(f) for f in glob.glob(os.path.join(cache, "*.facts")))
files = {os.path.join(e["directory"], e["file"]) for e in json.load(open(db))}
lines = sum(sum(1 for _ in open(f, errors="ignore")) for f in files)
print(f"- {name}: {size / 1e6:.1f} MB of facts for {len(files)} TUs, "
      f"{size / 1024 / (lines / 1000):.0f} KiB per kLOC")
PY
done
