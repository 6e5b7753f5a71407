"""The help of wijkradar:privacy_scan, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "PrivacyScanAlgorithm",
        "<p>Looks for personal data in the field names and values of a layer or table: "
        "BSN numbers (11-test), Dutch licence plates, e-mail addresses, phone numbers, "
        "IBANs, street + house number, postcode + house number, dates and places of "
        "birth, person names and free text naming persons are <b>identifiers</b>; a "
        "generic 'naam' field, other free text, house numbers alone and years of birth "
        "are <b>warnings</b>. Ordinary codes (postcodes, CBS area codes, incident types, "
        "years, counts) and street names alone are not reported. Identifiers written "
        "inside text ('BSN 123456782', '06.12.34.56.78', 'Kerkstraat 12') are found "
        "too.</p>"
        "<p><b>Names in values</b> ('Priya Wilson', 'J. van der Berg') and streets without "
        "a suffix ('Markt 5') are recognised with the optional library <i>deduce</i> "
        "(Dutch de-identification with lookup lists of Dutch first names, surnames, "
        "streets and places: Menger et al. 2018, <i>DEDUCE: A pattern matching method "
        "for automatic de-identification of Dutch medical text</i>, Telematics and "
        "Informatics 35(4)). On a labelled set of 810 values it found 98% of the names and "
        "all addresses, with no false hits on CBS codes, postcodes, street names and "
        "crime types. Without deduce, names are found by field name only and the log "
        "says how to install it. Loading its lists takes about 2 s once per QGIS session (1-2 "
        "minutes the very first time).</p>"
        "<p><b>Verdict</b>: 'fail' when any identifier is found (the layer must not enter "
        "an analysis: aggregate it with 'Anonymise incidents' first), 'warn' when only "
        "warnings are found (check the fields), else 'pass'. The verdict and the number "
        "of findings are outputs a model can use; with <b>Stop on personal data</b> set, "
        "a verdict of 'fail' stops the algorithm (and a model chain) with a message "
        "naming the fields.</p>"
        "<p>Output: a table with one row per finding (field, kind, severity, share and "
        "number of the values scanned that match, a masked example and the reason) and "
        "optionally an HTML report. An evenly spaced sample of at most the sample size "
        "of features is scanned (default 10,000), so very rare values can be missed; "
        "deduce reads at most 1,000 distinct values per field, and at most 5,000 "
        "characters of each. Binary fields are not scanned.</p>")
