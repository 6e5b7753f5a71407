"""The 17 patterns of emerging hot spot analysis: codes, names, short descriptions, colours.

One place, no dependencies (no numpy, no Qt), so the algorithm's help, the HTML report and
the map legend all read the same texts, translated through :mod:`wijkradar.core.i18n`
under the context "EmergingPatterns". Codes follow ArcGIS's CATEGORY field: 1 to 8 for the
hot spot patterns, -1 to -8 for the same cold spot patterns, 0 for no pattern.

The definitions are Esri's ("How Emerging Hot Spot Analysis works", ArcGIS Pro); a hot or
cold spot step is a step whose Gi* z-score is significant (FDR-corrected when chosen) and
"90%" means at least 90% of the steps. Where Esri's wording leaves two patterns possible,
:mod:`wijkradar.core.emerging` decides in a fixed order, documented there.
"""

from .i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "EmergingPatterns"
NO_PATTERN = 0

# code -> (key, name, description); hot spots, then the same eight for cold spots.
PATTERNS = {
    1: ("new_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "New hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "A significant hot spot in the final step that "
                          "was never a significant hot spot before.")),
    2: ("consecutive_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "Consecutive hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "One unbroken run of at least two significant "
                          "hot spot steps up to the final step, never a hot spot before that "
                          "run, and hot in less than 90% of the steps.")),
    3: ("intensifying_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "Intensifying hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "A significant hot spot in at least 90% of the "
                          "steps, the final step included, and the clustering of high counts "
                          "grows significantly over time.")),
    4: ("persistent_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "Persistent hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "A significant hot spot in at least 90% of the "
                          "steps, the final step included, with no significant trend in the "
                          "intensity of clustering.")),
    5: ("diminishing_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "Diminishing hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "A significant hot spot in at least 90% of the "
                          "steps, the final step included, and the clustering of high counts "
                          "weakens significantly over time.")),
    6: ("sporadic_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "Sporadic hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "A significant hot spot in the final step that "
                          "has been one on and off before: hot in less than 90% of the steps "
                          "and never a significant cold spot.")),
    7: ("oscillating_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "Oscillating hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "A significant hot spot in the final step that "
                          "was a significant cold spot in an earlier step; hot in less than "
                          "90% of the steps.")),
    8: ("historical_hot", QT_TRANSLATE_NOOP("EmergingPatterns", "Historical hot spot"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "Not a hot spot in the final step, but a "
                          "significant hot spot in at least 90% of the steps.")),
    -1: ("new_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "New cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "A significant cold spot in the final step "
                           "that was never a significant cold spot before.")),
    -2: ("consecutive_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "Consecutive cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "One unbroken run of at least two significant "
                           "cold spot steps up to the final step, never a cold spot before "
                           "that run, and cold in less than 90% of the steps.")),
    -3: ("intensifying_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "Intensifying cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "A significant cold spot in at least 90% of the "
                           "steps, the final step included, and the clustering of low counts "
                           "grows significantly over time.")),
    -4: ("persistent_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "Persistent cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "A significant cold spot in at least 90% of the "
                           "steps, the final step included, with no significant trend in the "
                           "intensity of clustering.")),
    -5: ("diminishing_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "Diminishing cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "A significant cold spot in at least 90% of the "
                           "steps, the final step included, and the clustering of low counts "
                           "weakens significantly over time.")),
    -6: ("sporadic_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "Sporadic cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "A significant cold spot in the final step that "
                           "has been one on and off before: cold in less than 90% of the "
                           "steps and never a significant hot spot.")),
    -7: ("oscillating_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "Oscillating cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "A significant cold spot in the final step that "
                           "was a significant hot spot in an earlier step; cold in less than "
                           "90% of the steps.")),
    -8: ("historical_cold", QT_TRANSLATE_NOOP("EmergingPatterns", "Historical cold spot"),
         QT_TRANSLATE_NOOP("EmergingPatterns", "Not a cold spot in the final step, but a "
                           "significant cold spot in at least 90% of the steps.")),
    0: ("no_pattern", QT_TRANSLATE_NOOP("EmergingPatterns", "No pattern detected"),
        QT_TRANSLATE_NOOP("EmergingPatterns", "None of the hot or cold spot patterns above.")),
}

# Reds for hot spots and blues for cold spots as ArcGIS draws them: the darker, the more
# lasting or growing the cluster; "new" stands out with a dark outline (see OUTLINED).
COLOURS = {
    3: "#67000d", 4: "#a50f15", 2: "#cb181d", 1: "#ef3b2c", 5: "#fb6a4a", 6: "#fc9272",
    7: "#fcbba1", 8: "#fee0d2",
    -3: "#08306b", -4: "#08519c", -2: "#2171b5", -1: "#4292c6", -5: "#6baed6",
    -6: "#9ecae1", -7: "#c6dbef", -8: "#deebf7",
    0: "#f0f0f0",
}
OUTLINED = (1, -1)
# Legend order: hot spots from the most to the least pressing, no pattern, then cold spots.
LEGEND_ORDER = (3, 4, 2, 1, 5, 6, 7, 8, 0, -8, -7, -6, -5, -1, -2, -4, -3)


def key(code: int) -> str:
    """'new_hot', 'persistent_cold', 'no_pattern', ... of a pattern code."""
    return PATTERNS[int(code)][0]


def name(code: int) -> str:
    """The pattern's name in the user's language ('New hot spot')."""
    return translate(CONTEXT, PATTERNS[int(code)][1])


def description(code: int) -> str:
    """The pattern's one-sentence definition in the user's language."""
    return translate(CONTEXT, PATTERNS[int(code)][2])


def definitions_html() -> str:
    """Every pattern with its definition, as an HTML list (for the algorithm's help)."""
    items = "".join(f"<li><b>{name(code)}</b>: {description(code)}</li>"
                    for code in sorted(PATTERNS, key=lambda c: (c == 0, c < 0, abs(c))))
    return f"<ul>{items}</ul>"


# The hot spot patterns in one word, for a briefing: a list's column headed "Hot spot"
# ("new", "intensifying") and a sentence that counts them ("hot spots: 3 new, 2
# intensifying"); in Dutch the form that stands alone ("nieuw", "toenemend").
SHORT_NAMES = {
    1: QT_TRANSLATE_NOOP("EmergingPatterns", "new"),
    2: QT_TRANSLATE_NOOP("EmergingPatterns", "consecutive"),
    3: QT_TRANSLATE_NOOP("EmergingPatterns", "intensifying"),
    4: QT_TRANSLATE_NOOP("EmergingPatterns", "persistent"),
    5: QT_TRANSLATE_NOOP("EmergingPatterns", "diminishing"),
    6: QT_TRANSLATE_NOOP("EmergingPatterns", "sporadic"),
    7: QT_TRANSLATE_NOOP("EmergingPatterns", "oscillating"),
    8: QT_TRANSLATE_NOOP("EmergingPatterns", "historical"),
}
# Any of the cold spot patterns, in such a column.
COLD_SHORT_NAME = QT_TRANSLATE_NOOP("EmergingPatterns", "cold spot")
# The hot spot patterns a briefing mentions first: new and growing before lasting ones.
BRIEFING_ORDER = (1, 3, 2, 4, 6, 7, 5, 8)


def short_name(code: int) -> str:
    """A pattern in a word in the user's language: 'new', 'intensifying', ... for the hot
    spot patterns, 'cold spot' for every cold spot pattern, '' for no pattern."""
    code = int(code)
    if code == NO_PATTERN:
        return ""
    return translate(CONTEXT, SHORT_NAMES[code] if code > 0 else COLD_SHORT_NAME)


def code_of(value):
    """The pattern code of a value read from a layer, or None when it is empty.

    Accepts the codes of :data:`PATTERNS` (as numbers or text, the CATEGORY field of
    wijkradar:emerging_hotspots and ArcGIS), the keys ('new_hot') and the names in English
    or the user's language, in any case ('New Hot Spot', the PATTERN field of ArcGIS).
    Raises ValueError for anything else.

    >>> code_of(3), code_of("-1"), code_of("New Hot Spot"), code_of("persistent_hot")
    (3, -1, 1, 4)
    >>> code_of(None) is None and code_of(" ") is None
    True
    """
    if value is None or (isinstance(value, float) and value != value):  # NULL, NaN
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None and number == int(number) and int(number) in PATTERNS:
        return int(number)
    wanted = text.casefold()
    for code, (pattern_key, english, _) in PATTERNS.items():
        if wanted in (pattern_key, english.casefold(), name(code).casefold()):
            return code
    raise ValueError(text)
