// Correct test: messages, [[@LINE]] references and fixes all match.
int f(int x) {
  if (x)
    return 1;
  // CHECK-MESSAGES: :[[@LINE-2]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES: if (x) {
  // CHECK-FIXES: }
  return 0;
}

int g(int y) { if (y) return 2; else return 3; }
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: statement should be inside braces [readability-braces-around-statements]
// CHECK-MESSAGES: :[[@LINE-2]]:37: warning: statement should be inside braces [readability-braces-around-statements]
// CHECK-FIXES: int g(int y) { if (y) { return 2; } else { return 3;
// CHECK-FIXES: }}

int h(int z) {
  if (z) { return 4; } // CHECK-MESSAGES: :[[@LINE+1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  if (z)
    return 5; // CHECK-FIXES: if (z) {
  // CHECK-FIXES: }
  return 6;
}
