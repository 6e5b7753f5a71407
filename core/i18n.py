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

import math
from typing import Callable, Optional

_translator: Optional[Callable[[str, str], str]] = None
_language = "en"
# Numbers are written the way the language of the texts around them writes them.
ENGLISH_SEPARATORS = (".", ",")
_separators = {"decimal": ENGLISH_SEPARATORS[0], "group": ENGLISH_SEPARATORS[1]}


def set_translator(function: Optional[Callable[[str, str], str]], language: str = "en") -> None:
    """Route core's texts through ``function(context, text)``, a catalogue for ``language``
    (an ISO 639-1 code); None restores English."""
    global _translator, _language
    _translator = function
    _language = language if function is not None else "en"
    if function is None:
        set_number_format(*ENGLISH_SEPARATORS)


def set_number_format(decimal_point: str = ".", group_separator: str = ",") -> None:
    """The separators :func:`number` writes (the QGIS side sets those of the language the
    texts are in: ',' and '.' for Dutch)."""
    _separators.update(decimal=decimal_point, group=group_separator)


def number(value: float, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` decimals, written as the texts' language writes
    numbers: 10680 gives '10,680' in English and '10.680' in Dutch, 67.4 gives '67.4' and
    '67,4'.

    >>> number(10680), number(67.44, 1)
    ('10,680', '67.4')
    """
    text = f"{value:,.{max(int(decimals), 0)}f}"
    swap = {",": _separators["group"], ".": _separators["decimal"]}
    return "".join(swap.get(char, char) for char in text)


def short_number(value: float, significant: int = 2) -> str:
    """``value`` with about ``significant`` digits, no trailing zeros, as :func:`number`
    writes it: for legends and sentences read aloud (0.0432 gives '0.043', 3.04 gives '3',
    67.4 gives '67', 10680 gives '10,680').
    """
    value = float(value)
    if not math.isfinite(value):  # an infinite or missing value read from a user's field
        return "" if math.isnan(value) else ("-∞" if value < 0 else "∞")
    magnitude = math.floor(math.log10(abs(value))) if value else 0
    decimals = min(max(significant - 1 - magnitude, 0), 4)
    text = number(value, decimals)
    if decimals:
        text = text.rstrip("0").rstrip(_separators["decimal"])
    return text


def language() -> str:
    """The code of the language core's texts are in ("en" until a translator is set), for
    documents that declare it, such as the HTML reports."""
    return _language


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, when a translator is set and knows it."""
    if _translator is None or not text:
        return text
    return _translator(context, text) or text


def translator(context: str) -> Callable[[str], str]:
    """A module's ``_tr``: its strings, marked under ``context``, in the user's language.

    >>> _tr = translator("Privacy")
    >>> _tr("{} areas").format(3)  # no translator set: English
    '3 areas'
    """
    def tr(text: str) -> str:
        return translate(context, text)

    return tr


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name pylupdate5 extracts)
    """Marks ``text`` for translation under ``context``; returns it unchanged."""
    return text
