// The two-file libuv program of the HTML report's tests.
#include <uv.h>
// io.cpp: what the check callback of main.cpp calls.
int flush_journal(const char *name);
int replay(const char *name);
