# The eventloop-tidy test suite. Every test compiles against the real headers
# of the library it tests (Debian packages); see README.md for the list.
import os
import shlex
import subprocess

import lit.formats

# Paths to the built artefacts come from the build tree's lit.site.cfg.py.
site = lit_config.params.get("eventloop_site")
if not site:
    lit_config.fatal("run the suite through ctest (make check), or pass "
                     "--param eventloop_site=<build>/test to lit")
lit_config.load_config(config, os.path.join(site, "lit.site.cfg.py"))

config.name = "eventloop-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["inputs", "tools", "bench", "CMakeLists.txt", "lit.cfg.py"]


def pkg_config(*modules):
    """Compiler flags for installed libraries, or '' when one is missing."""
    try:
        out = subprocess.run(["pkg-config", "--cflags", *modules], check=True,
                             capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    return out.strip()


tools = config.llvm_tools_dir
clang_tidy = os.path.join(tools, "clang-tidy")
# A sanitized build (cmake/Sanitizers.cmake): Debian's unsanitized clang-tidy
# hosts the plugin through a wrapper that preloads the sanitizer runtime.
sanitized = os.path.join(config.test_exec_root, "sanitized")
sanitizer_runtime = getattr(config, "sanitizer_runtime", "")
if sanitizer_runtime:
    clang_tidy = os.path.join(sanitized, "llvm-" + config.llvm_major, "clang-tidy")
    config.sanitized_clang_tidy = clang_tidy
clangxx = os.path.join(tools, "clang++")
runner = os.path.join(config.source_root, "test", "tools", "check_tidy.py")
py = shlex.quote(config.python)

# The LLVM release built against, for the few tests whose expected output is
# clang's own and differs between releases: REQUIRES: llvm-19 or llvm-22.
config.available_features.add("llvm-" + config.llvm_major)
config.substitutions.append(("%llvm_major", config.llvm_major))

# Debian's clang-tidy of the other releases, for the version guard tests: 14
# (Debian 12's own) and whichever of 19 and 22 this build is not for. Before
# %clang_tidy, a prefix of %clang_tidy_14.
for major in ("14", "19", "22"):
    other_tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % major
    if major == config.llvm_major or not os.path.exists(other_tidy):
        continue
    config.available_features.add("clang-tidy-" + major)
    config.substitutions.append(("%clang_tidy_" + major, os.path.join(
        sanitized, "llvm-" + major, "clang-tidy") if sanitizer_runtime else other_tidy))

# %check_eventloop runs a test through the standalone binary,
# %check_eventloop_plugin through Debian's clang-tidy with the plugin loaded.
config.substitutions.append(("%check_eventloop_plugin", "%s %s --tool %s --load %s --compile-fixed %s" % (
    py, runner, clang_tidy, config.eventloop_plugin, clangxx)))
config.substitutions.append(("%check_eventloop", "%s %s --tool %s --compile-fixed %s" % (
    py, runner, config.eventloop_tidy, clangxx)))
# run-eventloop-tidy is beside eventloop-tidy.
config.substitutions.append(("%run_eventloop_tidy", os.path.join(
    os.path.dirname(config.eventloop_tidy), "run-eventloop-tidy")))
config.substitutions.append(("%eventloop_tidy", config.eventloop_tidy))
# The facts generator of the link benchmark (test/bench/generate_facts.cpp).
config.substitutions.append(("%eventloop_generate_facts", os.path.join(
    os.path.dirname(config.eventloop_tidy), "eventloop-generate-facts")))
# The version the tools were built as (CMakeLists.txt's project()).
config.substitutions.append(("%eventloop_version", config.eventloop_version))
config.substitutions.append(("%llvm_tools_dir", tools))
config.substitutions.append(("%eventloop_plugin", config.eventloop_plugin))
config.substitutions.append(("%clang_tidy_stock", clang_tidy))
config.substitutions.append(("%clang_tidy", clang_tidy))
config.substitutions.append(("%clangxx", clangxx))
config.substitutions.append(("%qt6_flags", pkg_config("Qt6Widgets", "Qt6Concurrent", "Qt6DBus") + " -fPIC"))
config.substitutions.append(("%qt5_flags", pkg_config("Qt5Widgets", "Qt5Concurrent", "Qt5DBus") + " -fPIC"))
config.substitutions.append(("%glib_flags", pkg_config("glib-2.0", "gio-2.0")))
config.substitutions.append(("%python_flags", pkg_config("python3-embed") or pkg_config("python3")))
# After %python_flags: lit substitutes in order, and %python is its prefix.
config.substitutions.append(("%python", py))

# Microsoft's SARIF validator, which `make test-deps` installs from npm; the
# tests that run it say `REQUIRES: sarif-multitool`. SARIF_MULTITOOL in the
# environment names another copy.
multitool = os.environ.get(
    "SARIF_MULTITOOL",
    "/opt/eventloop-tidy-tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
if os.path.isfile(multitool) and os.access(multitool, os.X_OK):
    config.available_features.add("sarif-multitool")
config.substitutions.append(("%sarif_multitool", shlex.quote(multitool)))
# The validator is a self-contained .NET program; it needs no ICU this way.
config.environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1"
config.substitutions.append(("%repo", config.source_root))
# The SARIF writer of clang-tidy runs, beside eventloop-tidy.
config.substitutions.append(("%eventloop_sarif", os.path.join(
    os.path.dirname(config.eventloop_tidy), "eventloop-sarif")))

# Headless Chromium for the HTML report's browser test (test/report): Debian's
# chromium, chromium-driver and python3-selenium, which `make test-deps`
# installs; the test says `REQUIRES: chromium`. Debian's selenium is Debian's
# python3's, which need not be the python that runs lit.
if all(os.access(p, os.X_OK) for p in ("/usr/bin/chromium", "/usr/bin/chromedriver")):
    for candidate in (config.python, "/usr/bin/python3"):
        if subprocess.run([candidate, "-c", "import selenium"],
                          capture_output=True).returncode == 0:
            config.available_features.add("chromium")
            config.substitutions.append(("%browser_python", shlex.quote(candidate)))
            break

config.environment["PATH"] = os.pathsep.join([tools, config.environment.get("PATH", "")])
if sanitizer_runtime:
    # Scripts that find clang-tidy on PATH (eventloop-sarif, run-clang-tidy).
    config.environment["PATH"] = os.pathsep.join(
        [os.path.dirname(clang_tidy), config.environment["PATH"]])
# Tests must not pick up a .clang-tidy file above the build directory.
config.environment.pop("CLANG_TIDY_CONFIG", None)
