#!/bin/sh
# Runs both fuzzers for a fixed budget and prints what they found (make fuzz).
#
#   checker/fuzz/run.sh BUILD SECONDS JOBS
#
# BUILD is a build directory configured with -DEVENTLOOP_FUZZ=ON and built
# (bin/eventloop-analysis-fuzzer, bin/eventloop-name-fuzzer, the PCHs). The
# corpora grow across runs in BUILD/fuzz/corpus; crashes, hangs and
# out-of-memory inputs go to BUILD/fuzz/artifacts/<fuzzer>/; each run adds a
# line to BUILD/fuzz/log.txt. The name fuzzer gets a tenth of the budget.
set -eu
build=$(cd "$1" && pwd)
seconds=$2
jobs=$3
here=$(cd "$(dirname "$0")" && pwd)
out=$build/fuzz

mkdir -p "$out/corpus/analysis" "$out/corpus/name" \
  "$out/artifacts/analysis" "$out/artifacts/name"
rm -rf "$out/seeds"
python3 "$here/make_seeds.py" --modes "$build/checker/fuzz/modes.txt" --out "$out/seeds"

name_seconds=$((seconds / 10 > 30 ? seconds / 10 : 30))
analysis_seconds=$((seconds - name_seconds > 60 ? seconds - name_seconds : 60))

# The inputs that failed (slow-unit-* files are only slow).
failures() {
  ls "$out/artifacts/$1" | grep -cE '^(crash|timeout|oom|leak)-' || true
}

# fuzz NAME SECONDS FLAGS...: one fork-mode run that goes on after a crash,
# a hang or an OOM (each saved as an artifact), with its output in a log.
fuzz() {
  name=$1 budget=$2
  shift 2
  log=$out/$name-$(date +%Y%m%d-%H%M%S).log
  before=$(failures "$name")
  start=$(date '+%Y-%m-%d %H:%M:%S')
  echo "fuzzing $name for ${budget}s with $jobs jobs (log: $log)"
  "$build/bin/eventloop-$name-fuzzer" "$@" \
    -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$budget" -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$name/" \
    "$out/corpus/$name" "$out/seeds/$name" >"$log" 2>&1 || true
  end=$(date '+%Y-%m-%d %H:%M:%S')
  # Fork mode's last status line: "#EXECS: cov: ... crash: O/T/C time: ..."
  status=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1)
  execs=$(echo "$status" | sed -n 's/^#\([0-9]*\):.*/\1/p')
  found=$(echo "$status" | sed -n 's/.*oom\/timeout\/crash: \([0-9/]*\).*/\1/p')
  after=$(failures "$name")
  line="$start .. $end  $name  ${budget}s  executions ${execs:-?}  oom/timeout/crash ${found:-?}  new failing inputs $((after - before))"
  echo "$line" >>"$out/log.txt"
  echo "$line"
}

fuzz name "$name_seconds" -timeout=2 -max_len=4096 -use_value_profile=1
fuzz analysis "$analysis_seconds" -timeout=60 -rss_limit_mb=4096 \
  -max_len=65536 -dict="$here/analysis.dict"

echo "artifacts (reproduce: BUILD/bin/eventloop-<fuzzer>-fuzzer FILE):"
ls -l "$out/artifacts/name" "$out/artifacts/analysis"
