// FAILS (usage error): CHECK-MESSAGES and CHECK-NOTES in one prefix set.
int f(int x) {
  if (x) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-NOTES: :[[@LINE-2]]:9: warning: statement should be inside braces [readability-braces-around-statements]
  return 0;
}
