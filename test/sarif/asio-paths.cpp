// SARIF from eventloop-sarif for asio code: a reentrant-run warning whose
// path goes through a helper in a header that runs a private io_context (path
// notes, a fix-it), and a blocking-call warning (path notes and an advice
// note). The log must validate, and must say what the text output says.
//
// REQUIRES: sarif-multitool
// RUN: rm -rf %t && mkdir -p %t
// RUN: env EVENTLOOP_TIDY_PATH_RECORDS=%t/out.records %eventloop_sarif --output %t/out.sarif --tool %eventloop_tidy --srcroot %S \
// RUN:   -- --checks='-*,eventloop-*' %s -- -std=c++20 > %t/out.txt
// RUN: %check_sarif results --sarif %t/out.sarif --records %t/out.records --text %t/out.txt \
// RUN:   --expect-results 2 --expect-fixes 1 --expect-flows 3,2
// RUN: %sarif_multitool validate %t/out.sarif --output %t/validation.sarif \
// RUN:   --log ForceOverwrite > %t/validation.txt
// RUN: %check_sarif validation %t/validation.sarif
// RUN: FileCheck %s --input-file %t/out.sarif
//
// The validator must not be silent on a broken log: a relative helpUri is an
// error (SARIF1005), which the validation check reports.
// RUN: %python -c "import sys; sys.stdout.write(open(sys.argv[1]).read().replace('https://eventloop-tidy.invalid/docs/checks/sync-client.md', 'docs/checks/sync-client.md'))" %t/out.sarif > %t/broken.sarif
// RUN: %sarif_multitool validate %t/broken.sarif --output %t/broken-validation.sarif \
// RUN:   --log ForceOverwrite > %t/broken-validation.txt
// RUN: not %check_sarif validation %t/broken-validation.sarif 2> %t/broken-check.txt
// RUN: FileCheck %s --check-prefix=BROKEN --input-file %t/broken-check.txt
// BROKEN: error SARIF1005: {{.*}}'docs/checks/sync-client.md' is a relative URI

#include <boost/asio.hpp>
#include <chrono>
#include <string>
#include <thread>

#include "inputs/quote_lookup.h"

class Feed {
public:
  explicit Feed(boost::asio::io_context &io) : Io(io), Tick(io) {}

  void start() {
    Tick.expires_after(std::chrono::seconds(1));
    Tick.async_wait([this](boost::system::error_code) { refresh(); });
    boost::asio::post(Io, [this] { publish(); });
  }

private:
  void refresh() { Last = lookupQuote("ACME"); }
  void publish() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }

  boost::asio::io_context &Io;
  boost::asio::steady_timer Tick;
  std::string Last;
};

// The first result: its path into the header, the fix with the include and
// the offload, its place relative to %SRCROOT% and its fingerprint; then
// the rules. (The writer prints an object's keys in sorted order.)
// CHECK:      "columnKind": "utf16CodeUnits",
// CHECK:      "originalUriBaseIds": {
// CHECK-NEXT:   "%SRCROOT%": {
// CHECK-NEXT:     "uri": "file:///{{.*}}/test/sarif/"
// CHECK:      "codeFlows": [
// CHECK:      "text": "'lookupQuote' runs the event loop here"
// CHECK:      "uri": "inputs/quote_lookup.h",
// CHECK:      "fixes": [
// CHECK:      "text": "#include <future>\n"
// CHECK:      "text": "std::async(std::launch::async, [&] { return refresh(); }).get()"
// CHECK:      "level": "warning",
// CHECK:      "uri": "asio-paths.cpp",
// CHECK-NEXT: "uriBaseId": "%SRCROOT%"
// CHECK:      "partialFingerprints": {
// CHECK-NEXT:   "eventloopFingerprint/v1": "{{[0-9a-f]+}}"
// CHECK:      "relatedLocations": [
// CHECK:      "ruleId": "eventloop-reentrant-run",
// CHECK:      "ruleId": "eventloop-blocking-call",
// CHECK:      "informationUri": "https://eventloop-tidy.invalid/",
// CHECK-NEXT: "name": "eventloop-tidy",
// CHECK:      "helpUri": "https://eventloop-tidy.invalid/docs/checks/reentrant-run.md",
// CHECK-NEXT: "id": "eventloop-reentrant-run",
