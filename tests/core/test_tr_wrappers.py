"""scripts/tr_wrappers.py finds the messages of _tr() wrappers, which pylupdate5 misses, and
adds them to the .ts file keeping their translations."""

import importlib.util
import os
import textwrap
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tr_wrappers():
    spec = importlib.util.spec_from_file_location(
        "tr_wrappers", os.path.join(REPO, "scripts", "tr_wrappers.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MODULE = textwrap.dedent('''
    from qgis.PyQt.QtCore import QCoreApplication

    def _tr(text):
        return QCoreApplication.translate("LayerInput", text)

    def refuse(name):
        raise ValueError(_tr("{} has no features.").format(name))

    def label(text):
        return _tr(text)  # a variable: declared elsewhere, not found here
''')

TS = textwrap.dedent('''\
    <?xml version="1.0" encoding="utf-8"?>
    <TS version="2.1" language="nl_NL">
    <context><name>LayerInput</name>
    <message><source>{} has no features.</source>
    <translation type="obsolete">{} heeft geen objecten.</translation></message>
    </context>
    </TS>
''')


def test_wrapped_messages_are_found_with_the_wrappers_context(tmp_path):
    (tmp_path / "layer_input.py").write_text(MODULE)
    (tmp_path / "plain.py").write_text("def _tr(text):\n    return text\n_tr('not marked')\n")
    found = tr_wrappers().wrapped_messages(["layer_input.py", "plain.py"], str(tmp_path))
    assert found == [("LayerInput", "{} has no features.", "layer_input.py", 8)]


def test_added_messages_keep_their_translation_and_new_ones_are_unfinished(tmp_path):
    module = tr_wrappers()
    ts = tmp_path / "nl.ts"
    ts.write_text(TS)
    module.add_messages(str(ts), [("LayerInput", "{} has no features.", "a.py", 3),
                                  ("OutputGuard", "Canceled by the user.", "b.py", 7)],
                        repo=str(tmp_path))
    messages = {(c.findtext("name"), m.findtext("source")): m.find("translation")
                for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    revived = messages[("LayerInput", "{} has no features.")]
    assert revived.text == "{} heeft geen objecten." and revived.get("type") is None
    assert messages[("OutputGuard", "Canceled by the user.")].get("type") == "unfinished"


def test_every_wrapper_in_the_plugin_has_a_fixed_context():
    """A _tr() whose context the script cannot read would hide its messages again."""
    module = tr_wrappers()
    import ast

    for folder in ("core", "processing", "ui"):
        for name in sorted(os.listdir(os.path.join(REPO, folder))):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(REPO, folder, name), encoding="utf-8") as handle:
                tree = ast.parse(handle.read())
            has_wrapper = any(isinstance(n, ast.FunctionDef) and n.name == "_tr"
                              for n in tree.body)
            if has_wrapper:
                assert module.wrapper_context(tree), f"{folder}/{name}: _tr has no fixed context"
