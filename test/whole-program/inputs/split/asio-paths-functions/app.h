#include <boost/asio.hpp>

namespace asio = boost::asio;

void backOff();
void reconnect();
void onError();

class Store {
public:
  void commit();
};

class Session {
public:
  explicit Session(Store &s);
  void onRead();

private:
  void parse();
  Store &store_;
};

template <typename Op> void withRetry(Op op) {
  for (int i = 0; i < 3; ++i)
    op();
}

template <typename Item> struct Queue {
  void drain() {
    for (Item &I : Items)
      I.flush();
  }
  Item Items[2];
};

struct Journal {
  void flush();
};
