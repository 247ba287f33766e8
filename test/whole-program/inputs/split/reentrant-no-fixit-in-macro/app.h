#include <boost/asio.hpp>

void fetch();

#define FETCH_NOW() fetch()
