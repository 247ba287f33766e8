#!/usr/bin/env python3
"""Unit tests of eventloop-sarif's pieces: the export-fixes YAML reader, the
text parser, line/column arithmetic and the choice of path notes.

  test_reader.py PATH/TO/eventloop-sarif
"""

import importlib.machinery
import importlib.util
import os
import sys
import tempfile
import unittest


def load(path):
    sys.dont_write_bytecode = True  # nothing next to the script in the tree
    loader = importlib.machinery.SourceFileLoader("eventloop_sarif", path)
    spec = importlib.util.spec_from_loader("eventloop_sarif", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


es = None

# What clang-tidy 22 writes (trimmed): quotes doubled in single-quoted
# scalars, a newline forces double quotes, `[]` for no replacements.
EXPORTED = """---
MainSourceFile:  '/src/a.cpp'
Diagnostics:
  - DiagnosticName:  eventloop-reentrant-run
    DiagnosticMessage:
      Message:         'callback blocks its asio loop until the private loop ''request'' run by ''io_context::run'' returns'
      FilePath:        '/src/a.cpp'
      FileOffset:      446
      Replacements:
        - FilePath:        '/src/a.cpp'
          Offset:          138
          Length:          0
          ReplacementText: "#include <future>\\n"
        - FilePath:        '/src/a.cpp'
          Offset:          446
          Length:          8
          ReplacementText: 'std::async(std::launch::async, [&] { return onTick(); }).get()'
    Notes:
      - Message:         '''QuoteServer::onTick'' calls ''fetchQuote'' here'
        FilePath:        'include/client.h'
        FileOffset:      586
        Replacements:    []
      - Message:         consider a timer of the event loop instead
        FilePath:        '/src/a.cpp'
        FileOffset:      399
        Replacements:    []
    Level:           Warning
    BuildDirectory:  '/build'
  - DiagnosticName:  clang-diagnostic-error
    DiagnosticMessage:
      Message:         no input files
      FilePath:        ''
      FileOffset:      0
      Replacements:    []
      Ranges:
        - FilePath:        '/src/a.cpp'
          FileOffset:      18
          Length:          1
    Level:           Error
    BuildDirectory:  ''
...
"""


class ReaderTest(unittest.TestCase):
    def test_clang_tidy_output(self):
        diags = es.diags_from_yaml(es.read_export_fixes(EXPORTED))
        self.assertEqual(len(diags), 2)
        d = diags[0]
        self.assertEqual(d.name, "eventloop-reentrant-run")
        self.assertEqual(d.level, "warning")
        self.assertEqual(d.message, "callback blocks its asio loop until the private "
                         "loop 'request' run by 'io_context::run' returns")
        self.assertEqual((d.file, d.offset), ("/src/a.cpp", 446))
        self.assertEqual(d.replacements, [
            ("/src/a.cpp", 138, 0, "#include <future>\n"),
            ("/src/a.cpp", 446, 8,
             "std::async(std::launch::async, [&] { return onTick(); }).get()")])
        self.assertEqual([n.message for n in d.notes],
                         ["'QuoteServer::onTick' calls 'fetchQuote' here",
                          "consider a timer of the event loop instead"])
        # A relative path is relative to the build directory.
        self.assertEqual(d.notes[0].file, "/build/include/client.h")
        e = diags[1]
        self.assertEqual((e.name, e.level, e.file), ("clang-diagnostic-error", "error", None))
        self.assertEqual(e.ranges, [("/src/a.cpp", 18, 1)])

    def scalar(self, text):
        return es.read_export_fixes("K: " + text + "\n")["K"]

    def test_double_quoted_escapes(self):
        self.assertEqual(self.scalar(r'"a\tb\\c\"d\/e\x41\u20ac\U0001F600\0\e"'),
                         "a\tb\\c\"d/eA\u20ac\U0001F600\0\x1b")
        self.assertEqual(self.scalar('"it\'\'s"'), "it''s")
        with self.assertRaises(es.YamlError):
            self.scalar(r'"\q"')

    def test_single_quoted(self):
        self.assertEqual(self.scalar("'it''s \\n'"), "it's \\n")
        self.assertEqual(self.scalar("''"), "")

    def test_folded_quoted_scalars(self):
        doc = es.read_export_fixes(
            "A: 'one\n   two\n\n   three'\n"
            "B: \"x \\\n   y\"\n"
            "C: \"tab\\t  \n  z\"\n")
        self.assertEqual(doc["A"], "one two\nthree")
        self.assertEqual(doc["B"], "x y")
        self.assertEqual(doc["C"], "tab\t z")

    def test_plain_and_empty(self):
        doc = es.read_export_fixes("A: a: b c\nB: []\nC: {}\nD:\nE: 12\n")
        self.assertEqual(doc, {"A": "a: b c", "B": [], "C": {}, "D": None, "E": "12"})

    def test_nested_sequences(self):
        doc = es.read_export_fixes("L:\n- a\n- - b\n  - c\n- k: v\n  j: w\n")
        self.assertEqual(doc["L"], ["a", ["b", "c"], {"k": "v", "j": "w"}])

    def test_empty_documents(self):
        self.assertEqual(es.read_export_fixes(""), {"Diagnostics": []})
        self.assertEqual(es.read_export_fixes("---\n...\n"), {"Diagnostics": []})
        self.assertEqual(es.diags_from_yaml(es.read_export_fixes("Diagnostics: []\n")), [])

    def test_rejects_what_it_does_not_know(self):
        for bad in ("A: &anchor x\n", "A: |\n  block\n", "A: 'open\n",
                    "A: x\n B: y\n", "A: x\nA: y\n", "- a\nb: c\n"):
            with self.assertRaises(es.YamlError, msg=bad):
                es.read_export_fixes(bad)


TEXT = """\x1b[1m/src/a.cpp:3:5: \x1b[0m\x1b[0;1;35mwarning: \x1b[0m\x1b[1mcallback blocks [eventloop-blocking-call]\x1b[0m
    3 |     f();
      |     ^
/src/a.cpp:9:1: note: 'f' blocks here
/src/a.cpp:3:5: note: FIX-IT applied suggested code changes
/src/b.cpp:1:2: error: re-enters [eventloop-reentrant-run,-warnings-as-errors]
error: no input files [clang-diagnostic-error]
/src/c.cpp:4:4: error: use of undeclared identifier 'x' [clang-diagnostic-error]
"""


class TextTest(unittest.TestCase):
    def test_text(self):
        diags = es.diags_from_text(TEXT)
        self.assertEqual([(d.name, d.level, d.file, d.line, d.col) for d in diags], [
            ("eventloop-blocking-call", "warning", "/src/a.cpp", 3, 5),
            ("eventloop-reentrant-run", "error", "/src/b.cpp", 1, 2),
            ("clang-diagnostic-error", "error", None, None, None),
            ("clang-diagnostic-error", "error", "/src/c.cpp", 4, 4)])
        self.assertEqual(diags[0].message, "callback blocks")
        self.assertEqual([n.message for n in diags[0].notes], ["'f' blocks here"])


class PositionTest(unittest.TestCase):
    def source(self, data):
        fd, path = tempfile.mkstemp()
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        self.addCleanup(os.remove, path)
        return es.SourceFile(path)

    def test_line_ends(self):
        src = self.source(b"ab\r\ncd\ref\ngh")
        self.assertEqual(src.line_col(0), (1, 1))
        self.assertEqual(src.line_col(4), (2, 1))
        self.assertEqual(src.line_col(7), (3, 1))
        self.assertEqual(src.line_col(11), (4, 2))

    def test_utf16(self):
        src = self.source("\u00e9\u20ac\U0001F600 name(1);\n".encode("utf-8"))
        offset = len("\u00e9\u20ac\U0001F600 ".encode("utf-8"))
        self.assertEqual(src.char_offset(offset), 1 + 1 + 2 + 1)
        self.assertEqual(src.region(offset, []),
                         {"startLine": 1, "startColumn": 6, "endLine": 1, "endColumn": 10})
        # A highlighted range from the same place wins over the token.
        self.assertEqual(src.region(offset, [(offset, 7)])["endColumn"], 13)
        # A punctuator is one character; the end of a line is empty.
        self.assertEqual(src.region(offset + 4, [])["endColumn"], 11)
        nl = src.data.index(b"\n")
        r = src.region(nl, [])
        self.assertEqual(r["startColumn"], r["endColumn"])


class PathNotesTest(unittest.TestCase):
    def diag(self, name, *notes):
        d = es.Diag("m")
        d.name = name
        d.notes = [es.Diag(n) for n in notes]
        return d

    def test_paths(self):
        path = es.SarifWriter.path_notes
        d = self.diag("eventloop-reentrant-run", "'a' calls 'b' here",
                      "'b' passes 'c' to 'std::for_each', which may call it",
                      "'c' runs the event loop here",
                      "callback registered with 'post' here", "consider x instead")
        self.assertEqual(len(path(d)), 4)
        d = self.diag("eventloop-blocking-call", "callback registered with 'post' here",
                      "the future is completed by work on the same loop, queued here",
                      "consider a completion callback instead")
        self.assertEqual(len(path(d)), 1)
        # The root's note may be why a function is loop code.
        d = self.diag("eventloop-sync-client", "'h' constructs 'C' here",
                      "coroutine runs on the asio executor",
                      "no automatic fix-it: offloading cannot cure this")
        self.assertEqual([n.message for n in path(d)],
                         ["'h' constructs 'C' here", "coroutine runs on the asio executor"])
        self.assertEqual(path(self.diag("bugprone-use-after-move", "move occurred here")), [])
        self.assertEqual(path(self.diag("eventloop-reentrant-run", "consider x instead")), [])


if __name__ == "__main__":
    es = load(sys.argv.pop(1))
    unittest.main(verbosity=1)
