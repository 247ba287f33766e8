// Correct test: a compiler error is fine when a CHECK line expects it, even
// though clang-tidy then exits non-zero.
void k() { undeclared(); }
// CHECK-MESSAGES: :[[@LINE-1]]:12: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
