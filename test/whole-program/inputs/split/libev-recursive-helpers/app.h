#include <ev.h>

void nest(struct ev_loop *l, int n);
void forth(int n);
void back(int n);
