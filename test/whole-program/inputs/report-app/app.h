#include <uv.h>
void flush_log(void);
