#include <unistd.h>

/* Helpers every TU includes and few call. */
static inline void pause_briefly(void) { usleep(1000); }
static inline void settle_disk(void) { sync(); }
__attribute__((constructor)) static void start_pacing(void) { usleep(1); }
