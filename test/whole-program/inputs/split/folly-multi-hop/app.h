#include "folly_mock.h"

void waitReady();
void prepare();
void handle();
void drain(folly::EventBase &b);
void flush(folly::EventBase &b);
void syncFlush();
