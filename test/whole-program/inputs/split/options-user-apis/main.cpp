#include "app.h"

int main() {
  app::schedule([] { app::wait_for_disk(); });
  app::in_background([] { app::wait_for_disk(); });
  app::Server().start();
}
