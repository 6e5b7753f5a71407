"""Checks that i18n/wijkradar_nl.ts is complete and matches the sources (run by `make lint`).

Fails (exit 1, listing every problem) when
- a message of the sources is missing from the .ts, or the .ts holds one the sources no
  longer have (obsolete): run `bash scripts/i18n.sh --update` and translate;
- a message is unfinished or has an empty translation;
- a translation loses, adds or changes a placeholder ({}, {name}, {:,}, %1, %n) or an HTML
  tag of its source;
- a string is marked in a way whose translation context differs between pylupdate5 and the
  running plugin (then the translation exists but is never found):
  * a bare ``tr("...")`` call: pylupdate5 files it under the enclosing class or @default;
  * ``obj.tr("...")`` on anything but ``self``: Qt looks it up under obj's class;
  * ``self.tr("...")`` in a class that other classes derive from: at run time the
    context is the subclass's name (WijkradarAlgorithm.tr uses ``type(self).__name__``);
  * ``self.tr("...")`` in a class whose ``tr`` uses a fixed context other than its name;
  * an f-string, or a context that is not a string literal, in ``tr``/``translate``/
    ``QT_TRANSLATE_NOOP``.

pylupdate5 runs on the same sources as `scripts/i18n.sh --update` (git-tracked and new,
not ignored, *.py and *.ui outside tests/, bench/ and scripts/), into a temporary copy of
the .ts, so the committed file is never changed. ``--exclude ui/`` leaves out the messages
found only in that folder, and its files' contexts (for a folder translated later).
"""

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter

from tr_wrappers import add_messages, translations_of, wrapped_messages

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_FILE = os.path.join(REPO, "i18n", "wijkradar_nl.ts")
SKIPPED_DIRS = ("tests/", "bench/", "scripts/")
MARKERS = ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%\d+|%n|</?[A-Za-z][^<>]*>")


# --- sources -------------------------------------------------------------------------------

def source_files(repo=REPO):
    """The files pylupdate5 reads: tracked and new (not ignored) *.py and *.ui, relative."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py", "*.ui"],
        cwd=repo, check=True, capture_output=True, text=True).stdout.split()
    return sorted(path for path in set(listed)
                  if not path.startswith(SKIPPED_DIRS) and os.path.isfile(os.path.join(repo,
                                                                                      path)))


def run_pylupdate(files, ts_path, repo=REPO):
    result = subprocess.run(["pylupdate5", *files, "-ts", ts_path], cwd=repo,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"pylupdate5 failed:\n{result.stdout}{result.stderr}")


# --- .ts files -----------------------------------------------------------------------------

def read_messages(ts_path, repo=REPO):
    """{(context, source): (translation text, type attribute, [file:line, ...])}; the files
    are relative to the repository."""
    folder = os.path.dirname(os.path.abspath(ts_path))
    messages = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            where = [os.path.relpath(os.path.join(folder, loc.get("filename")), repo)
                     + f":{loc.get('line')}" for loc in message.iter("location")]
            messages[(name, message.findtext("source"))] = (
                translation.text or "", translation.get("type", ""), where)
    return messages


def only_in(where, folders):
    """True when every location lies in one of ``folders`` (and there is one)."""
    return bool(where) and bool(folders) and all(w.startswith(tuple(folders)) for w in where)


def placeholders(text):
    return Counter(PLACEHOLDER.findall(text))


def ts_problems(committed, updated, excluded=()):
    """Problems of the committed messages against a pylupdate5 run on the sources (which
    records where each message is; messages only in ``excluded`` folders are skipped)."""
    skipped = {key for key, (_, _, where) in updated.items() if only_in(where, excluded)}
    updated = {key: value for key, value in updated.items() if key not in skipped}
    committed = {key: value for key, value in committed.items() if key not in skipped}
    problems = []
    for key, (_, kind, where) in sorted(updated.items()):
        if key not in committed and kind not in ("obsolete", "vanished"):
            problems.append(f"missing in the .ts: [{key[0]}] {key[1]!r} ({where[0]})")
    for key, (_, kind, _) in sorted(updated.items()):
        if key in committed and kind in ("obsolete", "vanished"):
            problems.append(f"obsolete (no longer in the sources): [{key[0]}] {key[1]!r}")
    for key, (text, kind, _) in sorted(committed.items()):
        if kind in ("obsolete", "vanished"):
            problems.append(f"obsolete entry left in the .ts: [{key[0]}] {key[1]!r}")
        elif kind == "unfinished" or not text.strip():
            problems.append(f"unfinished: [{key[0]}] {key[1]!r}")
        elif placeholders(text) != placeholders(key[1]):
            problems.append(f"placeholders differ: [{key[0]}] {key[1]!r} -> {text!r}")
    problems += [f"@default context (use an explicit context): {key[1]!r} ({where[0]})"
                 for key, (_, _, where) in sorted(updated.items()) if key[0] == "@default"
                 and where]
    return problems


# --- contexts ------------------------------------------------------------------------------

def call_name(call):
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def is_literal(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class ClassInfo:
    def __init__(self, node):
        self.name = node.name
        self.bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                      for b in node.bases]
        self.tr_context = None  # the literal context of its own tr(), if it has one
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "tr":
                for call in ast.walk(item):
                    if (isinstance(call, ast.Call) and call_name(call) == "translate"
                            and call.args and is_literal(call.args[0])):
                        self.tr_context = call.args[0].value


def collect_classes(trees):
    classes = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = ClassInfo(node)
    return classes


def fixed_context(name, classes):
    """The literal context of the tr() ``name`` inherits within the sources, or None."""
    seen = set()
    while name in classes and name not in seen:
        seen.add(name)
        info = classes[name]
        if info.tr_context is not None:
            return info.tr_context
        name = next((b for b in info.bases if b in classes), None)
    return None


def context_problems(trees):
    classes = collect_classes(trees)
    parents = {base for info in classes.values() for base in info.bases}
    problems = []
    for path, tree in trees.items():
        for owner, call in calls_with_class(tree):
            problems += call_problems(path, owner, call, classes, parents)
    return problems


def calls_with_class(tree):
    """(enclosing class name or None, call) for every call to a translation marker."""
    def visit(node, owner):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else owner
            if isinstance(child, ast.Call) and call_name(child) in MARKERS:
                yield owner, child
            yield from visit(child, inner)
    yield from visit(tree, None)


def call_problems(path, owner, call, classes, parents):
    name, where = call_name(call), f"{path}:{call.lineno}"
    args = call.args
    text_index = 0 if name in ("tr", "QT_TR_NOOP") else 1
    if len(args) <= text_index:
        return []
    text = args[text_index]
    if isinstance(text, ast.JoinedStr):
        return [f"{where}: f-string in {name}(): pylupdate5 stores the braces, Qt never "
                "finds the formatted text; use {} and .format() after the call"]
    if not is_literal(text):
        return []  # a translation looked up at run time (marked elsewhere)
    if text_index == 1 and not is_literal(args[0]):
        return [f"{where}: the context of {name}() must be a string literal"]
    if name != "tr":
        return []
    func = call.func
    if isinstance(func, ast.Name):
        return [f"{where}: bare tr(): pylupdate5 files it under "
                f"{owner or '@default'}; use QCoreApplication.translate('Context', ...)"]
    if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
        return [f"{where}: {ast.unparse(func)}() is looked up under the object's class, "
                f"pylupdate5 files it under {owner or '@default'}"]
    if owner in parents:
        return [f"{where}: self.tr() in {owner}, which other classes derive from: at run "
                f"time the context is the subclass; use QCoreApplication.translate("
                f"'{owner}', ...)"]
    context = fixed_context(owner, classes)
    if context is not None and context != owner:
        return [f"{where}: self.tr() in {owner} translates under '{context}', pylupdate5 "
                f"files it under '{owner}'"]
    return []


def parse_sources(files, repo=REPO):
    return {path: ast.parse(open(os.path.join(repo, path), encoding="utf-8").read(), path)
            for path in files if path.endswith(".py")}


# --- main ----------------------------------------------------------------------------------

def check(ts_path=TS_FILE, repo=REPO, excluded=()):
    """Every problem found, as sentences (empty when the .ts is complete and in step)."""
    files = source_files(repo)
    checked = [path for path in files if not path.startswith(tuple(excluded))]
    problems = context_problems(parse_sources(checked, repo))
    if not os.path.exists(ts_path):
        return problems + [f"{os.path.relpath(ts_path, repo)} does not exist: run "
                           "bash scripts/i18n.sh --update and translate it"]
    work = tempfile.mkdtemp(prefix="wijkradar-ts-")
    try:
        copy = os.path.join(work, os.path.basename(ts_path))
        shutil.copyfile(ts_path, copy)
        run_pylupdate(files, copy, repo)
        add_messages(copy, wrapped_messages(files, repo), translations_of(ts_path), repo)
        problems += ts_problems(read_messages(ts_path, repo), read_messages(copy, repo),
                                excluded)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ts", default=TS_FILE, help="the .ts file to check")
    parser.add_argument("--exclude", action="append", default=[], metavar="FOLDER",
                        help="skip messages found only in FOLDER (e.g. ui/), repeatable")
    args = parser.parse_args(argv)
    excluded = [folder.rstrip("/") + "/" for folder in args.exclude]
    problems = check(os.path.abspath(args.ts), excluded=excluded)
    if problems:
        print(f"{len(problems)} translation problem(s) in {os.path.relpath(args.ts, REPO)}:")
        for problem in problems:
            print("  " + problem)
        print("Fix: bash scripts/i18n.sh --update, then translate in i18n/wijkradar_nl.ts "
              "(Qt Linguist or a text editor), then make i18n.")
        return 1
    print(f"translations complete: {os.path.relpath(args.ts, REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
