#!/usr/bin/env bash
# The second step of the GitHub action (action.yml): run-eventloop-tidy over
# compile_commands.json, writing the SARIF log (and a Code Quality report).
#   EVENTLOOP_BIN  the folder of run-eventloop-tidy (from the install step)
#   BUILD_DIR SARIF CHECKS WARNINGS_AS_ERRORS CODE_QUALITY DOCS_BASE
#   EXTRA_ARGS     the action's inputs
# Writes status=N (run-eventloop-tidy's exit status) to $GITHUB_OUTPUT and
# exits 0 when the log was written, so that the upload runs before the last
# step fails the job on findings.
set -uo pipefail

args=(-p "${BUILD_DIR:-build}" --sarif "${SARIF:-eventloop-tidy.sarif}"
      --srcroot "${GITHUB_WORKSPACE:-$PWD}")
[ -n "${CHECKS:-}" ] && args+=("--checks=$CHECKS")
[ -n "${WARNINGS_AS_ERRORS:-}" ] && args+=("--warnings-as-errors=$WARNINGS_AS_ERRORS")
[ -n "${CODE_QUALITY:-}" ] && args+=(--code-quality "$CODE_QUALITY")
[ -n "${DOCS_BASE:-}" ] && args+=(--docs-base "$DOCS_BASE")
read -r -a extra <<< "${EXTRA_ARGS:-}"

rm -f "${SARIF:-eventloop-tidy.sarif}"
"${EVENTLOOP_BIN:-/usr/bin}/run-eventloop-tidy" "${args[@]}" "${extra[@]}"
status=$?
echo "status=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
if [ ! -f "${SARIF:-eventloop-tidy.sarif}" ]; then
  echo "eventloop-tidy action: run-eventloop-tidy wrote no SARIF log" >&2
  exit "$((status ? status : 1))"
fi
exit 0
