// FAILS: the code is braced, so the expected warning never comes.
int f(int x) {
  if (x) { return 1; }
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  return 0;
}
