# Install rules and the Debian package (cpack -G DEB, or `make package`).
#
#   /usr/bin/eventloop-tidy                        the standalone checker
#   /usr/bin/eventloop-clangd                      clangd with the checks built in
#   /usr/bin/eventloop-sarif                       the SARIF writer
#   /usr/lib/eventloop-tidy/EventLoopTidy.so       the plugin for clang-tidy -load
#   /usr/lib/eventloop-tidy/EventLoopTidyChecks.so the checks it loads from beside itself
#   /usr/share/eventloop-tidy/eventloop-tidy-precommit  the pre-commit hook
#   /usr/share/doc/eventloop-tidy/                 README.md and docs/
#
# Built against LLVM 22 it is eventloop-tidy, against another release
# eventloop-tidy-llvm<major> (see "The package's name" below).
#
# The package depends on the clang-tidy it was built against: the same LLVM
# major version, at least the upstream version found here (a plugin built
# for 22.1.8 may use symbols that 22.1.0 lacks), and on the shared libraries
# the checker links (libclang-cpp, libLLVM) in the same range.

include(GNUInstallDirs)

set(EVENTLOOP_INSTALL_LIBDIR "lib/eventloop-tidy" CACHE STRING
  "Where the plugin and the checks library go, relative to the prefix")
set(EVENTLOOP_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/eventloop-tidy" CACHE STRING
  "Where the pre-commit hook script goes, relative to the prefix")
set(EVENTLOOP_DEB_MAINTAINER "eventloop-tidy developers <eventloop-tidy@localhost>"
  CACHE STRING "Maintainer field of the Debian package")

# Installed, the binaries find libclang-cpp and libLLVM where the build did
# (Debian's /usr/lib/llvm-N/lib), as in the build tree.
set_target_properties(eventloop-tidy EventLoopTidyChecks PROPERTIES
  INSTALL_RPATH "${LLVM_LIBRARY_DIR}")

install(TARGETS eventloop-tidy
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The whole-program driver (docs/whole-program.md).
set_target_properties(run-eventloop-tidy PROPERTIES
  INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
install(TARGETS run-eventloop-tidy RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# clangd with the checks built in, and the SARIF writer.
if(TARGET eventloop-clangd)
  set_target_properties(eventloop-clangd PROPERTIES
    INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
  install(TARGETS eventloop-clangd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
set_target_properties(eventloop-sarif PROPERTIES
  INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
install(TARGETS eventloop-sarif RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The loader opens EventLoopTidyChecks.so from its own directory: keep the
# two side by side.
install(TARGETS EventLoopTidy EventLoopTidyChecks
  LIBRARY DESTINATION ${EVENTLOOP_INSTALL_LIBDIR})

set(_eventloop_hook "${PROJECT_SOURCE_DIR}/checker/tools/eventloop-tidy-precommit")
if(EXISTS "${_eventloop_hook}")
  install(PROGRAMS "${_eventloop_hook}" DESTINATION ${EVENTLOOP_INSTALL_DATADIR})
endif()

install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}
  FILES_MATCHING PATTERN "*.md")

# --- Depends: the Debian version range of the LLVM packages built against ---
#
# The lower bound is the installed clang-tidy-N's version without its Debian
# revision ("1:22.1.8-1~deb12u1" -> "1:22.1.8"); without dpkg, epoch 1 (that
# of Debian's and the LLVM project's packages) and LLVM's own version. The
# upper bound is the next major version.
set(_eventloop_major ${LLVM_VERSION_MAJOR})
math(EXPR _eventloop_next "${LLVM_VERSION_MAJOR} + 1")
set(_eventloop_tidy_pkg "clang-tidy-${_eventloop_major}")
set(_eventloop_deb_version "")
find_program(EVENTLOOP_DPKG_QUERY dpkg-query)
mark_as_advanced(EVENTLOOP_DPKG_QUERY)
if(EVENTLOOP_DPKG_QUERY)
  execute_process(
    COMMAND ${EVENTLOOP_DPKG_QUERY} -W "-f=\${Version}" ${_eventloop_tidy_pkg}
    OUTPUT_VARIABLE _eventloop_deb_version
    ERROR_QUIET RESULT_VARIABLE _eventloop_rc
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _eventloop_rc EQUAL 0)
    set(_eventloop_deb_version "")
  endif()
endif()
if(_eventloop_deb_version MATCHES "^(([0-9]+):)?([^-]+)(-[^-]*)?$")
  set(_eventloop_epoch "${CMAKE_MATCH_2}")
  if(_eventloop_epoch STREQUAL "")
    set(_eventloop_epoch 0)
  endif()
  set(_eventloop_min "${_eventloop_epoch}:${CMAKE_MATCH_3}")
else()
  set(_eventloop_epoch 1)
  set(_eventloop_min "1:${LLVM_PACKAGE_VERSION}")
endif()
set(_eventloop_max "${_eventloop_epoch}:${_eventloop_next}~")

set(_eventloop_depends "")
foreach(_pkg ${_eventloop_tidy_pkg} libclang-cpp${_eventloop_major} libllvm${_eventloop_major})
  list(APPEND _eventloop_depends "${_pkg} (>= ${_eventloop_min})" "${_pkg} (<< ${_eventloop_max})")
endforeach()
list(JOIN _eventloop_depends ", " _eventloop_depends)
message(STATUS "eventloop-tidy: package Depends: ${_eventloop_depends}")

# --- The package's name ---
#
# Built against the default LLVM release (22) it is eventloop-tidy; against
# another it names that release (eventloop-tidy-llvm19) and takes the place
# of eventloop-tidy, whose files it has.
if(LLVM_VERSION_MAJOR EQUAL EVENTLOOP_DEFAULT_LLVM_MAJOR)
  set(_eventloop_package "eventloop-tidy")
else()
  set(_eventloop_package "eventloop-tidy-llvm${_eventloop_major}")
  set(CPACK_DEBIAN_PACKAGE_CONFLICTS "eventloop-tidy")
  set(CPACK_DEBIAN_PACKAGE_REPLACES "eventloop-tidy")
endif()
message(STATUS "eventloop-tidy: package ${_eventloop_package}")

# --- CPack ---
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "${_eventloop_package}")
set(CPACK_PACKAGE_VENDOR "eventloop-tidy")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for code that blocks or re-enters its event loop")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "eventloop-tidy finds C and C++ code that blocks its own event loop or\n"
  "runs it again from inside (asio, libuv, libevent, libev, GLib, Qt, folly,\n"
  "asyncio through pybind11): checks eventloop-reentrant-run,\n"
  "eventloop-blocking-call and eventloop-sync-client. It ships the standalone\n"
  "eventloop-tidy command, a plugin for clang-tidy-${_eventloop_major} -load, and a\n"
  "pre-commit hook.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EVENTLOOP_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_eventloop_depends}")
# The package holds exactly the install rules above.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-.*/")
include(CPack)
