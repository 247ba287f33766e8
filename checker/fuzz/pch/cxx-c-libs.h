// libuv, libevent and libev (ev++.h) used from C++.
#include "cxx-std.h"
#include <ev++.h>
#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/event_struct.h>
#include <event2/listener.h>
#include <event2/util.h>
#include <uv.h>
