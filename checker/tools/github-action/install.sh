#!/usr/bin/env bash
# The first step of the GitHub action (action.yml): installs eventloop-tidy's
# .deb and says where its binaries are.
#   EVENTLOOP_DEB      a .deb built earlier in the workflow, or
#   EVENTLOOP_DEB_URL  the address of a released .deb
#   EVENTLOOP_PREFIX   unpack the .deb there (dpkg-deb -x) instead of
#                      installing it, for a runner without root
# Writes bin=FOLDER to $GITHUB_OUTPUT and the folder to $GITHUB_PATH.
set -euo pipefail
fail() { echo "eventloop-tidy action: $*" >&2; exit 2; }

deb=${EVENTLOOP_DEB:-}
if [ -z "$deb" ]; then
  [ -n "${EVENTLOOP_DEB_URL:-}" ] || fail "give the input deb or deb-url"
  deb=$(mktemp --suffix=.deb)
  curl -fsSL --retry 3 -o "$deb" "$EVENTLOOP_DEB_URL" ||
    fail "cannot download $EVENTLOOP_DEB_URL"
fi
[ -f "$deb" ] || fail "$deb does not exist"
deb=$(realpath "$deb")

if [ -n "${EVENTLOOP_PREFIX:-}" ]; then
  dpkg-deb -x "$deb" "$EVENTLOOP_PREFIX"
  bin=$(realpath "$EVENTLOOP_PREFIX")/usr/bin
else
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y --no-install-recommends "$deb"
  bin=/usr/bin
fi
"$bin/run-eventloop-tidy" --version
echo "bin=$bin" >> "${GITHUB_OUTPUT:-/dev/null}"
if [ -n "${GITHUB_PATH:-}" ]; then
  echo "$bin" >> "$GITHUB_PATH"
fi
