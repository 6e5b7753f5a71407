"""Optional Dutch de-identification with ``deduce`` (Menger et al. 2018).

``deduce`` (PyPI, LGPL-3.0-or-later, pure Python, Python 3.9-3.13) finds person names,
locations, phone numbers and BSNs in Dutch text with lookup lists of Dutch first names,
surnames, interfixes ("van der"), streets and place names (Meertens Instituut, CBS, BAG) and
token patterns around them. Reference: V. Menger, F. Scheepers, L.M. van Wijk, M. Spruit
(2018), *DEDUCE: A pattern matching method for automatic de-identification of Dutch medical
text*, Telematics and Informatics 35(4), 727-736.

Measured on the Debian 12 test machine (deduce 3.0.6): installed with its dependencies it
takes about 22 MB (rapidfuzz 12 MB, deduce's lists 6.6 MB, regex 3.5 MB); ``import deduce``
takes 0.1-0.2 s. The first :func:`annotator` ever builds deduce's lookup structures and caches
them as a 77 MB pickle (1-2 minutes); later it loads that cache in about 1.5 s (6-9 s with
Python's cycle collector running, see :func:`_collector_paused`), once per process, and holds
about 1 GB of memory.
Annotating one short value takes about 0.1-0.3 ms.

It is optional: when it is not installed, :func:`available` is False and the privacy scan
falls back on its pattern rules (names are then found by field name only). Nothing here
imports deduce at module import time.
"""

from __future__ import annotations

import gc
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

PIP_REQUIREMENT = "deduce>=3.0"
MIN_VERSION = (3, 0)
MAX_TEXT_CHARS = 5000          # longer values are cut: what follows is not scanned
MAX_NAME_WORDS = 6             # a value of at most this many words may be a bare name
NAME_TAGS = frozenset({"persoon", "patient"})
LOCATION_TAG = "locatie"
PHONE_TAG = "telefoonnummer"
BSN_TAG = "bsn"
EMAIL_TAGS = frozenset({"email", "emailadres", "e-mailadres"})
# Words written in lower case inside a name ("Jan van der Berg"), for names exported in caps.
INTERFIXES = frozenset({"van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in",
                               "op", "aan", "uit", "bij", "la", "le", "du", "da", "di", "von",
                               "zu", "zur", "vd", "v."})
# Two or more words in capitals (initials allowed): a name exported in capitals.
_CAPITALS_RUN = re.compile(r"(?<![\w.])[A-Z][A-Z'.\-]*(?:\s+[A-Z][A-Z'.\-]*)+(?![\w])")
_SURNAME_FIRST = re.compile(r"([^\W\d][^,\d]*),\s*([^\W\d][^,\d]*)")
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")

_lock = threading.Lock()
_state = {"annotator": None}


@dataclass(frozen=True)
class Annotation:
    """One span deduce marked: its tag (``persoon``, ``locatie``, ...) and its text."""

    tag: str
    text: str
    start: int
    end: int


def available() -> bool:
    """True when a usable deduce (3.0 or newer) can be imported."""
    try:
        import deduce
    except Exception:  # noqa: BLE001 - a broken install is as good as none
        return False
    version = tuple(int(p) for p in re.findall(r"\d+", getattr(deduce, "__version__", "0"))[:2])
    return version >= MIN_VERSION


def version() -> str:
    import deduce

    return getattr(deduce, "__version__", "?")


def is_loaded() -> bool:
    """True once the lookup structures are in memory (the next call is fast)."""
    return _state["annotator"] is not None


def _cache_folder() -> Optional[Path]:
    """deduce's own cache folder when it can be used, else one in the user's cache."""
    import deduce

    own = Path(deduce.__file__).resolve().parent / "data" / "lookup"
    if (own / "cache" / "lookup_structs.pickle").exists() or os.access(own / "cache", os.W_OK):
        return None  # deduce's default
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "wijkradar" / "deduce"


class _Annotator:
    """deduce's pipeline plus its lists of place and street names (a place or a street
    named after someone is not a person)."""

    def __init__(self):
        import deduce
        from deduce.lookup_structs import load_raw_itemsets

        own = Path(deduce.__file__).resolve().parent / "data" / "lookup"
        cache = _cache_folder()
        options = {}
        if cache is not None:
            cache.joinpath("cache").mkdir(parents=True, exist_ok=True)
            options["cache_path"] = cache
        self.model = deduce.Deduce(**options)
        places = load_raw_itemsets(own, ["locations/lst_placename"])["placename"]
        self.places = frozenset(place.lower() for place in places)
        # The street list as written (deduce's own expands abbreviations: 25 s more).
        streets = own / "src" / "locations" / "lst_street" / "items.txt"
        with open(streets, encoding="utf-8") as handle:
            self.streets = frozenset(line.strip().lower() for line in handle if line.strip())

    def annotate(self, text: str) -> List[Annotation]:
        document = self.model.deidentify(text)
        found = []
        for item in document.annotations:
            tag = item.tag
            if tag in NAME_TAGS and item.text.lower() in self.places:
                tag = LOCATION_TAG  # 'Den Bosch' is a town, not Mr Bosch
            found.append(Annotation(tag, item.text, item.start_char, item.end_char))
        return sorted(found, key=lambda a: a.start)

    def redact(self, text: str) -> str:
        return self.model.deidentify(text).deidentified_text


@contextmanager
def _collector_paused():
    """Python's cycle collector off while deduce's lists load: it walked their 4.5 million
    objects again and again as they came in (8-10 s instead of 1.5), each time holding the
    interpreter, so QGIS's interface stalled even with the load in a background thread.
    (Not ``gc.freeze()`` after it, which would also spare later rounds: it is process-wide,
    and QGIS objects frozen in reference cycles were then freed only at the interpreter's
    exit, after QGIS's own, which crashed the process on exit.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def annotator() -> _Annotator:
    """The shared annotator, loaded on first use (2-3 s; 1-2 minutes the very first time)."""
    with _lock:
        if _state["annotator"] is None:
            with _collector_paused():
                _state["annotator"] = _Annotator()
        return _state["annotator"]


def readable(text: str) -> str:
    """``text`` as deduce reads it best: cut to :data:`MAX_TEXT_CHARS`, without control
    characters or lone surrogates (mixed encodings); names in capitals ('JAN DE VRIES', also
    inside a note) or, in a short value, in lower case given their usual case; a short
    'Surname, First name' turned round."""
    text = _UNREADABLE.sub(" ", str(text)[:MAX_TEXT_CHARS])
    short = len(text.split()) <= MAX_NAME_WORDS
    turned = _SURNAME_FIRST.fullmatch(text) if short else None
    if turned:
        text = f"{turned.group(2)} {turned.group(1)}"
    if short and text.islower():
        text = _name_case(text)
    return _CAPITALS_RUN.sub(lambda found: _name_case(found.group(0)), text)


def _name_case(words: str) -> str:
    """'VAN DER BERG' -> 'van der Berg', 'h.j.' -> 'H.J.'."""
    out = []
    for word in words.split(" "):
        lower = word.lower()
        out.append(lower if lower in INTERFIXES else word.upper() if "." in word
                   else word[:1].upper() + lower[1:])
    return " ".join(out)


def annotate_all(texts: Sequence[str]) -> List[Tuple[Annotation, ...]]:
    """deduce's annotations of each text (see :func:`readable`)."""
    model = annotator()
    return [tuple(model.annotate(readable(text))) for text in texts]


def redact_all(texts: Sequence[Optional[str]]) -> List[Optional[str]]:
    """Each text with names, locations, numbers and dates replaced by tags such as
    ``[PERSOON-1]`` (deduce's redaction); None stays None."""
    model = annotator()
    return [None if text is None else model.redact(readable(text)) for text in texts]
