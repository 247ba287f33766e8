// FAILS: the warning is at column 9, not 8.
int f(int x) {
  if (x) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: statement should be inside braces [readability-braces-around-statements]
  return 0;
}
