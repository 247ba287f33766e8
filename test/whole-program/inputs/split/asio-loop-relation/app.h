#include <boost/asio.hpp>

namespace asio = boost::asio;

void pump(asio::io_context &ctx);
void drainAll(asio::io_context &ctx);
int fetchBlocking();
extern asio::io_context *g_loop;
void runGlobal();

class Server {
public:
  void start();
  void flush();

private:
  asio::io_context io_;
};

void sameThroughParameter(asio::io_context &io);
void privateLoop(asio::io_context &io);
void unknownLoop(asio::io_context &io);
