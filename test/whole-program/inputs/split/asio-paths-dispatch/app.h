#include <boost/asio.hpp>
#include "net_helpers.h"

namespace asio = boost::asio;

struct Handler {
  virtual ~Handler() = default;
  virtual void handle() = 0;
};

struct LookupHandler : Handler {
  explicit LookupHandler(net::Peer &p) : peer(p) {}
  void handle() override;
  net::Peer &peer;
};

void drain(int n);
void retry(int n);
int depth(int n);
