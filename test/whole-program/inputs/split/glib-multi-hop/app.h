#include <glib.h>

void backoff(void);
void retry(void);
void refresh(void);
void drain(GMainContext *c);
void pump(GMainContext *c);
void sync_worker(void);
