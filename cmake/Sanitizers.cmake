# Sanitizer and fuzzer builds (docs/robustness.md), each in a build directory
# of its own: every object of the project is instrumented, Debian's LLVM and
# clang libraries stay as they are.
#
#   -DEVENTLOOP_SANITIZE=address,undefined   the checks, eventloop-tidy, the
#                                            plugin and eventloop-clangd
#   -DEVENTLOOP_FUZZ=ON                      also the libFuzzer targets of
#                                            checker/fuzz (implies the above)

set(EVENTLOOP_SANITIZE "" CACHE STRING
  "Sanitizers for every object of this build, e.g. address,undefined")
option(EVENTLOOP_FUZZ "Build the libFuzzer targets of checker/fuzz" OFF)

if(EVENTLOOP_FUZZ)
  if(NOT EVENTLOOP_SANITIZE)
    set(EVENTLOOP_SANITIZE "address,undefined")
  endif()
  # Coverage for libFuzzer; the fuzz targets link its runtime themselves.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(EVENTLOOP_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "EVENTLOOP_SANITIZE needs clang (clang++-${EVENTLOOP_LLVM_MAJOR})")
  endif()
  # Undefined behaviour stops the program, so that a test or fuzz run fails.
  add_compile_options(-fsanitize=${EVENTLOOP_SANITIZE}
    -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  # LLVM's allocator annotations off, as in Debian's LLVM that our objects
  # share inline code with (sanitize-include/sanitizer/asan_interface.h).
  include_directories(BEFORE SYSTEM ${CMAKE_CURRENT_LIST_DIR}/sanitize-include)
  # Executables link the runtimes; the plugin's shared objects leave them to
  # the host (the test suite preloads the runtime into clang-tidy).
  add_link_options(-fsanitize=${EVENTLOOP_SANITIZE})
  # The shared runtime, for unsanitized hosts of the plugin (ASan's holds
  # UBSan's too).
  if(EVENTLOOP_SANITIZE MATCHES "address")
    set(runtime libclang_rt.asan-x86_64.so)
  else()
    set(runtime libclang_rt.ubsan_standalone-x86_64.so)
  endif()
  execute_process(
    COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
    OUTPUT_VARIABLE EVENTLOOP_SANITIZER_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT EXISTS "${EVENTLOOP_SANITIZER_RUNTIME}")
    message(FATAL_ERROR "${runtime} was not found; "
      "install libclang-rt-${EVENTLOOP_LLVM_MAJOR}-dev")
  endif()
  message(STATUS "eventloop-tidy: sanitizers ${EVENTLOOP_SANITIZE}")
endif()
