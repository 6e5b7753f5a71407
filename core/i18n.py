"""Translation hooks for the sentences core/ shows users, without importing Qt.

core/ writes its messages in English. It marks each one so that ``pylupdate5`` files it in
``i18n/wijkradar_nl.ts`` under a context named after the module:

- ``translate("Privacy", "Layer refused: ...")`` for a sentence used where it is written:
  ``pylupdate5`` extracts every call named ``translate`` with two string literals;
- ``QT_TRANSLATE_NOOP("Privacy", "BSN numbers")`` for a text kept in a table and
  translated where it is used, with ``translate("Privacy", LABELS[kind])``.

Placeholders are ``str.format`` fields, filled in after translation: write
``translate(context, "{} areas").format(n)``, never an f-string inside ``translate``.

Nothing is translated until the QGIS side calls :func:`set_translator` (the plugin's
``translation.install_translator`` hands it ``QCoreApplication.translate``); until then, and
in core's own tests, every text comes back unchanged: English.
"""

from typing import Callable, Optional

_translator: Optional[Callable[[str, str], str]] = None
_language = "en"


def set_translator(function: Optional[Callable[[str, str], str]], language: str = "en") -> None:
    """Route core's texts through ``function(context, text)``, a catalogue for ``language``
    (an ISO 639-1 code); None restores English."""
    global _translator, _language
    _translator = function
    _language = language if function is not None else "en"


def language() -> str:
    """The code of the language core's texts are in ("en" until a translator is set), for
    documents that declare it, such as the HTML reports."""
    return _language


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, when a translator is set and knows it."""
    if _translator is None or not text:
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name pylupdate5 extracts)
    """Marks ``text`` for translation under ``context``; returns it unchanged."""
    return text
