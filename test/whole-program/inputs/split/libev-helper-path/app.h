#include <ev.h>

void drain(struct ev_loop *l);
void flush(struct ev_loop *l);
void resolve_names(void);
