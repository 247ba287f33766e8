#!/usr/bin/env python3
"""A minimal LSP client that drives eventloop-clangd the way an editor does.

It starts the server on stdio, initializes it with the capabilities an editor
announces (diagnostic related information, code action literals), opens one
file, waits for the diagnostics clangd publishes for it, asks for the code
actions of each eventloop diagnostic, then shuts the server down. What it saw
is printed in a stable text form for FileCheck:

  diagnostic 12:38-12:46 warning eventloop-reentrant-run (clang-tidy)
    message: callback blocks ...
    related handler.cpp:5:3: 'fetch' runs the event loop here
    action quickfix: change 'fetch(1)' to ...
      edit handler.cpp:12:38-12:46: "std::async(...)"

Then --then runs editing steps in order (see STEPS below), each followed by
clangd's `sync` request so that whatever the server published meanwhile is
printed at a fixed place in the output.

Lines and columns are 1-based, like the compiler's. Exits 0 when the server
answered everything in time, 1 otherwise (with the tail of its log).
"""

import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request


class Timeout(Exception):
    pass


class Server:
    """The server process and the JSON-RPC framing over its stdio."""

    def __init__(self, argv, cwd, env, log_path, trace):
        self.log = open(log_path, "wb")
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env,
                                     stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log)
        self.trace = trace
        self.next_id = 0
        # publishDiagnostics that arrived while waiting for something else.
        self.published = []
        self.inbox = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)  # The server closed its output.
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if length is None:
                continue
            body = stream.read(length)
            message = json.loads(body.decode("utf-8"))
            if self.trace:
                print("<-- " + json.dumps(message)[:2000], file=sys.stderr)
            self.inbox.put(message)

    def send(self, message):
        message["jsonrpc"] = "2.0"
        if self.trace:
            print("--> " + json.dumps(message)[:2000], file=sys.stderr)
        body = json.dumps(message).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params, deadline):
        result, error = self.request_or_error(method, params, deadline)
        if error is not None:
            raise RuntimeError("%s failed: %s" % (method, error))
        return result

    def request_or_error(self, method, params, deadline):
        """(result, None), or (None, the LSP error object)."""
        self.next_id += 1
        my_id = self.next_id
        self.send({"id": my_id, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == my_id and "method" not in m,
                          deadline, "the reply to " + method)
        return reply.get("result"), reply.get("error")

    def wait(self, wanted, deadline, what):
        """The next message \\p wanted accepts; answers server requests."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout("timed out waiting for " + what)
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                raise Timeout("timed out waiting for " + what)
            if message is None:
                raise RuntimeError("the server exited while waiting for " + what)
            if "method" in message and "id" in message:
                self._answer(message)
                continue
            if wanted(message):
                return message
            if message.get("method") == "textDocument/publishDiagnostics":
                self.published.append(message)

    def _answer(self, request):
        # Requests from the server: a plain editor says yes and gives no
        # settings.
        result = None
        if request["method"] == "workspace/configuration":
            result = [None] * len(request["params"].get("items", []))
        self.send({"id": request["id"], "result": result})

    def close(self, deadline):
        try:
            self.request("shutdown", None, deadline)
            self.notify("exit", None)
            self.proc.stdin.close()
            self.proc.wait(timeout=max(1, deadline - time.monotonic()))
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self.log.close()


def uri_of(path):
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def path_of(uri):
    return urllib.parse.unquote(urllib.parse.urlparse(uri).path)


def where(rng):
    s, e = rng["start"], rng["end"]
    return "%d:%d-%d:%d" % (s["line"] + 1, s["character"] + 1,
                            e["line"] + 1, e["character"] + 1)


SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}

CAPABILITIES = {
    "textDocument": {
        "synchronization": {"didSave": True},
        "publishDiagnostics": {
            "relatedInformation": True,
            "versionSupport": True,
            "codeDescriptionSupport": True,
        },
        "codeAction": {
            "codeActionLiteralSupport": {
                "codeActionKind": {
                    "valueSet": ["", "quickfix", "refactor",
                                 "refactor.extract", "refactor.inline",
                                 "refactor.rewrite", "source"],
                },
            },
            "isPreferredSupport": True,
        },
    },
    "workspace": {"workspaceEdit": {"documentChanges": False}},
    "general": {"positionEncodings": ["utf-16"]},
}


def print_edits(edit, base):
    changes = dict(edit.get("changes") or {})
    for change in edit.get("documentChanges") or []:
        if "textDocument" in change:
            changes.setdefault(change["textDocument"]["uri"], []).extend(
                change["edits"])
    for uri in sorted(changes):
        name = os.path.relpath(path_of(uri), base)
        for e in changes[uri]:
            print("    edit %s:%s: %s" % (name, where(e["range"]),
                                          json.dumps(e["newText"])))


def print_actions(actions, d, base):
    for a in actions:
        if "command" in a and "title" in a and "edit" not in a \
                and isinstance(a["command"], str):
            print("  command: " + a["title"])  # A bare Command.
            continue
        print("  action %s: %s" % (a.get("kind", "-"), a["title"]))
        if any(x.get("code") == d.get("code")
               and x.get("range") == d["range"]
               for x in a.get("diagnostics") or []):
            print("    fixes this diagnostic")
        if "edit" in a:
            print_edits(a["edit"], base)


def print_error(what, error):
    print("%s: error %s: %s" % (what, error.get("code"), error.get("message")))


STEPS = """\
steps for --then, run in order after the first diagnostics:
  change=L:C-L:C=TEXT  didChange replacing that range (1-based, as printed;
                       '\\n' in TEXT is a newline)
  change-all           didChange with the whole text of --file
  reopen               didClose, then didOpen with the text of --file
  symbols              textDocument/documentSymbol, its names or its error
  actions              the code actions of the eventloop diagnostics shown
                       last, or the error
each step ends with clangd's `sync` request; diagnostics published by then
are printed (with their code actions) after the step's own line"""


class Session:
    """One open document and the editing steps an editor sends for it."""

    def __init__(self, server, path, uri, text, actions_for, deadline):
        self.server = server
        self.path = path
        self.base = os.path.dirname(path)
        self.uri = uri
        self.text = text
        self.version = 1
        self.actions_for = actions_for
        self.deadline = deadline

    def show(self, published):
        """Prints one publishDiagnostics, asking for the code actions of the
        eventloop diagnostics; returns its diagnostics."""
        diagnostics = published["params"]["diagnostics"]
        print("published %d diagnostics for %s" % (
            len(diagnostics), os.path.basename(path_of(
                published["params"]["uri"]))))
        for d in diagnostics:
            print("diagnostic %s %s %s (%s)" % (
                where(d["range"]), SEVERITY.get(d.get("severity"), "?"),
                d.get("code", "-"), d.get("source", "-")))
            print("  message: " + d["message"].replace("\n", "\\n"))
            for r in d.get("relatedInformation") or []:
                loc = r["location"]
                print("  related %s:%s: %s" % (
                    os.path.relpath(path_of(loc["uri"]), self.base),
                    where(loc["range"]).split("-")[0], r["message"]))
            if not str(d.get("code", "")).startswith(self.actions_for):
                continue
            actions, error = self.code_actions(d)
            if error is not None:
                raise RuntimeError("textDocument/codeAction failed: %s" % error)
            print_actions(actions or [], d, self.base)
        return diagnostics

    def code_actions(self, d):
        """(actions, None), or (None, the LSP error object)."""
        return self.server.request_or_error("textDocument/codeAction", {
            "textDocument": {"uri": self.uri},
            "range": d["range"],
            "context": {"diagnostics": [d]},
        }, self.deadline)

    def change(self, change):
        self.version += 1
        self.server.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [change]})

    def open(self):
        self.version += 1
        self.server.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri, "languageId": "cpp", "version": self.version,
            "text": self.text}})

    def run(self, step, shown):
        """Runs one --then step; returns the diagnostics the editor shows."""
        name, _, rest = step.partition("=")
        if name == "change":
            span, _, new_text = rest.partition("=")
            start, _, end = span.partition("-")
            (sl, sc), (el, ec) = [map(int, p.split(":")) for p in (start, end)]
            new_text = new_text.replace("\\n", "\n")
            self.change({"range": {
                "start": {"line": sl - 1, "character": sc - 1},
                "end": {"line": el - 1, "character": ec - 1}},
                "text": new_text})
            print("step didChange version %d %s: %s" % (
                self.version, span, json.dumps(new_text)))
        elif name == "change-all":
            self.change({"text": self.text})
            print("step didChange version %d, the whole document" %
                  self.version)
        elif name == "reopen":
            self.server.notify("textDocument/didClose",
                               {"textDocument": {"uri": self.uri}})
            self.open()
            print("step didClose, didOpen version %d" % self.version)
        elif name == "symbols":
            result, error = self.server.request_or_error(
                "textDocument/documentSymbol",
                {"textDocument": {"uri": self.uri}}, self.deadline)
            if error is not None:
                print_error("step documentSymbol", error)
            else:
                print("step documentSymbol: " + ", ".join(
                    s["name"] for s in result or []))
        elif name == "actions":
            print("step codeAction")
            for d in shown:
                if not str(d.get("code", "")).startswith(self.actions_for):
                    continue
                result, error = self.code_actions(d)
                print("  for diagnostic %s %s" % (where(d["range"]),
                                                   d.get("code")))
                if error is not None:
                    print_error("  codeAction", error)
                else:
                    print_actions(result or [], d, self.base)
        else:
            raise RuntimeError("unknown step: " + step)
        # clangd's `sync` returns once its workers are idle, so everything
        # this step caused has been published.
        self.server.request("sync", None, self.deadline)
        published, self.server.published = self.server.published, []
        for message in published:
            if message["params"]["uri"] == self.uri:
                shown = self.show(message)
        return shown


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], epilog=STEPS,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clangd", required=True,
                        help="the server binary (eventloop-clangd)")
    parser.add_argument("--file", required=True, help="the file to open")
    parser.add_argument("--check-arg", "--clangd-arg", dest="clangd_args",
                        action="append", default=[],
                        help="an argument for the server (repeatable); "
                             "write --check-arg=--flag for flags")
    parser.add_argument("--timeout", type=float, default=60,
                        help="seconds the whole session may take")
    parser.add_argument("--actions-for", default="eventloop-",
                        help="ask for code actions of the diagnostics whose "
                             "code starts with this")
    parser.add_argument("--log", help="where the server's log goes "
                        "(default: <file>.clangd.log)")
    parser.add_argument("--then", action="append", default=[],
                        metavar="STEP", help="an editing step after the "
                        "first diagnostics (repeatable; see below)")
    parser.add_argument("--trace", action="store_true",
                        help="echo the LSP messages to stderr")
    args = parser.parse_args()

    path = os.path.abspath(args.file)
    if not os.path.isfile(path):
        parser.error("no such file: " + path)
    if not os.access(args.clangd, os.X_OK):
        parser.error("not an executable: " + args.clangd)
    base = os.path.dirname(path)
    uri = uri_of(path)
    log_path = args.log or path + ".clangd.log"
    deadline = time.monotonic() + args.timeout

    # No user configuration: only the project's .clangd and .clang-tidy.
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = os.path.join(base, ".xdg-config")
    env.pop("CLANGD_FLAGS", None)

    server = Server([args.clangd] + args.clangd_args, base, env, log_path,
                    args.trace)
    ok = False
    try:
        server.request("initialize", {
            "processId": os.getpid(),
            "rootUri": uri_of(base),
            "capabilities": CAPABILITIES,
            "workspaceFolders": [{"uri": uri_of(base), "name": "test"}],
        }, deadline)
        server.notify("initialized", {})
        with open(path, encoding="utf-8") as f:
            text = f.read()
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})

        published = server.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri,
            deadline, "textDocument/publishDiagnostics for " + uri)
        session = Session(server, path, uri, text, args.actions_for, deadline)
        shown = session.show(published)
        for step in args.then:
            shown = session.run(step, shown)
        server.close(deadline)
        ok = True
    except (Timeout, RuntimeError, OSError) as e:
        print("lsp_client: " + str(e), file=sys.stderr)
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait()
        if not server.log.closed:
            server.log.close()
    if not ok:
        with open(log_path, errors="replace") as f:
            tail = f.read()[-6000:]
        print("lsp_client: the server's log ends with:\n" + tail,
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
