"""core/field_words.py is the one place for the words Wijkradar reads in field and layer names.

No other module of the plugin defines a list of them (a copy would drift: a word added in one
place and not the other), every list is read somewhere, and every word is lower case (names
are compared in lower case, so a 'Datum' in a list would never match). What the guesses find
with these words is tested in tests/qgis/test_field_guess.py.
"""

import ast
import os
import re

from wijkradar.core import field_words

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGIN_FOLDERS = ("core", "processing", "ui")
HOME = "core/field_words.py"
# Lists that share words with field_words on purpose, and why (module, constant or None for
# the whole module).
OWN_WORDS = {
    ("core/privacy.py", None): "the privacy scan's words for personal data: what must stay "
                               "out of an analysis, not which field to use",
    ("processing/crime_join_io.py", "CODE_FIELDS"): "the code fields of CBS's own layers "
                                                    "(core/cbs.py's CODE_FIELD), read exactly",
}
MIN_SHARED = 2  # words in common that make a list a copy of the vocabulary


def pattern_words(pattern):
    """The whole words a pattern gives as alternatives: 'inwoners|population' -> both."""
    return [piece for piece in pattern.split("|") if re.fullmatch(r"[a-z_]{3,}", piece)]


def word_lists():
    """{name: words} of field_words' lists, and the words its patterns name."""
    lists = {}
    for name, value in vars(field_words).items():
        if not name.isupper():
            continue
        if isinstance(value, re.Pattern):
            lists[name] = tuple(pattern_words(value.pattern))
        else:
            lists[name] = tuple(value)
    return lists


VOCABULARY = {word for words in word_lists().values() for word in words}


def plugin_modules():
    """Paths (relative to the repository) of the plugin's Python modules."""
    paths = [name for name in os.listdir(REPO) if name.endswith(".py")]
    for folder in PLUGIN_FOLDERS:
        for root, dirs, files in os.walk(os.path.join(REPO, folder)):
            dirs[:] = [name for name in dirs if name != "__pycache__"]
            paths += [os.path.relpath(os.path.join(root, name), REPO) for name in files
                      if name.endswith(".py")]
    return sorted(paths)


def literal_words(node):
    """The texts of a tuple, list or set of strings (also ``a + b``, ``frozenset(...)`` and
    ``re.compile(...)``), or None for anything else."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        texts = [item.value for item in node.elts if isinstance(item, ast.Constant)]
        return texts if texts and all(isinstance(text, str) for text in texts) else None
    if isinstance(node, ast.BinOp):
        parts = [literal_words(node.left), literal_words(node.right)]
        return [text for part in parts if part for text in part] or None
    if isinstance(node, ast.Call) and node.args:
        name = ast.unparse(node.func)
        if name in ("frozenset", "set", "tuple", "list"):
            return literal_words(node.args[0])
        if name == "re.compile" and isinstance(node.args[0], ast.Constant):
            return pattern_words(str(node.args[0].value))
    return None


def named_constants(tree):
    """(name, value) of the assignments at module and class level."""
    bodies = [tree.body] + [node.body for node in tree.body if isinstance(node, ast.ClassDef)]
    for body in bodies:
        for statement in body:
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets, value = [statement.target], statement.value
            else:
                continue
            for target in targets:
                if isinstance(target, ast.Name):
                    yield target.id, value


def copied_word_lists(source):
    """{constant: shared words} for the lists in ``source`` that share at least MIN_SHARED
    words with field_words."""
    found = {}
    for name, value in named_constants(ast.parse(source)):
        words = literal_words(value)
        shared = sorted(set(words or ()) & VOCABULARY)
        if len(shared) >= MIN_SHARED:
            found[name] = shared
    return found


def test_no_other_module_defines_a_list_of_field_words():
    copies = []
    for path in plugin_modules():
        if path == HOME or (path, None) in OWN_WORDS:
            continue
        with open(os.path.join(REPO, path), encoding="utf-8") as handle:
            found = copied_word_lists(handle.read())
        copies += [f"{path}: {name} {words}" for name, words in found.items()
                   if (path, name) not in OWN_WORDS]
    assert not copies, ("word lists outside core/field_words.py; move them there and import "
                        "them:\n" + "\n".join(copies))


def test_the_check_finds_a_copied_list_and_leaves_other_lists_alone():
    source = '''
import re
POSTCODES = ("postcode", "pc6", "Zipcode")
KEYS = frozenset(("datum", "date"))
POPULATION = re.compile(r"inwoners|bevolking")
FORMATS = ("pdf", "png", "both")
ONE = ("postcode",)
class Algorithm:
    NAMES = STRONG + ("wijknaam", "buurtnaam")
'''
    assert copied_word_lists(source) == {
        "POSTCODES": ["pc6", "postcode"], "KEYS": ["date", "datum"],
        "POPULATION": ["bevolking", "inwoners"], "NAMES": ["buurtnaam", "wijknaam"]}


def test_every_list_is_read_by_another_module():
    sources = []
    for path in plugin_modules():
        if path != HOME:
            with open(os.path.join(REPO, path), encoding="utf-8") as handle:
                sources.append(handle.read())
    text = "\n".join(sources)
    unread = [name for name in word_lists() if not re.search(rf"\b{name}\b", text)]
    assert not unread


def test_words_are_lower_case_and_once_per_list():
    for name, value in vars(field_words).items():
        if name.isupper() and not isinstance(value, re.Pattern):
            words = list(value)
            assert all(word == word.lower() for word in words), name
            assert len(set(words)) == len(words), name


def test_field_words_imports_nothing_but_re():
    with open(os.path.join(REPO, HOME), encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    assert imported == {"re"}
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
