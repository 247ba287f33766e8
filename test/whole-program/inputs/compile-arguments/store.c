// Saving waits for the disk only in builds that define SLOW_SAVE.
#include <unistd.h>

void save_state(void) {
#ifdef SLOW_SAVE
  sleep(1);
#endif
}
