#include "app.h"

void backoff(void) { g_usleep(1000); }
void retry(void) { backoff(); }
void refresh(void) { retry(); }
