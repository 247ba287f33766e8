#!/usr/bin/env python3
"""Writes the inputs of long-paths.test into DIR: chain.c, a callback whose
path to uv_sleep runs through 20,000 functions, and templates.cpp, whose
path runs through 2,000 instantiations of one function template."""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
depth = 20000
lines = ["#include <uv.h>", "void f%d(void) { uv_sleep(1); }" % depth]
lines += ["void f%d(void) { f%d(); }" % (i, i + 1) for i in range(depth - 1, 0, -1)]
lines += ["static void on_tick(uv_timer_t *t) { f1(); }",
          "void start(uv_loop_t *l, uv_timer_t *t) {",
          "  uv_timer_init(l, t);",
          "  uv_timer_start(t, on_tick, 1, 1);",
          "}"]
with open(os.path.join(out, "chain.c"), "w") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(out, "templates.cpp"), "w") as f:
    f.write("""#include <uv.h>
template <int N> void step() { step<N - 1>(); }
template <> void step<0>() { uv_sleep(1); }
static void on_tick(uv_timer_t *) { step<2000>(); }
void start(uv_loop_t *l, uv_timer_t *t) {
  uv_timer_init(l, t);
  uv_timer_start(t, on_tick, 1, 1);
}
""")
