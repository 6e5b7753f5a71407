"""Messages marked through a module's ``_tr`` wrapper, which pylupdate5 cannot see.

Many modules translate through a small wrapper with a fixed context::

    def _tr(text):
        return QCoreApplication.translate("LayerInput", text)

    raise QgsProcessingException(_tr("The layer has no features."))

pylupdate5 only finds ``tr()``/``translate()`` calls with the text written in them, so
these messages never reached the .ts file and stayed English for Dutch users. This script
finds them (a module-level ``_tr`` returning ``translate("<context>", <its argument>)``,
and every ``_tr("literal")`` call in that module) and adds them to a .ts file that
pylupdate5 has just refreshed, keeping the translations the file had before.

    python3 scripts/tr_wrappers.py i18n/wijkradar_nl.ts --previous OLD.ts FILE.py ...

``scripts/i18n.sh --update`` runs it after pylupdate5; ``scripts/check_translations.py``
does the same on its temporary copy, so a wrapped message without a translation fails lint.
"""

import argparse
import ast
import os
import xml.etree.ElementTree as ET

WRAPPER = "_tr"
TRANSLATE_NAMES = ("translate",)  # QCoreApplication.translate, core.i18n.translate


def wrapper_context(tree):
    """The fixed context of the module's ``_tr`` wrapper, or None when it has none."""
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name == WRAPPER):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and _name(inner.func) in TRANSLATE_NAMES \
                    and inner.args and isinstance(inner.args[0], ast.Constant) \
                    and isinstance(inner.args[0].value, str):
                return inner.args[0].value
    return None


def _name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def wrapped_messages(files, repo="."):
    """[(context, source text, file relative to ``repo``, line)] of every ``_tr("...")``."""
    found = []
    for path in files:
        if not path.endswith(".py"):
            continue
        with open(os.path.join(repo, path), encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), path)
        context = wrapper_context(tree)
        if context is None:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == WRAPPER and node.args \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                found.append((context, node.args[0].value, path, node.lineno))
    return found


def translations_of(ts_path):
    """{(context, source): translation text} of the finished messages of a .ts file."""
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", "obsolete", "vanished") and \
                    (translation.text or "").strip():
                found[(name, message.findtext("source"))] = translation.text
    return found


def add_messages(ts_path, messages, previous=None, repo="."):
    """Adds ``messages`` to the .ts file (or revives them where pylupdate5 marked them
    obsolete), each with its translation from ``previous`` ({(context, source): text})
    when there is one, else unfinished. The file's location paths are relative to it."""
    previous = previous or {}
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    folder = os.path.dirname(os.path.abspath(ts_path))
    for context_name, source, path, line in messages:
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = next((m for m in context.iter("message")
                        if m.findtext("source") == source), None)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")
        location = ET.Element("location", line=str(line), filename=os.path.relpath(
            os.path.join(repo, path), folder))
        message.insert(0, location)
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished") or not (
                translation.text or "").strip():
            text = previous.get((context_name, source)) or translation.text
            translation.text = text
            translation.attrib.pop("type", None)
            if not (text or "").strip():
                translation.set("type", "unfinished")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts")
    parser.add_argument("--previous", help="the .ts file before pylupdate5 refreshed it")
    parser.add_argument("files", nargs="+")
    arguments = parser.parse_args(argv)
    previous = translations_of(arguments.previous) if arguments.previous else {}
    add_messages(arguments.ts, wrapped_messages(arguments.files), previous)


if __name__ == "__main__":
    main()
