# eventloop-tidy: two commands do all set-up on a fresh Debian 12 machine.
#   make demo    install what is missing, build, run the checker on examples/
#   make check   install what is missing, build, run the whole test suite
# Against LLVM 19 instead of 22 (Debian 13's and Ubuntu 25.04's clang-tidy):
#   make check LLVM_VERSION=19 BUILD=build-19   (and build, package, demo)
# Other targets: make build, make deps, make test-deps, make clean, and
# make fuzz, make sanitize (docs/robustness.md).

LLVM_VERSION := 22
BUILD        := build
JOBS         := $(shell nproc 2>/dev/null || echo 2)
CHECKS       := -*,eventloop-*

# What building needs, and what the tests compile against (real headers).
BUILD_PACKAGES := clang-$(LLVM_VERSION) clang-tidy-$(LLVM_VERSION) \
  libclang-$(LLVM_VERSION)-dev libclang-cpp$(LLVM_VERSION)-dev \
  llvm-$(LLVM_VERSION)-dev llvm-$(LLVM_VERSION)-tools \
  cmake ninja-build python3 pkg-config
EXAMPLE_PACKAGES := libboost-dev libuv1-dev
# clang-tidy-14, -19 and -22: the other releases' hosts of the plugin's
# version guard tests.
TEST_PACKAGES := libboost-dev libasio-dev libuv1-dev libevent-dev libev-dev \
  libglib2.0-dev qt6-base-dev qtbase5-dev pybind11-dev python3-dev \
  libcpp-httplib-dev libcurl4-openssl-dev libwebsocketpp-dev \
  clang-tidy-14 clang-tidy-19 clang-tidy-22 pre-commit neovim \
  python3-yaml chromium chromium-driver python3-selenium

.PHONY: demo check build package bench evaluate evaluate-errors deps example-deps test-deps clean

demo: example-deps build
	cmake -S examples -B $(BUILD)/examples -G Ninja \
	  -DCMAKE_C_COMPILER=clang-$(LLVM_VERSION) \
	  -DCMAKE_CXX_COMPILER=clang++-$(LLVM_VERSION) >/dev/null
	$(BUILD)/bin/eventloop-tidy -p $(BUILD)/examples --checks='$(CHECKS)' \
	  examples/src/quote_server.cpp examples/src/uv_ticker.c
	@echo "--- the whole program: paths across files (run-eventloop-tidy)"
	$(BUILD)/bin/run-eventloop-tidy -p $(BUILD)/examples --checks='$(CHECKS)' \
	  --quiet 'uv_recorder|uv_journal'


check: test-deps build
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure

build: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DEVENTLOOP_LLVM_MAJOR=$(LLVM_VERSION) \
	  -DCMAKE_C_COMPILER=clang-$(LLVM_VERSION) \
	  -DCMAKE_CXX_COMPILER=clang++-$(LLVM_VERSION)
	ninja -C $(BUILD) -j $(JOBS)

# The Debian package of what `build` built: $(BUILD)/eventloop-tidy_<version>_amd64.deb,
# or eventloop-tidy-llvm19_<version>_amd64.deb with LLVM_VERSION=19.
package: build
	cd $(BUILD) && cpack -G DEB

# Benchmarks: regenerates docs/benchmarks.md and docs/scaling.png.
BENCH_PACKAGES := gnuplot-nox valgrind
bench: test-deps build
	$(call install_missing,$(BENCH_PACKAGES))
	test/bench/report.sh $(BUILD)

# The run over real projects: regenerates docs/evaluation-runs.md (sources
# under CORPUS, outside the repository; see docs/evaluation.md).
evaluate: build
	test/bench/evaluate.sh $(BUILD)

# The same projects, and a Qt application, with each TU broken many ways
# (include directories removed, lines deleted): the checks on code in error
# recovery must neither crash nor hang (docs/evaluation.md).
evaluate-errors: build
	test/bench/evaluate.sh --errors $(BUILD)

# The fuzzers (docs/robustness.md), in a build of their own instrumented for
# libFuzzer, ASan and UBSan: FUZZ_SECONDS in all, on JOBS cores. The corpus
# grows in $(FUZZ_BUILD)/fuzz/corpus; crashes and hangs go to
# $(FUZZ_BUILD)/fuzz/artifacts, and each run adds a line to fuzz/log.txt.
.PHONY: fuzz sanitize
FUZZ_BUILD     := build-fuzz
FUZZ_SECONDS   := 600
SANITIZE_BUILD := build-asan
SANITIZER_PACKAGES := libclang-rt-$(LLVM_VERSION)-dev
FUZZ_PACKAGES := $(SANITIZER_PACKAGES) libboost-dev libasio-dev libuv1-dev \
  libevent-dev libev-dev libglib2.0-dev qt6-base-dev pybind11-dev python3-dev \
  libcpp-httplib-dev libcurl4-openssl-dev libwebsocketpp-dev
fuzz: deps
	$(call install_missing,$(FUZZ_PACKAGES))
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DEVENTLOOP_LLVM_MAJOR=$(LLVM_VERSION) \
	  -DCMAKE_C_COMPILER=clang-$(LLVM_VERSION) \
	  -DCMAKE_CXX_COMPILER=clang++-$(LLVM_VERSION) -DEVENTLOOP_FUZZ=ON
	ninja -C $(FUZZ_BUILD) -j $(JOBS) eventloop-analysis-fuzzer eventloop-name-fuzzer
	checker/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(JOBS)

# The whole suite on a build under ASan and UBSan (docs/robustness.md):
# several times slower than check, so not part of it.
sanitize: test-deps
	$(call install_missing,$(SANITIZER_PACKAGES))
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DEVENTLOOP_LLVM_MAJOR=$(LLVM_VERSION) \
	  -DCMAKE_C_COMPILER=clang-$(LLVM_VERSION) \
	  -DCMAKE_CXX_COMPILER=clang++-$(LLVM_VERSION) \
	  -DEVENTLOOP_SANITIZE=address,undefined
	ninja -C $(SANITIZE_BUILD) -j $(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) -j $(JOBS) --output-on-failure

# Installs only the packages that are missing (apt-get, no prompts).
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends $$missing </dev/null; \
	fi
endef

deps:
	$(call install_missing,$(BUILD_PACKAGES))

example-deps: deps
	$(call install_missing,$(EXAMPLE_PACKAGES))

test-deps: deps
	$(call install_missing,$(TEST_PACKAGES))

# The SARIF validator of test/sarif: Microsoft's Sarif.Multitool, from npm
# (@microsoft/sarif-multitool pulls in @microsoft/sarif-multitool-linux, a
# self-contained binary). npm holds back the package's install script, which
# would set the binary's run bit, so this sets it. npm comes with NodeSource's
# nodejs; on Debian 12 it is a package of its own.
SARIF_TOOLS := /opt/eventloop-tidy-tools
SARIF_MULTITOOL_VERSION := 5.7.0
SARIF_MULTITOOL_DIR := $(SARIF_TOOLS)/node_modules/@microsoft/sarif-multitool-linux
NPM_PACKAGE := $(if $(shell command -v npm 2>/dev/null),,npm)
TEST_PACKAGES += $(NPM_PACKAGE)

.PHONY: sarif-validator
test-deps: sarif-validator
sarif-validator: deps
	$(call install_missing,$(NPM_PACKAGE))
	@if ! grep -qs '"version": "$(SARIF_MULTITOOL_VERSION)"' $(SARIF_MULTITOOL_DIR)/package.json \
	    || [ ! -x $(SARIF_MULTITOOL_DIR)/Sarif.Multitool ]; then \
	  echo "installing @microsoft/sarif-multitool@$(SARIF_MULTITOOL_VERSION) in $(SARIF_TOOLS)"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO npm install --prefix $(SARIF_TOOLS) --save-exact --no-audit --no-fund \
	    @microsoft/sarif-multitool@$(SARIF_MULTITOOL_VERSION) && \
	  $$SUDO chmod a+rx $(SARIF_MULTITOOL_DIR)/Sarif.Multitool; \
	fi

clean:
	rm -rf $(BUILD)
