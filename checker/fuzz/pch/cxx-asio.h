// Boost.Asio, websocketpp on it, and the synchronous clients.
// As the tests define them: coroutines (boost/asio/awaitable.hpp) and
// cpp-httplib's SSLClient.
#define BOOST_ASIO_HAS_CO_AWAIT 1
#define CPPHTTPLIB_OPENSSL_SUPPORT 1
#include "cxx-std.h"
#include <boost/asio.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/spawn.hpp>
#include <boost/asio/use_future.hpp>
#include <curl/curl.h>
#include <httplib.h>
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>
