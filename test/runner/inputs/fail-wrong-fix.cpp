// FAILS: the fix puts the closing brace on its own line, not after 'return 1;'.
int f(int x) {
  if (x) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES: if (x) { return 1; }
  return 0;
}
