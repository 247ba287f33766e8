// FAILS: the second warning is not expected by any CHECK-MESSAGES.
int f(int x) {
  if (x) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  if (x > 1) return 2;
  return 0;
}
