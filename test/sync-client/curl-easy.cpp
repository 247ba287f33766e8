// libcurl's easy interface performs the whole transfer before it returns:
// curl_easy_perform in an asio handler blocks the loop (the note names the
// multi-socket interface, which an event loop can drive). Setting options
// does not block, and a transfer on a thread of its own is fine.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -std=c++20

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <curl/curl.h>
#include <thread>

namespace asio = boost::asio;

static CURLcode fetch(const char *url) {
  CURL *easy = curl_easy_init();
  curl_easy_setopt(easy, CURLOPT_URL, url);
  CURLcode rc = curl_easy_perform(easy);
  curl_easy_cleanup(easy);
  return rc;
}

void inHandler(asio::io_context &io) {
  asio::post(io, [] { fetch("https://example.org/"); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop in 'curl_easy_perform' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-8]]:17: note: 'fetch' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:23: note: consider 'curl_multi_socket_action' driven by the event loop instead
}

void onThread(asio::io_context &io) {
  asio::post(io, [] { std::thread([] { fetch("https://example.org/"); }).detach(); });
}

int main() {
  asio::io_context io;
  inHandler(io);
  onThread(io);
  io.run();
}
