#!/bin/sh
# A stand-in for clang-tidy that prints the diagnostics of inputs/non_ascii.cpp
# (the first .cpp argument), writes their path record as the checks do when
# they emit, and dies of SIGABRT before it writes its --export-fixes file, as
# a crash would.
if [ "$1" = "--version" ]; then
  echo "LLVM version 22.0.0"
  exit 0
fi
for arg in "$@"; do
  case "$arg" in *.cpp) file="$arg" ;; esac
done
echo "$file:15:49: warning: callback blocks its asio loop until the private loop 'private_loop' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]"
echo "   15 |   boost::asio::post(io, [] { /* «€» 😀 */ quote(\"ÄCME\"); });"
echo "      |                                           ^"
echo "$file:10:16: note: 'quote' runs the event loop here"
echo "$file:15:16: note: callback registered with 'boost::asio::post' here"
if [ -n "$EVENTLOOP_TIDY_PATH_RECORDS" ]; then
  real=$(realpath "$file")
  printf '%s\n' "{\"check\": \"eventloop-reentrant-run\", \"file\": \"$real\", \"offset\": 0, \"message\": \"callback blocks its asio loop until the private loop 'private_loop' run by 'io_context::run' returns; consider running it on another thread\", \"function\": \"the lambda\", \"notes\": [{\"message\": \"'quote' runs the event loop here\", \"role\": \"sink\"}, {\"message\": \"callback registered with 'boost::asio::post' here\", \"role\": \"registration\"}]}" >> "$EVENTLOOP_TIDY_PATH_RECORDS"
fi
kill -ABRT $$
