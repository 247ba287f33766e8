// FAILS: the warning is expected but its fix-it is not (no CHECK-FIXES).
int f(int x) {
  if (x) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  return 0;
}
