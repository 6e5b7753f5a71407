"""Personal data inside text values: names, addresses, and identifiers written into text.

:mod:`core.privacy` judges each field by what its values look like as a whole. This module
reads inside the values: a BSN written as ``BSN 123456782`` or ``123 456 782`` in a remark,
a phone number in a note, ``Jan de Vries, Kerkstraat 12`` in a field named ``info``, and, with
the optional library ``deduce`` (:mod:`core.deid`), Dutch person names and street addresses
that no pattern describes ("Priya Wilson", "Sophie van den Heuvel", "Oude Gracht 12").

Without deduce the pattern rules stay (the documented fallback): identifiers written into
text, street + house number with a Dutch street suffix, PC6 + house number, and names of
persons by field name only.

What counts
-----------
- a **person name**: a span deduce tags as a person, unless the span is a place name of
  deduce's list ('Den Bosch'); a value is *a name* when such spans cover at least
  :data:`NAME_COVER` of its letters ("Jan de Vries", "de Vries, Jan", "Dhr. A. Bakker"),
  not "Coffeeshop De Kroon";
- an **address**: a street + house number (suffix pattern, or a location deduce found that
  holds a house number: "Markt 5"), or PC6 + house number. A street name or postcode alone
  is not an address;
- a **BSN in text**: a 9-digit number (also ``1234.56.782``, ``123 456 782``) passing the
  11-test with 'BSN', 'burgerservicenummer' or 'sofinummer' in the same value;
- **phone numbers and IBANs in text**: the same checks as for whole values;
- **born in** ("geboren te Utrecht"): a place of birth in free text.

Only a sample of the distinct values is given to deduce (:data:`TEXT_SAMPLE`, evenly
spaced over the values sorted by frequency); shares are over that sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from . import deid

TEXT_SAMPLE = 1000            # distinct values read by deduce per field at most
NAME_COVER = 0.6              # share of a value's letters inside name spans: "a name"
METHOD_DEDUCE = "deduce"
METHOD_PATTERNS = "patterns"

_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]")
_BSN_IN_TEXT = re.compile(r"(?<![\d.])(?:\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]\d{3}[ .]\d{3})"
                          r"(?![\d]|\.\d)")
_BSN_CONTEXT = re.compile(r"bsn|burger\s*service\s*n(?:umme)?r|sofi[\s-]*n(?:umme)?r", re.I)
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d .\-()/]{7,20}\d(?!\w)")
_PHONE_SEPARATORS = re.compile(r"\(0\)|[\s\-()/.]")
_IBAN_IN_TEXT = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", re.I)
_BORN_IN = re.compile(r"\bgeb(?:oren|\.)\s+(?:te|in)\s+[^\W\d_]{2,}|\bborn\s+in\s+[A-Z]", re.I)
_HOUSE_NUMBER_IN_SPAN = re.compile(r"[^\W\d_]{2,}.*\s[1-9]\d{0,4}(?:\s?[a-z])?(?:$|[\s,\-/])",
                                   re.I)
_WORD_CHARS = re.compile(r"[^\W\d_]")
_NEXT_CAPITALISED = re.compile(r"(?:[ \-]+[A-Z][^\W\d_][\w'\-]*){1,2}")
_STARTS_WITH_PC6 = re.compile(r"[1-9]\d{3}\s?[a-z]{2}\b", re.I)


@dataclass
class TextMatches:
    """Per distinct value of a column: where personal data was found inside it."""

    size: int
    method: str = METHOD_PATTERNS
    scanned: np.ndarray = None        # values deduce read
    person: np.ndarray = None         # a person's name somewhere in the value
    name_only: np.ndarray = None      # the value is (almost) only a person's name
    address: np.ndarray = None        # street + house number
    pc6_address: np.ndarray = None    # PC6 + house number
    bsn: np.ndarray = None            # valid BSN next to a word saying BSN
    phone: np.ndarray = None
    iban: np.ndarray = None
    born_in: np.ndarray = None
    examples: Dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        for name in ("scanned", "person", "name_only", "address", "pc6_address", "bsn", "phone",
                     "iban", "born_in"):
            if getattr(self, name) is None:
                setattr(self, name, np.zeros(self.size, dtype=bool))

    def mark(self, kind: str, position: int, example: str) -> None:
        getattr(self, kind)[position] = True
        self.examples.setdefault(kind, example)


def find_in_text(values: pd.Series, use_deduce: bool, checks) -> TextMatches:
    """Where the distinct ``values`` (text) hold personal data inside them.

    ``checks`` supplies the whole-value checks of :mod:`core.privacy` (``is_valid_bsn``,
    ``is_phone``, ``is_valid_iban``, ``address_in``, ``pc6_in``), so both modules judge alike.
    """
    matches = TextMatches(size=len(values))
    if len(values) == 0:
        return matches
    spaced = values.str.contains(r"\s", regex=True).to_numpy(dtype=bool)
    _search_identifiers(values, spaced, matches, checks)
    _search_addresses(values, matches, checks)
    if use_deduce:
        _read_with_deduce(values, matches)
    return matches


def _candidates(values: pd.Series, pattern: re.Pattern, where: np.ndarray) -> List[int]:
    hits = np.zeros(len(values), dtype=bool)
    if where.any():
        hits[where] = values[where].str.contains(pattern).to_numpy(dtype=bool)
    return np.flatnonzero(hits).tolist()


def _search_identifiers(values, spaced, matches, checks) -> None:
    """BSNs with a word saying so, phone numbers and IBANs written inside longer text."""
    texts = values.tolist()
    context = values.str.contains(_BSN_CONTEXT).to_numpy(dtype=bool)
    _mark_first(matches, "bsn", texts, _candidates(values, _BSN_IN_TEXT, context),
                _BSN_IN_TEXT, checks.is_valid_bsn)
    # The digits of an IBAN ('NL91 ABNA 0417 1643 00') are no phone number.
    _mark_first(matches, "phone", texts, _candidates(values, _PHONE_IN_TEXT, spaced),
                _PHONE_IN_TEXT, lambda n: checks.is_phone(_PHONE_SEPARATORS.sub("", n)),
                prepare=lambda text: _IBAN_IN_TEXT.sub(" ", text))
    _mark_first(matches, "iban", texts, _candidates(values, _IBAN_IN_TEXT, spaced),
                _IBAN_IN_TEXT, checks.is_valid_iban)
    for position in _candidates(values, _BORN_IN, spaced):
        matches.mark("born_in", position, _BORN_IN.search(texts[position]).group(0))


def _mark_first(matches, kind, texts, positions, pattern, check, prepare=str) -> None:
    """Marks each text at ``positions`` holding a ``pattern`` match that passes ``check``."""
    for position in positions:
        for number in pattern.findall(prepare(texts[position])):
            if check(number):
                matches.mark(kind, position, number.strip())
                break


def _search_addresses(values, matches, checks) -> None:
    texts = values.tolist()
    has_digit = values.str.contains(r"\d", regex=True).to_numpy(dtype=bool)
    for position in np.flatnonzero(has_digit):
        for kind, search in (("address", checks.address_in), ("pc6_address", checks.pc6_in)):
            found = search(texts[position])
            if found:
                matches.mark(kind, position, found)


def sample_positions(values: pd.Series, limit: int = TEXT_SAMPLE) -> np.ndarray:
    """Positions of the values deduce reads: those with letters, evenly spaced (most
    frequent first, as :mod:`core.privacy` sorts them) when there are more than ``limit``."""
    lettered = np.flatnonzero(values.str.contains(_LETTERS).to_numpy(dtype=bool))
    if len(lettered) > limit:
        lettered = lettered[np.linspace(0, len(lettered) - 1, limit).astype(np.int64)]
    return lettered


def _read_with_deduce(values: pd.Series, matches: TextMatches) -> None:
    positions = sample_positions(values)
    texts = values.iloc[positions].tolist()
    matches.method = METHOD_DEDUCE
    model = deid.annotator()
    places = model.places
    for position, text, spans in zip(positions, texts, deid.annotate_all(texts)):
        matches.scanned[position] = True
        text = deid.readable(text)
        if text.strip().lower() in model.streets:
            continue  # 'Piet Heinstraat', 'Laan van Meerdervoort': a street alone
        names = [_whole_name(text, a) for a in spans if a.tag in deid.NAME_TAGS]
        names = [a for a in names if _is_full_name(a.text) and not _inside_word(text, a)]
        if names:
            matches.mark("person", position, names[0].text)
            if _name_cover(text, names) >= NAME_COVER:
                matches.mark("name_only", position, names[0].text)
        for item in spans:
            if item.tag == deid.LOCATION_TAG and _is_address(item.text, places):
                matches.mark("address", position, item.text)


def _whole_name(text: str, name: deid.Annotation) -> deid.Annotation:
    """The name span with the capitalised words right after it ('Priya' + ' Wilson')."""
    more = _NEXT_CAPITALISED.match(text, name.end)
    if not more:
        return name
    return deid.Annotation(name.tag, text[name.start:more.end()], name.start, more.end())


def _inside_word(text: str, name: deid.Annotation) -> bool:
    """'Burgemeester de With' in 'Burgemeester de Withstraat': part of a longer word."""
    return name.end < len(text) and text[name.end].isalpha()


def _is_full_name(span: str) -> bool:
    """Two words or more besides interfixes: 'Jan de Vries', 'mevrouw Bakker', 'J. Smit';
    not 'De Kroon' (a café) or 'Den Bosch' (a town)."""
    words = [w for w in span.replace(",", " ").split() if w.lower() not in deid.INTERFIXES]
    return len(words) >= 2


def _is_address(span: str, places) -> bool:
    """A location with a house number that is not a postcode ('5211AB 12' is found as PC6 +
    house number) nor a town and a year ('Rotterdam 2023')."""
    found = _HOUSE_NUMBER_IN_SPAN.search(span)
    if not found or _STARTS_WITH_PC6.match(span):
        return False
    street = re.sub(r"[\s,]+[1-9]\d{0,4}.*$", "", span).strip().lower()
    return street not in places


def _name_cover(text: str, names: Sequence[deid.Annotation]) -> float:
    """Share of the letters of ``text`` that lie inside the name spans."""
    letters = len(_WORD_CHARS.findall(text))
    inside = sum(len(_WORD_CHARS.findall(text[a.start:a.end])) for a in names)
    return inside / letters if letters else 0.0


# --- Redaction -------------------------------------------------------------------------------

TAG_BSN = "[BSN]"
TAG_PHONE = "[TELEFOONNUMMER]"
TAG_EMAIL = "[EMAIL]"
TAG_IBAN = "[IBAN]"
TAG_ADDRESS = "[ADRES]"


def redact_text(text: Optional[str], checks, use_deduce: bool) -> Optional[str]:
    """``text`` with every BSN (any 9-digit number passing the 11-test), phone number, e-mail
    address, IBAN and street or PC6 + house number the patterns find replaced by a tag, then
    (when ``use_deduce``) person names, locations and dates by deduce's tags (``[PERSOON-1]``,
    ``[LOCATIE-1]``). The patterns go first: deduce reads '06.12.34.56.78' as a date. None
    stays None."""
    if text is None:
        return None
    text = checks.email.sub(TAG_EMAIL, deid.readable(text))
    text = _IBAN_IN_TEXT.sub(lambda m: TAG_IBAN if checks.is_valid_iban(m.group(0))
                             else m.group(0), text)
    text = _BSN_IN_TEXT.sub(lambda m: TAG_BSN if checks.is_valid_bsn(m.group(0))
                            else m.group(0), text)
    text = _PHONE_IN_TEXT.sub(lambda m: TAG_PHONE if checks.is_phone(
        _PHONE_SEPARATORS.sub("", m.group(0))) else m.group(0), text)
    for pattern in checks.address_patterns:
        text = pattern.sub(TAG_ADDRESS, text)
    return deid.redact_all([text])[0] if use_deduce else text


def resolve_use_deduce(use_deduce: Optional[bool]) -> bool:
    """None means: use deduce when it is installed."""
    if use_deduce is None:
        return deid.available()
    return bool(use_deduce) and deid.available()
