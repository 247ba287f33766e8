#include "app.h"

int main() {
  setExit();
  onExit();
}
