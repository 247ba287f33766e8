#include <boost/asio.hpp>

namespace asio = boost::asio;

void nap();
void far3();
void far2();
void far1();
void nearAndFar(bool quick);
void twoSinks();
