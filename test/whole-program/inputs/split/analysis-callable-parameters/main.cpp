#include "app.h"

int main() {
  app::schedule([] { nap(); });
  app::scheduleLater([] { app::apply(&nap); });
  app::schedule([] { app::invoke([] { nap(); }); });

  // Only main calls these: not loop code.
  app::apply(&nap);
  app::invoke([] { nap(); });
  app::loop().run();
}
