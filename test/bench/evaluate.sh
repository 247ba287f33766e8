#!/usr/bin/env bash
# The run over real projects behind docs/evaluation.md: every project of the
# corpus through corpus.py, one table each, gathered in
# docs/evaluation-runs.md. Verdicts on the warnings are docs/evaluation.md's,
# by hand.
#
# Usage: test/bench/evaluate.sh [--errors] [build-dir]
#   make evaluate          every TU as it is, per file and in whole-program
#                          mode: docs/evaluation-runs.md
#   make evaluate-errors   --errors: the same projects, and qBittorrent (a Qt
#                          application), through error_recovery.py instead:
#                          each TU's include directories removed one at a time
#                          and random lines deleted, so that the analysis runs
#                          on ASTs in error recovery; crashes and hangs only,
#                          tables under $WORK/errors (docs/evaluation.md)
# Environment:
#   CORPUS   where the sources go (default /srv/corpus), outside the repository
#   WORK     databases, builds, logs and warning files (default /tmp/eventloop-corpus)
#   JOBS     --errors: mutants analysed at once (default 1)
#   ASIO_GIT, WEBSOCKETPP_GIT, TRANSMISSION_GIT
#            bare git directories of the upstream repositories (Debian's source
#            archive as reached here lacks these three); a project whose
#            directory is missing is skipped with a message. Defaults: the
#            mirrors under /work/.mirror.
#
# Debian source packages (libuv1, libevent, tmux, memcached), build
# dependencies and a deb-src entry are installed when missing (root). The
# script fetches nothing else.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
errors=false
if [[ "${1:-}" == --errors ]]; then errors=true; shift; fi
build="${1:-$root/build}"
CORPUS="${CORPUS:-/srv/corpus}"
WORK="${WORK:-/tmp/eventloop-corpus}"
ASIO_GIT="${ASIO_GIT:-/work/.mirror/chriskohlhoff+asio/repo}"
WEBSOCKETPP_GIT="${WEBSOCKETPP_GIT:-/work/.mirror/zaphoyd+websocketpp/repo}"
TRANSMISSION_GIT="${TRANSMISSION_GIT:-/work/.mirror/transmission+transmission/repo}"
reports="$WORK/reports"
$errors && reports="$WORK/errors/reports"
mkdir -p "$CORPUS" "$WORK/bin" "$reports"
rm -f "$reports"/*.md "$reports"/*.json

# A frozen copy of the binary: a rebuild during the run cannot change it.
cp "$build/bin/eventloop-tidy" "$WORK/bin/eventloop-tidy"
TIDY="$WORK/bin/eventloop-tidy"
built_from="\`$(git -C "$root" rev-parse --short HEAD)\`$(git -C "$root" diff --quiet HEAD -- checker || echo ' with local changes to checker/')"
if $errors; then
  # The same projects and databases, mutated (error_recovery.py takes
  # corpus.py's options). Heavy C++ projects get fewer mutants: a few hours
  # of CPU in all.
  # A crash does not stop the run; the exit status says it at the end.
  corpus() { python3 "$here/error_recovery.py" --tidy "$TIDY" --jobs "${JOBS:-1}" --out "$WORK/errors" "$@" || true; }
  heavy=(--max-mutants 800)
else
  corpus() { python3 "$here/corpus.py" --tidy "$TIDY" "$@"; }
  heavy=()
fi

need_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

debian_source() { # package, directory it unpacks to
  [[ -d "$CORPUS/$2" ]] && return
  if ! grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/ /etc/apt/sources.list; then
    cat > /etc/apt/sources.list.d/debian-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt-get update -q >/dev/null
  fi
  need_packages dpkg-dev
  (cd "$CORPUS" && apt-get source -q "$1" >/dev/null)
}

git_export() { # git dir, tag, directory, a path in it that must exist[, paths]
  [[ -e "$CORPUS/$3/$4" ]] && return 0
  [[ -d "$1" ]] || { echo "skipped $3: no git directory $1" >&2; return 1; }
  git --git-dir="$1" archive --prefix="$3/" "$2" "${@:5}" | tar -x -C "$CORPUS"
}

need_packages clang-22 cmake bear python3 dpkg-dev

# libuv: its own tests (built as C90, as libuv does).
debian_source libuv1 libuv1-1.44.2
corpus "$CORPUS/libuv1-1.44.2" --cmake --build-dir "$WORK/libuv" \
  --cmake-arg=-DBUILD_TESTING=ON --filter '^test/' --name libuv --version 1.44.2 \
  --report "$reports/1-libuv.md"

# libevent: samples and tests.
debian_source libevent libevent-2.1.12-stable
corpus "$CORPUS/libevent-2.1.12-stable" --cmake --build-dir "$WORK/libevent" \
  --filter '^(sample|test)/' --name libevent --version 2.1.12-stable \
  --report "$reports/2-libevent.md"

# tmux and memcached: configured for clang, then their own build under bear.
need_packages libncurses-dev libevent-dev libutempter-dev bison libsasl2-dev libseccomp-dev
debian_source tmux tmux-3.3a
(cd "$CORPUS/tmux-3.3a" && { [[ -f Makefile ]] || ./configure -q CC=clang-22; } && make -s clean >/dev/null)
corpus "$CORPUS/tmux-3.3a" --bear --build-dir "$WORK/tmux" --name tmux --version 3.3a \
  --report "$reports/3-tmux.md" -- make -j2
corpus "$CORPUS/tmux-3.3a" --compdb "$WORK/tmux" --warnings "$WORK/tmux/config-warnings.txt" \
  --name 'tmux, its registration wrappers configured' --version 3.3a \
  --report "$reports/4-tmux-config.md" \
  "--tidy-arg=--config={CheckOptions: {RegistrationFunctions: '::proc_add_peer;::job_run;::cmdq_get_callback1;::file_read;::file_write;::status_prompt_set;::server_client_set_overlay;::menu_display;::popup_display;::mode_tree_start'}}"

debian_source memcached memcached-1.6.18
(cd "$CORPUS/memcached-1.6.18" && { [[ -f Makefile ]] || ./configure -q CC=clang-22; } && make -s clean >/dev/null)
# memcached-debug needs clang's profile runtime, which Debian's clang-22 lacks.
corpus "$CORPUS/memcached-1.6.18" --bear --build-dir "$WORK/memcached" --name memcached \
  --version 1.6.18 --report "$reports/5-memcached.md" -- make -j2 memcached sizes testapp timedrun

# asio: every cpp11 and cpp20 example but windows/, and the unit, latency
# and performance tests; standalone, on -I.
# (Only these paths: the mirror lacks some large files of the documentation.)
if git_export "$ASIO_GIT" asio-1-38-2 asio-1.38.2 src/tests/unit \
  include src/examples src/tests COPYING LICENSE_1_0.txt README; then
  mkdir -p "$WORK/asio" "$WORK/asio-tests"
  python3 - "$CORPUS/asio-1.38.2" "$WORK" <<'PY'
import glob, json, os, sys
root, work = sys.argv[1], sys.argv[2]
src, inc = os.path.join(root, "src"), os.path.join(root, "include")
def database(files, out):
    json.dump([{"directory": os.path.dirname(f), "file": f,
                "arguments": ["clang++-22", "-std=c++20", "-DASIO_STANDALONE", f"-I{inc}", "-pthread",
                              "-c", f]} for f in sorted(files)],
              open(os.path.join(work, out, "compile_commands.json"), "w"), indent=1)
database([f for d in ("cpp11", "cpp20") for f in glob.glob(f"{src}/examples/{d}/**/*.cpp", recursive=True)
          if "/windows/" not in f], "asio")
database([f for d in ("unit", "latency", "performance")
          for f in glob.glob(f"{src}/tests/{d}/**/*.cpp", recursive=True)
          if "/windows/" not in f], "asio-tests")
PY
  corpus "$CORPUS/asio-1.38.2" --compdb "$WORK/asio" --name 'asio examples' --version 1.38.2 \
    --report "$reports/6-asio.md" "${heavy[@]}"
  corpus "$CORPUS/asio-1.38.2" --compdb "$WORK/asio-tests" --name 'asio tests' --version 1.38.2 \
    --report "$reports/6b-asio-tests.md" "${heavy[@]}"
fi

# websocketpp: what its CMake builds with BUILD_EXAMPLES and BUILD_TESTS, with
# the flags of its clang branch but -stdlib=libc++ (Debian's clang has no
# libc++ headers here), and Boost 1.81's headers (test/transport/integration.cpp
# does not compile with Boost 1.74 and clang 22; the .deb is unpacked, not
# installed).
if git_export "$WEBSOCKETPP_GIT" 0.8.2 websocketpp-0.8.2 websocketpp; then
  need_packages libboost-system-dev libboost-thread-dev libboost-random-dev libboost-chrono-dev \
    libboost-test-dev libboost-program-options-dev libasio-dev zlib1g-dev libssl-dev
  if [[ ! -d "$CORPUS/boost-1.81/usr/include/boost" ]]; then
    (cd "$WORK" && apt-get download -q libboost1.81-dev >/dev/null &&
      dpkg -x libboost1.81-dev_*.deb "$CORPUS/boost-1.81")
  fi
  mkdir -p "$WORK/websocketpp"
  python3 - "$CORPUS/websocketpp-0.8.2" "$CORPUS/boost-1.81/usr/include" "$WORK/websocketpp" <<'PY'
import glob, json, os, sys
root, boost, out = sys.argv[1:]
not_built = {"examples/dev/main.cpp", "examples/scratch_client/scratch_client.cpp",
             "examples/scratch_server/scratch_server.cpp", "test/http/parser_perf.cpp",
             "test/message_buffer/pool.cpp", "test/transport/hybi_util.cpp"}
files = sorted(f for f in glob.glob(f"{root}/examples/**/*.cpp", recursive=True)
               + glob.glob(f"{root}/test/**/*.cpp", recursive=True)
               if os.path.relpath(f, root) not in not_built)
json.dump([{"directory": os.path.dirname(f), "file": f,
            "arguments": ["clang++-22", "-std=c++0x", "-D_WEBSOCKETPP_CPP11_STL_", "-DNDEBUG", "-Wall",
                          "-Wno-padded", "-isystem", boost, f"-I{root}", "-pthread", "-c", f]}
           for f in files], open(os.path.join(out, "compile_commands.json"), "w"), indent=1)
PY
  corpus "$CORPUS/websocketpp-0.8.2" --compdb "$WORK/websocketpp" --name websocketpp \
    --version 0.8.2 --report "$reports/7-websocketpp.md" "${heavy[@]}"
fi

# transmission 3.00 (the version Debian 12 ships): libtransmission, daemon,
# cli, utils and tests. Its third-party code is git submodules: Debian's
# packages stand in, and dht and libutp, which Debian lacks, get the headers
# transmission itself vendored before 2de12f50c (nothing is linked).
if git_export "$TRANSMISSION_GIT" 3.00 transmission-3.00 libtransmission; then
  need_packages libminiupnpc-dev libnatpmp-dev libb64-dev libsystemd-dev zlib1g-dev \
    libevent-dev libcurl4-openssl-dev libssl-dev
  deps="$CORPUS/transmission-3.00-deps"
  if [[ ! -f "$deps/include/dht/dht.h" ]]; then
    mkdir -p "$deps/include/dht" "$deps/include/libutp" "$deps/lib"
    git --git-dir="$TRANSMISSION_GIT" archive --prefix=src/ 2de12f50c^ third-party/dht third-party/libutp |
      tar -x -C "$deps"
    cp "$deps"/src/third-party/dht/dht.h "$deps/include/dht/"
    cp "$deps"/src/third-party/libutp/*.h "$deps/include/libutp/"
    : > "$deps/lib/libdht.a"; : > "$deps/lib/libutp.a"
  fi
  args=()
  for d in ENABLE_GTK=OFF ENABLE_QT=OFF ENABLE_MAC=OFF ENABLE_CLI=ON ENABLE_DAEMON=ON ENABLE_UTILS=ON \
           ENABLE_TESTS=ON ENABLE_NLS=OFF USE_SYSTEM_EVENT2=ON USE_SYSTEM_MINIUPNPC=ON USE_SYSTEM_NATPMP=ON \
           USE_SYSTEM_B64=ON USE_SYSTEM_DHT=ON "DHT_INCLUDE_DIR=$deps/include" "DHT_LIBRARY=$deps/lib/libdht.a" \
           USE_SYSTEM_UTP=ON "UTP_INCLUDE_DIR=$deps/include" "UTP_LIBRARY=$deps/lib/libutp.a"; do
    args+=("--cmake-arg=-D$d")
  done
  corpus "$CORPUS/transmission-3.00" --cmake --build-dir "$WORK/transmission" "${args[@]}" \
    --name transmission --version 3.00 --report "$reports/8-transmission.md"
  corpus "$CORPUS/transmission-3.00" --compdb "$WORK/transmission" \
    --warnings "$WORK/transmission/config-warnings.txt" \
    --name 'transmission, its event-thread queue, web callbacks and sleep configured' --version 3.00 \
    --report "$reports/9-transmission-config.md" \
    "--tidy-arg=--config={CheckOptions: {RegistrationFunctions: '::tr_runInEventThread;::tr_webRun;::tr_webRunWithCookies;::tr_webRunWebseed', BlockingFunctions: '::tr_wait_msec'}}"
fi

if $errors; then
  # qBittorrent 4.5.2 (Debian 12's): a Qt 5 application on libtorrent and
  # Boost.Asio, with its CMake build (Debian's uses qmake): the database, and
  # the moc and uic output its TUs include from the autogen targets (which
  # build the libraries they depend on: 6 min of CPU). Only in this run: its
  # warnings are not triaged.
  debian_source qbittorrent qbittorrent-4.5.2
  if ! dpkg -s libtorrent-rasterbar-dev >/dev/null 2>&1; then apt-get build-dep -y -q qbittorrent >/dev/null; fi
  need_packages qttools5-dev ninja-build
  cmake -S "$CORPUS/qbittorrent-4.5.2" -B "$WORK/qbittorrent" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_CXX_COMPILER=clang++-22 >/dev/null
  ninja -C "$WORK/qbittorrent" $(ninja -C "$WORK/qbittorrent" -t targets all | grep -o '^qbt_[a-z]*_autogen' | sort -u) >/dev/null
  corpus "$CORPUS/qbittorrent-4.5.2" --compdb "$WORK/qbittorrent" --name qbittorrent --version 4.5.2 \
    --report "$reports/10-qbittorrent.md" --max-mutants 1000

  out="$WORK/errors/summary.md"
  {
    echo "Error-recovery run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(clang++-22 --version | head -1);"
    echo "eventloop-tidy built from $built_from."
    echo
    python3 "$here/error_recovery.py" --total $(ls "$reports"/*.json | sort -V) || true
    for r in $(ls "$reports"/*.md | sort -V); do
      echo
      sed "s|$TIDY|eventloop-tidy|" "$r"
    done
  } > "$out"
  cat "$out"
  echo "wrote $out; crashes and hangs are kept under $WORK/errors/<project>"
  exec python3 "$here/error_recovery.py" --total "$reports"/*.json >/dev/null  # 1 on a crash or a hang
fi

# Real Qt applications, in whole-program mode only (below): qBittorrent,
# KeePassXC and qTox. Their CMake
# builds give the databases, and the moc, uic and rcc output their TUs
# include comes from the autogen targets (which build the libraries they
# depend on: minutes of CPU).
debian_source qbittorrent qbittorrent-4.5.2
debian_source keepassxc keepassxc-2.7.4+dfsg.1
if ! dpkg -s libtorrent-rasterbar-dev >/dev/null 2>&1; then apt-get build-dep -y -q qbittorrent >/dev/null; fi
if ! dpkg -s libbotan-2-dev >/dev/null 2>&1; then apt-get build-dep -y -q keepassxc >/dev/null; fi
# qTox 1.17.6 (Debian 12's): a Qt 5 chat client whose core, database and
# settings run on threads of their own. Its orig tarball unpacks to qTox/,
# which stands in when the Debian part cannot be had.
debian_source qtox qtox-1.17.6 || true
if [[ ! -d "$CORPUS/qtox-1.17.6" && -f "$CORPUS/qtox_1.17.6.orig.tar.gz" ]]; then
  tar -xzf "$CORPUS/qtox_1.17.6.orig.tar.gz" -C "$CORPUS" && mv "$CORPUS/qTox" "$CORPUS/qtox-1.17.6"
fi
if ! dpkg -s libtoxcore-dev >/dev/null 2>&1; then apt-get build-dep -y -q qtox >/dev/null; fi
need_packages qttools5-dev ninja-build
autogen() { # build dir, target pattern
  ninja -C "$1" $(ninja -C "$1" -t targets all | grep -o "^$2" | sort -u) >/dev/null
}
if [[ ! -f "$WORK/qbittorrent/compile_commands.json" ]]; then
  cmake -S "$CORPUS/qbittorrent-4.5.2" -B "$WORK/qbittorrent" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_CXX_COMPILER=clang++-22 >/dev/null
  autogen "$WORK/qbittorrent" 'qbt_[a-z]*_autogen'
fi
if [[ ! -f "$WORK/keepassxc/compile_commands.json" ]]; then
  # Debian's features (debian/rules), without the tests.
  cmake -S "$CORPUS/keepassxc-2.7.4+dfsg.1" -B "$WORK/keepassxc" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DWITH_TESTS=OFF -DWITH_GUI_TESTS=OFF -DWITH_XC_UPDATECHECK=OFF -DWITH_XC_ALL=ON >/dev/null
  autogen "$WORK/keepassxc" '[A-Za-z0-9_-]*_autogen'
fi
# transmission 3.00's Qt client with the libtransmission it runs in-process
# (a local session): the same third-party stand-ins as above, the uic, moc
# and rcc output its TUs include. Nothing is linked.
if [[ -f "$CORPUS/transmission-3.00-deps/include/dht/dht.h" &&
      ! -f "$WORK/transmission-qt/compile_commands.json" ]]; then
  deps="$CORPUS/transmission-3.00-deps"
  cmake -S "$CORPUS/transmission-3.00" -B "$WORK/transmission-qt" -G Ninja \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DENABLE_QT=ON -DENABLE_GTK=OFF -DENABLE_MAC=OFF -DENABLE_CLI=OFF -DENABLE_DAEMON=OFF \
    -DENABLE_UTILS=OFF -DENABLE_TESTS=OFF -DENABLE_NLS=OFF -DUSE_SYSTEM_EVENT2=ON \
    -DUSE_SYSTEM_MINIUPNPC=ON -DUSE_SYSTEM_NATPMP=ON -DUSE_SYSTEM_B64=ON -DUSE_SYSTEM_DHT=ON \
    "-DDHT_INCLUDE_DIR=$deps/include" "-DDHT_LIBRARY=$deps/lib/libdht.a" -DUSE_SYSTEM_UTP=ON \
    "-DUTP_INCLUDE_DIR=$deps/include" "-DUTP_LIBRARY=$deps/lib/libutp.a" >/dev/null
  autogen "$WORK/transmission-qt" 'qt/\(transmission-qt_autogen\|ui_[A-Za-z]*\.h\|qrc_application\.cpp\)'
fi
if [[ -d "$CORPUS/qtox-1.17.6" && ! -f "$WORK/qtox/compile_commands.json" ]]; then
  # The application, without its tests (qTox builds them always).
  cmake -S "$CORPUS/qtox-1.17.6" -B "$WORK/qtox" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DUPDATE_CHECK=OFF >/dev/null
  autogen "$WORK/qtox" 'qtox[a-z_]*_autogen'
  python3 - "$WORK/qtox/compile_commands.json" <<'PY'
import json, sys
entries = json.load(open(sys.argv[1]))
json.dump([e for e in entries if "/test/" not in e["file"] and "/test_" not in e["file"]],
          open(sys.argv[1], "w"), indent=1)
PY
fi

# Whole-program mode (docs/whole-program.md): run-eventloop-tidy over every TU
# of each database, default configuration, every TU parsed. Its findings,
# with their notes, go to $WORK/<project>/whole-program.txt for triage; one
# warning per starting call (OneWarningPerDefect: false) to
# whole-program-routes.txt; for the Qt applications also with
# ReportUserInputModals (what the option adds), to whole-program-modals.txt.
cp "$build/bin/run-eventloop-tidy" "$WORK/bin/run-eventloop-tidy"
whole="$WORK/reports/whole-program.md"
# "run-eventloop-tidy: 143 TUs (143 parsed, ...) in 2.1 s: 1 finding"
summary='s/^run-eventloop-tidy: \([0-9]*\) TUs .* in \([0-9.]*\) s: \([0-9]*\) finding.*/\1 \3 \2/p'
{
  echo "| project | TUs | findings | routes (OneWarningPerDefect: false) | with ReportUserInputModals | time |"
  echo "|---|---:|---:|---:|---:|---:|"
  for p in libuv libevent tmux memcached asio asio-tests websocketpp transmission qbittorrent keepassxc qtox \
           transmission-qt; do
    [[ -f "$WORK/$p/compile_commands.json" ]] || continue
    # Every TU parsed: an empty cache, which this run fills.
    rm -rf "$WORK/$p/.eventloop-tidy-cache"
    nice "$WORK/bin/run-eventloop-tidy" -p "$WORK/$p" --summary none \
      > "$WORK/$p/whole-program.txt" 2> "$WORK/$p/whole-program.err" || true
    read -r tus findings seconds < <(sed -n "$summary" "$WORK/$p/whole-program.err")
    # One warning per starting call, from the same facts.
    nice "$WORK/bin/run-eventloop-tidy" -p "$WORK/$p" --summary none \
      --config '{CheckOptions: {OneWarningPerDefect: false}}' \
      > "$WORK/$p/whole-program-routes.txt" 2> "$WORK/$p/whole-program-routes.err" || true
    read -r _ routes _ < <(sed -n "$summary" "$WORK/$p/whole-program-routes.err")
    modals=-
    if [[ "$p" == qbittorrent || "$p" == keepassxc || "$p" == qtox || "$p" == transmission-qt ]]; then
      # The facts are the same: this run parses nothing again.
      nice "$WORK/bin/run-eventloop-tidy" -p "$WORK/$p" --summary none \
        --config '{CheckOptions: {ReportUserInputModals: true}}' \
        > "$WORK/$p/whole-program-modals.txt" 2> "$WORK/$p/whole-program-modals.err" || true
      read -r _ modals _ < <(sed -n "$summary" "$WORK/$p/whole-program-modals.err")
    fi
    echo "| $p | $tus | $findings | $routes | $modals | $seconds s |"
  done
} > "$whole"

out="$root/docs/evaluation-runs.md"
{
  echo "# Evaluation runs"
  echo
  echo "Generated by \`make evaluate\` (test/bench/evaluate.sh): the tables of every"
  echo "corpus run behind [evaluation.md](evaluation.md), which has the verdicts."
  echo "Run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"),"
  echo "$(clang++-22 --version | head -1); eventloop-tidy built from"
  echo "$built_from."
  for r in "$WORK"/reports/*.md; do
    [[ "$r" == "$whole" ]] && continue
    echo
    echo "## $(sed -n '3p' "$r" | cut -d'|' -f2 | sed 's/^ *//; s/ *$//')"
    echo
    sed "s|$TIDY|eventloop-tidy|" "$r"
  done
  echo
  echo "## Whole-program mode"
  echo
  echo "run-eventloop-tidy -p over every TU of each database above (the libraries'"
  echo "own sources included), default configuration, every TU parsed, -j $(nproc):"
  echo
  cat "$whole"
} > "$out"
echo "wrote $out; warnings with their notes are under $WORK"
