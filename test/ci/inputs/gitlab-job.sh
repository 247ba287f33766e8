#!/usr/bin/env bash
# docs/ci.md's GitLab job script, with the paths a test gives it:
#   gitlab-job.sh RUN_EVENTLOOP_TIDY BUILD_DIR REPORT
# (run from the project's root, as the job is; CI_PROJECT_DIR is that root).
set -u
run="$1" build="$2" report="$3"
CI_PROJECT_DIR=${CI_PROJECT_DIR:-$PWD}
"$run" -p "$build" --srcroot "$CI_PROJECT_DIR" --code-quality "$report" --quiet
