#include <uv.h>
void flush_log(void);
void wait_for_disk(void);
