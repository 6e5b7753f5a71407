"""The help of wijkradar:anonymise_incidents, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "AnonymiseIncidentsAlgorithm",
        "<p>Turns incident points (possibly at exact addresses) into data fit for "
        "analysis and sharing.</p>"
        "<p><b>Place</b>: each point moves to the postcode area (PC6 or PC4 polygons) it "
        "lies in, at the area's centroid (or a point on its surface when the centroid "
        "falls outside the area), or to the centre of its grid cell. Grid cells are at "
        "least 100 m wide (default 250 m) and aligned on multiples of the cell size. "
        "Points in no area are dropped and counted in the log: nothing keeps its exact "
        "coordinates.</p>"
        "<p><b>Fields</b>: only the fields to keep survive. A field that the privacy scan "
        "finds to hold identifiers (BSN, licence plates, names, addresses ...), a field "
        "that looks like coordinates and a date or time field other than the date field "
        "are refused. A free-text field (remarks, notes) that names persons, addresses or "
        "phone numbers is refused too, unless you choose to <b>redact</b> it (names, "
        "addresses, dates and numbers replaced by tags such as [PERSOON-1], [ADRES], "
        "[TELEFOONNUMMER]: with the optional library deduce, Menger et al. 2018, and "
        "patterns; the redacted text is scanned again) or to <b>drop</b> it.</p>"
        "<p><b>Date</b> (optional): coarsened to the Monday of its ISO week or the first "
        "of its month, with the fields 'jaar' and 'week' (ISO week-year and week) or "
        "'jaar' and 'maand'.</p>"
        "<p><b>Outputs</b>: the moved points (area id, kept fields, coarse date), for "
        "analysis inside the organisation; and counts per area, or per area and week or "
        "month, for sharing: counts from 1 to k-1 (default k = 5, the CBS threshold) are "
        "left empty and flagged in the field 'onderdrukt', and the metadata says so. "
        "Counts per area include areas without incidents; grid counts and counts per "
        "period list only cells or periods with incidents (no row means zero). Do not "
        "publish counts per area next to counts per period of the same data: a "
        "suppressed count could be recomputed by subtraction, unless <b>Also protect "
        "against totals</b> is set: then more counts are left empty (the smallest first, "
        "as CBS does with tau-ARGUS: Hundepool et al. 2012, <i>Statistical Disclosure "
        "Control</i>) until no suppressed count can be recomputed, or bounded below k, "
        "from the totals per area, per period, per PC4 (for PC6 areas) and overall. This "
        "takes seconds to minutes for large tables. 'Check disclosure before sharing' "
        "checks tables shared together.</p>")
