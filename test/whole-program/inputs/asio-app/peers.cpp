#include "app.h"

void app::for_each_peer(const std::function<void(int)> &visit) {
  for (int peer = 0; peer < 3; ++peer)
    visit(peer);
}
