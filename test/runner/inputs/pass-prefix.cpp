// One file, two option sets: DEFAULT (stock options) and SHORT
// (ShortStatementLines: 1 suppresses the short statement); COMMON holds what
// both runs expect.
int f(int x) {
  if (x) return 1;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES-DEFAULT: if (x) { return 1;
  // CHECK-FIXES-DEFAULT: }
  if (x > 1)
    return
        2;
  // CHECK-MESSAGES-COMMON: :[[@LINE-3]]:13: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES-COMMON: if (x > 1) {
  // CHECK-FIXES-COMMON: }
  return 0;
}
