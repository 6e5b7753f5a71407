"""The help of wijkradar:patrol_focus_map, as its shortHelpString shows it (translated under
the algorithm's class name, as self.tr() in the class would)."""

from qgis.PyQt.QtCore import QCoreApplication


def help_html():
    return QCoreApplication.translate(
        "PatrolFocusMapAlgorithm",
        "<p>Makes the patrol focus map for a briefing. The top N areas stand out in a "
        "strong red, each with a numbered marker; markers that would overlap are moved "
        "aside with a line to their area. The other areas are shaded lightly by their "
        "score, areas outside the page's district are grey and its boundary is bold. "
        "The legend names the score's unit in words ('Expected incidents in the forecast "
        "week', 'Risk score (% of the highest area)'); the scale bar reads in whole metres "
        "or kilometres. Beside the map, the numbered list of the top N with their scores "
        "and why they are there (the drivers field, e.g. '12 incidents in the last 13 "
        "weeks; 4x the average area over the last 52 weeks'); at the top the title, the "
        "period, the date it was made and a classification label; at the bottom the "
        "method, the source and the privacy rules in full sentences. Numbers are written "
        "as the interface's language writes them.</p>"
        "<p><b>Hot spot pattern</b> (optional): under each area's code the list says "
        "whether it is a new, intensifying, persistent ... hot spot (a cold spot "
        "pattern reads 'cold spot'; no pattern, nothing). The pattern comes from a field "
        "of the focus areas, or from the output of Emerging hot spots joined by area id "
        "(its field named as the area field, unless another is chosen). Codes (-8 to 8, "
        "the 'category' field) and pattern names (also ArcGIS's) are understood; the "
        "footer says what the patterns are and the period they cover.</p>"
        "<p>With a districts layer, the map has one page per district (atlas): each page "
        "ranks the areas of that district. The PDF holds every page; the PNG option writes "
        "one image per page (name_1.png, name_2.png, ...).</p>"
        "<p>The layout comes from the template in resources/layouts. In QGIS desktop it is "
        "kept for the layout designer during the session (the Wijkradar dock opens it); "
        "neither it nor the layers it draws are added to the project. The ranked areas "
        "are saved beside the PDF (name_areas.gpkg).</p>"
        "<p><b>Privacy</b>: only areas are drawn. Point layers (incidents) are refused as "
        "focus areas and as context.</p>")
