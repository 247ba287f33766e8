#!/usr/bin/env bash
# Self-test of test/tools/check_tidy.py against stock clang-tidy checks.
#
# Usage: selftest.sh PYTHON CHECK_TIDY_PY CLANG_TIDY
#
# Correct inputs must pass; each inputs/fail-*.cpp (and a few bad option
# combinations) must FAIL, and for the reason the case names: a runner that
# fails everything is as useless as one that passes everything.
set -u

if [ $# -ne 3 ]; then
  echo "usage: $0 PYTHON CHECK_TIDY_PY CLANG_TIDY" >&2
  exit 2
fi
PYTHON=$1
RUNNER=$2
TIDY=$3
HERE=$(cd "$(dirname "$0")" && pwd)
IN=$HERE/inputs
CXX=$(dirname "$TIDY")/clang++
[ -x "$CXX" ] || CXX=clang++

WORK=$(mktemp -d "${TMPDIR:-/tmp}/runner-selftest.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0
BRACES=readability-braces-around-statements
MOVE=bugprone-use-after-move

# run NAME ARGS... : run the runner with a private --tmp; output in $WORK/NAME.log
run() {
  local name=$1
  shift
  "$PYTHON" "$RUNNER" --tool "$TIDY" --tmp "$WORK/$name/t" "$@" >"$WORK/$name.log" 2>&1
}

report() {
  if [ "$1" = ok ]; then
    passed=$((passed + 1))
    echo "ok:   $2"
  else
    failed=$((failed + 1))
    echo "FAIL: $2 -- $3"
    sed 's/^/    | /' "$WORK/$2.log"
  fi
}

# expect_pass NAME ARGS...
expect_pass() {
  local name=$1
  shift
  if run "$name" "$@"; then report ok "$name"; else report bad "$name" "runner failed, expected success"; fi
}

# expect_fail NAME REASON ARGS... : must exit 1 and mention REASON in its report
expect_fail() {
  local name=$1 reason=$2 rc
  shift 2
  run "$name" "$@"
  rc=$?
  if [ $rc -ne 1 ]; then
    report bad "$name" "runner exited $rc, expected 1"
  elif ! grep -qF -- "$reason" "$WORK/$name.log"; then
    report bad "$name" "failure report lacks '$reason'"
  else
    report ok "$name"
  fi
}

inputs_sum() { cat "$IN"/* | cksum; }
before=$(inputs_sum)

# --- correct tests pass ------------------------------------------------------
expect_pass pass-braces --checks $BRACES "$IN/pass-braces.cpp" --
expect_pass pass-braces-compile --checks $BRACES --compile-fixed "$CXX" "$IN/pass-braces.cpp" -- -std=c++17
expect_pass pass-notes --checks $MOVE "$IN/pass-notes.cpp" -- -std=c++17
# A header's diagnostics: clang-tidy 22 shows them by default, 19 only
# through a header filter.
expect_pass pass-header --checks $MOVE --config "{HeaderFilterRegex: '.*'}" --copy "$IN/runner-helper.h" "$IN/pass-header.cpp" -- -std=c++17
expect_pass pass-prefix-default --checks $BRACES --prefix COMMON --prefix DEFAULT "$IN/pass-prefix.cpp" --
expect_pass pass-prefix-short --checks $BRACES --prefix COMMON --prefix SHORT \
  --config "{CheckOptions: {$BRACES.ShortStatementLines: 1}}" "$IN/pass-prefix.cpp" --
expect_pass pass-glob --checks 'readability-braces-*' "$IN/pass-braces.cpp" --
expect_pass pass-no-fix --checks $BRACES --no-fix "$IN/fail-unexpected-fix.cpp" --
expect_pass pass-compile-error --checks $BRACES --no-fix "$IN/pass-compile-error.cpp" --

# --- broken tests fail, for the right reason -------------------------------
expect_fail unexpected-warning "unexpected (produced but no CHECK-MESSAGES expects it)" \
  --checks $BRACES --no-fix "$IN/fail-unexpected-warning.cpp" --
expect_fail wrong-column ":3:8: warning: statement should be inside braces" \
  --checks $BRACES --no-fix "$IN/fail-wrong-column.cpp" --
expect_fail missing-warning "missing (expected but not produced)" \
  --checks $BRACES --no-fix "$IN/fail-missing-warning.cpp" --
expect_fail unexpected-fix "unexpected fix-its" --checks $BRACES "$IN/fail-unexpected-fix.cpp" --
expect_fail wrong-fix "CHECK-FIXES mismatch" --checks $BRACES "$IN/fail-wrong-fix.cpp" --
expect_fail notes-order "CHECK-NOTES mismatch" --checks $MOVE "$IN/fail-notes-order.cpp" -- -std=c++17
expect_fail compile-fixed "fixed file does not compile" \
  --checks $BRACES --compile-fixed "$CXX" "$IN/fail-compile-fixed.cpp" -- -std=c++17
expect_fail unexpected-error "use of undeclared identifier" \
  --checks $BRACES --no-fix "$IN/fail-unexpected-error.cpp" --
expect_fail mixed-directives "are mixed" --checks $BRACES "$IN/fail-mixed-directives.cpp" --
expect_fail fixes-with-no-fix "--no-fix" --checks $BRACES --no-fix "$IN/pass-braces.cpp" --
expect_fail plain-prefix-ignores-suffixed "unexpected (produced" --checks $BRACES "$IN/pass-prefix.cpp" --
expect_fail bad-load "Error opening" --load "$WORK/no-such-plugin.so" --checks $BRACES "$IN/pass-braces.cpp" --
expect_fail no-such-check "no checks enabled" --checks no-such-check "$IN/pass-braces.cpp" --
expect_fail report-has-command "tool command:" --checks $BRACES "$IN/fail-wrong-fix.cpp" --

# A tool that crashes must fail the test even if its output otherwise matches.
cat >"$WORK/crashing-tool" <<'EOF'
#!/usr/bin/env bash
echo "PLEASE submit a bug report to https://example.invalid and include the crash backtrace." >&2
kill -SEGV $$
EOF
chmod +x "$WORK/crashing-tool"
if "$PYTHON" "$RUNNER" --tool "$WORK/crashing-tool" --tmp "$WORK/crash/t" --checks $BRACES --no-fix \
    "$IN/pass-compile-error.cpp" -- >"$WORK/crash.log" 2>&1; then
  report bad crash "runner passed a crashing tool"
elif grep -q "crashed" "$WORK/crash.log" && grep -q "killed by signal" "$WORK/crash.log"; then
  report ok crash
else
  report bad crash "crash not reported"
fi

# A fix-it that applies again to fixed code must fail the test: a second
# --fix has to leave the fixed file as it is.
cat >"$WORK/appending-tool" <<'EOF'
#!/usr/bin/env bash
for arg in "$@"; do
  case $arg in *.cpp) echo "int again;" >>"$arg"; break ;; esac
done
EOF
chmod +x "$WORK/appending-tool"
if "$PYTHON" "$RUNNER" --tool "$WORK/appending-tool" --tmp "$WORK/refix/t" --checks $BRACES \
    "$IN/fail-refix.cpp" -- >"$WORK/refix.log" 2>&1; then
  report bad refix "runner passed a fix-it that changes its own output"
elif grep -q "a second --fix changed the fixed file" "$WORK/refix.log" \
    && ! grep -q "CHECK-FIXES mismatch" "$WORK/refix.log"; then
  report ok refix
else
  report bad refix "second --fix not reported"
fi

# The runner works on a copy: the inputs themselves must be untouched.
if [ "$(inputs_sum)" = "$before" ]; then
  passed=$((passed + 1)); echo "ok:   inputs-untouched"
else
  failed=$((failed + 1)); echo "FAIL: inputs-untouched -- runner modified files under $IN"
fi

echo "runner selftest: $passed passed, $failed failed"
[ $failed -eq 0 ]
