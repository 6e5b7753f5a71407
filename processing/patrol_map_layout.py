"""The page of wijkradar:patrol_focus_map: the layers it draws (copies styled for the page)
and the print layout filled from the template, its list of the top N and its footer."""

from qgis.core import QgsExpression, QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication

from . import layout_session
from .io.crs import metric_crs_for
from .io.labels import layer_label
from .io.values import attribute_value
from .layout_builder import (
    DISTRICT_FIELD,
    RANK_FIELD,
    SCORE_TEXT_FIELD,
    PatrolLayers,
    connect_items,
    fit_scale_bar_per_page,
    load_template,
    marker_layers,
    outline_copy,
    place_numbered_markers,
    set_texts,
)
from .patrol_map_ranking import PATTERN_FIELD
from .patrol_map_texts import (
    footer,
    method_note,
    pattern_note,
    score_words,
    suppression_threshold,
    why_expression,
)
from .styles import CONTEXT_GREY, boundary_renderer, patrol_area_renderer


def _tr(text):
    return QCoreApplication.translate("PatrolFocusMapAlgorithm", text)


def map_layers(ranked, districts, context_layers, focus, settings):
    """The layers the map draws, all of them copies styled for the page (the user's
    layers keep their style and the project its layers)."""
    map_crs = metric_crs_for(focus.crs(), focus.extent())
    markers, leaders = marker_layers(map_crs, settings["paper_scale"])
    district_copy = None
    if districts is not None:
        district_copy = districts.materialize(QgsFeatureRequest())
        district_copy.setName(_tr("Districts"))
        page = QgsExpression.quotedColumnRef(settings["district_field"])
        district_copy.setRenderer(boundary_renderer(
            f"{page} = @atlas_pagename", _tr("This district"),
            _tr("Other districts")))
    ranked.setName(_tr("Focus areas"))
    ranked.setRenderer(area_renderer(ranked, settings, districts is not None))
    context = [outline_copy(layer, layer_label(layer), CONTEXT_GREY, 0.2)
               for layer in context_layers]
    return PatrolLayers(ranked, district_copy, context, markers, leaders)

def area_renderer(ranked, settings, per_district):
    """Top N of the page strong and numbered, the other areas of the page in light
    classes of the score, areas outside the page's district grey."""
    from wijkradar.core.cbs import sentinel_mask
    from wijkradar.core.focus import class_labels, legend_breaks

    score = QgsExpression.quotedColumnRef(settings["score"])
    index = ranked.fields().indexOf(settings["score"])
    values = [attribute_value(f.attribute(index)) for f in ranked.getFeatures()]
    # a CBS code is no score (finite_scores): it must not stretch the classes either
    breaks = legend_breaks([None if coded else value
                            for value, coded in zip(values, sentinel_mask(values))])
    inside = (f"\"{DISTRICT_FIELD}\" = coalesce(@atlas_pagename, \"{DISTRICT_FIELD}\")"
              if per_district else "TRUE")
    top = (f"{inside} AND \"{RANK_FIELD}\" > 0 AND \"{RANK_FIELD}\" <= "
           f"{int(settings['top_n'])}")
    limits = [None] + breaks + [None]
    classes = []
    for label, low, high in zip(class_labels(breaks), limits, limits[1:]):
        condition = [f"{inside} AND NOT ({top})"]
        if low is not None:
            condition.append(f"coalesce({score}, 0) >= {low!r}")
        if high is not None:
            condition.append(f"coalesce({score}, 0) < {high!r}")
        classes.append((label, " AND ".join(condition)))
    top_words = (_tr("Top {} of this district, numbered") if per_district else
                 _tr("Top {}, numbered")).format(settings["top_n"])
    outside = (_tr("Outside this district"), f"NOT ({inside})") if per_district else None
    return patrol_area_renderer(classes, (top_words, top), outside)

def build_layout(project, layers, focus, emerging, settings, provenance):
    layout = load_template(project, settings["paper"])
    layout.setName(settings["layout_name"])
    set_texts(layout, title=settings["title"], period=settings["period"],
              classification=settings["classification"],
              footer=footer(settings["method"] or method_note(focus),
                                 provenance.record({}), suppression_threshold(focus),
                                 pattern_note(emerging) if settings["patterns"]
                                 else ""))
    title, heading = score_words(focus, settings["score"])
    paper_scale = settings["paper_scale"]
    area_width = 21 * paper_scale if settings["drivers"] else 0
    columns = [(RANK_FIELD, "#", 5 * paper_scale),
               (settings["id"], _tr("Area"), area_width),
               (SCORE_TEXT_FIELD, heading, 13 * paper_scale)]
    if settings["patterns"]:
        columns[1] = area_and_pattern_column(layout, layers.areas, settings,
                                                  area_width)
    if settings["drivers"]:
        columns.append((why_expression(settings["drivers"]), _tr("Why this area"), 0))
    connect_items(layout, layers, columns, settings["top_n"], settings["district_field"],
                  title, layers.markers.crs())
    fit_scale_bar_per_page(layout, paper_scale)
    place_numbered_markers(layout, layers, settings["top_n"], paper_scale)
    return layout

def area_and_pattern_column(layout, areas, settings, widest):
    """The list's area column with each area's hot spot pattern under its code ('5209CA',
    'sporadic'), as narrow as its longest line where the reasons take the rest. A column
    of its own took the reasons' width: rows of three lines, and a Dutch page lost its
    tenth row."""
    code = f"to_string({QgsExpression.quotedColumnRef(settings['id'])})"
    pattern = f"coalesce({QgsExpression.quotedColumnRef(PATTERN_FIELD)}, '')"
    expression = f"concat({code}, if({pattern} = '', '', '\\n' || {pattern}))"
    heading = _tr("Area")  # one line: QGIS 3.22 gives a heading no room for two
    width = FittedColumns(layout, areas, settings["top_n"]).width(
        [settings["id"], PATTERN_FIELD], heading, widest) if widest else 0
    return expression, heading, width


class FittedColumns:
    """Widths of the list's columns that fit what they print on every page (the top N areas'
    values and the heading), so the reasons beside them keep their room."""

    PADDING_MM = 0.6

    def __init__(self, layout, areas, top_n):
        from .layout_builder import focus_table

        table = focus_table(layout)
        self.content_font = table.contentTextFormat().toQFont()
        self.heading_font = table.headerTextFormat().toQFont()
        request = QgsFeatureRequest().setFilterExpression(
            f'"{RANK_FIELD}" > 0 AND "{RANK_FIELD}" <= {int(top_n)}')
        self.listed = list(areas.getFeatures(request))

    def width(self, fields, heading, widest):
        """mm for the values of ``fields`` (a line each) and the ``heading``, at most
        ``widest``."""
        from qgis.core import QgsLayoutUtils

        texts = {str(attribute_value(f[field]) or "") for f in self.listed for field in fields}
        needed = max([QgsLayoutUtils.textWidthMM(self.content_font, text) for text in texts] +
                     [QgsLayoutUtils.textWidthMM(self.heading_font, heading)])
        return min(needed + self.PADDING_MM, widest)


def keep_for_designer(layout, layers):
    """Keeps the layout for the layout designer in QGIS desktop (the dock opens it);
    headless (qgis_process) there is no designer to open it in."""
    import qgis.utils

    if qgis.utils.iface is not None:
        layout_session.keep(layout, layers.drawn())
