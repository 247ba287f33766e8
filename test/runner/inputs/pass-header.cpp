// Correct test: diagnostics from a --copy'd header use its basename.
#include "runner-helper.h"

void g() {
  S a;
  use(std::move(a));
  use(a);
}
// CHECK-NOTES: runner-helper.h:18:7: warning: 's' used after it was moved [bugprone-use-after-move]
// CHECK-NOTES: runner-helper.h:17:9: note: move occurred here
// CHECK-NOTES: :[[@LINE-4]]:7: warning: 'a' used after it was moved [bugprone-use-after-move]
// CHECK-NOTES: :[[@LINE-6]]:7: note: move occurred here
