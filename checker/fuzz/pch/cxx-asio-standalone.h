// Standalone asio: it cannot share a TU with Boost.Asio.
#include "cxx-std.h"
#include <asio.hpp>
