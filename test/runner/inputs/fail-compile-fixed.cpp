// FAILS with --compile-fixed: the fix adds a line, which moves __LINE__ below
// it, so the static_assert that held for the input breaks in the fixed file.
int f(int x) {
  if (x) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES: if (x) { return 1;
  // CHECK-FIXES: }
  return 0;
}
static_assert(__LINE__ == 10, "line numbers moved");
