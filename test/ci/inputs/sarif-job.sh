#!/usr/bin/env bash
# docs/ci.md's "Lint, as SARIF" step, with the paths a test gives it:
#   sarif-job.sh EVENTLOOP_SARIF TOOL BUILD_DIR OUTPUT
# (run from the project's root, as the CI job is).
set -u
sarif="$1" tool="$2" build="$3" output="$4"
"$sarif" --tool "$tool" --output "$output" --srcroot "$PWD" -- \
  -p "$build" --checks='-*,eventloop-*' \
  $(python3 -c 'import json, sys; print(" ".join(sorted({e["file"] for e in json.load(open(sys.argv[1]))})))' "$build/compile_commands.json") || true
