// FAILS: run through a tool whose fix-it applies again to its own output
// (selftest.sh's appending-tool), so the second --fix changes the file.
int f();
// CHECK-FIXES: int again;
