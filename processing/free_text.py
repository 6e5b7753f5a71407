"""Free-text fields kept by anonymise_incidents: refused, redacted or dropped.

A remark field ('opmerking', 'notes') may name the reporter or the victim, their address or
phone number. ``anonymise_incidents`` refuses such a field by default; with the option
*redact* it keeps the text with those replaced by tags ('[PERSOON-1]', '[ADRES]',
'[TELEFOONNUMMER]'), with *drop* it leaves the field out. Redaction needs the optional
library deduce for names (patterns do not know names): without it the run stops with how to
install it, or to choose *drop*.
"""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.choices import ANONYMISE_FREE_TEXT

REFUSE, REDACT, DROP = ANONYMISE_FREE_TEXT.values  # the options, labels in core/choices.py


# pylupdate5 files every call named 'translate' with two literals under its context.
translate = QCoreApplication.translate


def apply(mode, table, keep, result, feedback):
    """Redacts or drops the kept free-text fields of ``result`` (a privacy scan of the kept
    fields) in ``table.columns``; returns (the fields still kept, a note for the provenance
    or None)."""
    from wijkradar.core.privacy import free_text_fields

    fields = [name for name in free_text_fields(result) if name in keep]
    if mode == REFUSE or not fields:
        return keep, None
    names = ", ".join(fields)
    if mode == DROP:
        feedback.pushWarning(translate("FreeText", "Free-text field(s) {} dropped.").format(
            names))
        return [name for name in keep if name not in fields], translate(
            "FreeText", "Free-text fields dropped: {}.").format(names)
    return keep, _redact(table, fields, names, feedback)


def _redact(table, fields, names, feedback):
    from wijkradar.core import deid
    from wijkradar.core.privacy import redact_values

    from .dependencies import optional_missing_message

    missing = optional_missing_message("deduce", translate(
        "FreeText", "names in free text cannot be redacted. Choose to drop the free-text "
        "fields instead, or install it."))
    if missing:
        raise QgsProcessingException(missing)
    feedback.setProgressText(translate("FreeText", "Redacting free text ({})").format(names))
    for name in fields:
        table.columns[name] = redact_values(table.columns[name], use_deduce=True)
        if feedback.isCanceled():
            break
    feedback.pushInfo(translate("FreeText", "Free-text field(s) {} redacted: names, addresses "
                                "and numbers replaced by tags.").format(names))
    return translate("FreeText", "Free-text fields redacted with deduce {} (Menger et al. "
                     "2018) and patterns: {}.").format(deid.version(), names)
