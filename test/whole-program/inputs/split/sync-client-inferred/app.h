#include <boost/asio.hpp>
#include <memory>
#include <string>

namespace asio = boost::asio;
using boost::system::error_code;

class HTTPClient {
public:
  HTTPClient(const std::string &host, const std::string &port);
  asio::ip::tcp::resolver::results_type endpoints;
};

class PinnedClient {
public:
  explicit PinnedClient(const std::string &host);
  PinnedClient(const PinnedClient &) = delete;
  PinnedClient &operator=(const PinnedClient &) = delete;
};

void movable(asio::io_context &io);
void pinned(asio::io_context &io);
void onHeap(asio::io_context &io);
void throughMakeUnique(asio::io_context &io);
