#!/usr/bin/env python3
"""Run the steps of a composite GitHub action here, as a runner would, with
no network: each `run` step through bash with its env, GITHUB_OUTPUT,
GITHUB_PATH and GITHUB_ACTION_PATH; `${{ ... }}` expressions of inputs,
step outputs and github.action_path; `if:` conditions. A `uses` step (the
upload to code scanning) is not run: its name and evaluated `with` are
printed instead.

  run_action.py ACTION.yml [--input NAME=VALUE]...

Prints one line per step (`step NAME: exit N, outputs K=V ...`, or
`step NAME: skipped ...`) and exits with the status of the first step that
failed, or 0.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
NAME = re.compile(r"\b(inputs|steps|github)\.[A-Za-z0-9_.-]+")


class Context:
    def __init__(self, action_path, inputs):
        self.action_path = action_path
        self.inputs = inputs
        self.outputs = {}
        self.failed = False

    def value(self, name):
        parts = name.split(".")
        if parts[0] == "inputs":
            return self.inputs.get(parts[1], "")
        if parts[0] == "steps" and parts[2] == "outputs":
            return self.outputs.get(parts[1], {}).get(parts[3], "")
        if name == "github.action_path":
            return self.action_path
        raise SystemExit("run_action: unknown name %s" % name)

    def substitute(self, text):
        return EXPR.sub(lambda m: str(self.value(m.group(1))), str(text))

    def condition(self, expr):
        if expr is None:
            return not self.failed
        expr = EXPR.sub(lambda m: m.group(1), str(expr))
        uses_status = "always()" in expr or "failure()" in expr
        py = NAME.sub(lambda m: repr(self.value(m.group(0))), expr)
        py = (py.replace("&&", " and ").replace("||", " or ")
              .replace("always()", "True").replace("success()", repr(not self.failed))
              .replace("failure()", repr(self.failed)))
        result = bool(eval(py, {"__builtins__": {}}, {}))
        return result if uses_status else result and not self.failed


def main():
    p = argparse.ArgumentParser()
    p.add_argument("action")
    p.add_argument("--input", action="append", default=[])
    args = p.parse_args()
    with open(args.action, encoding="utf-8") as f:
        action = yaml.safe_load(f)
    inputs = {k: str(v.get("default", "")) for k, v in action.get("inputs", {}).items()}
    for pair in args.input:
        k, v = pair.split("=", 1)
        if k not in inputs:
            raise SystemExit("run_action: the action has no input %s" % k)
        inputs[k] = v
    ctx = Context(os.path.dirname(os.path.abspath(args.action)), inputs)
    status = 0
    scratch = tempfile.mkdtemp(prefix="run-action-")
    github_path = os.path.join(scratch, "path")
    open(github_path, "w").close()
    for i, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", "step %d" % i)
        if not ctx.condition(step.get("if")):
            print("step %s: skipped (if: %s)" % (name, step.get("if")), flush=True)
            continue
        if "uses" in step:
            with_ = ", ".join("%s=%s" % (k, ctx.substitute(v))
                              for k, v in sorted(step.get("with", {}).items()))
            print("step %s: not run here, uses %s with %s" % (name, step["uses"], with_),
                  flush=True)
            continue
        output = os.path.join(scratch, "output-%d" % i)
        open(output, "w").close()
        env = dict(os.environ)
        env.update({k: ctx.substitute(v) for k, v in step.get("env", {}).items()})
        env.update(GITHUB_ACTION_PATH=ctx.action_path, GITHUB_OUTPUT=output,
                   GITHUB_PATH=github_path, GITHUB_WORKSPACE=os.getcwd())
        code = subprocess.run([step.get("shell", "bash"), "-c", ctx.substitute(step["run"])],
                              env=env).returncode
        outs = {}
        with open(output, encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    outs[k] = v
        if "id" in step:
            ctx.outputs[step["id"]] = outs
        print("step %s: exit %d%s" % (name, code, "".join(
            ", outputs %s=%s" % kv for kv in sorted(outs.items()))), flush=True)
        if code and not ctx.failed:
            ctx.failed = True
            status = code
    with open(github_path, encoding="utf-8") as f:
        for line in f:
            print("added to PATH: %s" % line.strip())
    return status


if __name__ == "__main__":
    sys.exit(main())
