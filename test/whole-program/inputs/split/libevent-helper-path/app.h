#include <event2/event.h>

extern struct event_base *base;
void spin(struct event_base *b);
void settle(void);
void handle_input(int n);
