"""Inputs and outputs of wijkradar:join_crime_statistics and wijkradar:join_leefbaarometer.

Reads the registered-crime table as the user downloaded it (StatLine CSV or OData JSON, the
remaining OData pages fetched when the file holds only the first ones), the areas' codes,
names and inhabitants, and the user's own incidents per area and year; the numbers come from
:mod:`wijkradar.core.cbs_tables`.
"""

import os
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.provenance import ContentHasher
from .algorithm import core_errors
from .io.areas import read_area_layer
from .io.point_tables import read_point_table
from .io.tables import attribute_columns

CODE_FIELDS = ("buurtcode", "wijkcode", "gemeentecode")  # finest level first
NAME_FIELDS = {"buurt": "buurtnaam", "wijk": "wijknaam", "gemeente": "gemeentenaam"}


def _tr(text):
    return QCoreApplication.translate("CrimeJoin", text)


def read_text(path):
    """(text, SHA-256) of a downloaded table: UTF-8 (with or without a byte order mark), else
    Windows-1252 as older exports are."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise QgsProcessingException(_tr("Cannot read {}: {}").format(path, error)) from error
    hasher = ContentHasher()
    hasher.update_bytes(data)
    try:
        return data.decode("utf-8-sig"), hasher.hexdigest()
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), hasher.hexdigest()


def read_crime_table(path, fetch_remaining, feedback):
    """(CrimeTable, SHA-256 of the file) of a StatLine CSV export or OData JSON file."""
    from ..core import cbs_tables
    from .open_data_net import odata_remaining

    text, digest = read_text(path)
    with core_errors():
        if path.lower().endswith(".json") or text.lstrip()[:1] in ("{", "["):
            pages = cbs_tables.odata_pages(text)
            link = cbs_tables.next_link(pages[-1])
            if link and not fetch_remaining:
                raise QgsProcessingException(_tr(
                    "{} holds only the first {} rows of the table; the rest is at {}. Let "
                    "Wijkradar fetch the remaining pages, or save them all in one JSON list."
                ).format(os.path.basename(path), sum(len(p["value"]) for p in pages), link))
            if link:
                pages = pages + odata_remaining(link, feedback)
            return cbs_tables.read_odata_pages(pages), digest
        return cbs_tables.read_statline_csv(text), digest


def report_table(table, feedback):
    """Says in the log what the table holds and what in it was odd."""
    from ..core.cbs_tables import crime_name

    feedback.pushInfo(_tr("Registered crime per {}: {} rows, periods {} - {}, crime types {}.")
                      .format(_tr("year") if table.frequency == "year" else _tr("month"),
                              len(table.frame), table.periods[0], table.periods[-1],
                              ", ".join(table.crime_codes)))
    if table.unknown:
        feedback.pushWarning(_tr("Crime type codes Wijkradar does not know, kept under the "
                                 "title in the file: {}.").format(", ".join(
                                     f"{code} ({title})" for code, title in table.unknown.items())))
    if table.no_code:
        feedback.pushWarning(_tr("Rows without a crime type code left out: {}.").format(
            ", ".join(table.no_code)))
    if table.n_missing:
        feedback.pushInfo(_tr("{} cells of the table have no figure (unknown or secret); they "
                              "stay empty.").format(table.n_missing))
    provisional = sorted(table.frame.loc[table.frame["provisional"], "period"].unique())
    if provisional:
        feedback.pushInfo(_tr("Provisional figures (*): {}.").format(", ".join(provisional)))
    return {code: crime_name(code) for code in table.crime_codes}


@dataclass
class AreaAttributes:
    """The areas' codes (cleaned), names and inhabitants, in feature order, with fids."""

    fids: list
    codes: list
    names: list
    population: np.ndarray
    level: str
    municipalities: list


def feature_ids(source):
    """The feature ids of ``source`` in reading order (geometries not read)."""
    from qgis.core import QgsFeatureRequest

    from .compat import FeatureRequestFlag

    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry).setNoAttributes()
    return [feature.id() for feature in source.getFeatures(request)]


def guess_code_field(source):
    """The first of buurtcode, wijkcode, gemeentecode the layer has (case-insensitive)."""
    names = {name.lower(): name for name in source.fields().names()}
    return next((names[field] for field in CODE_FIELDS if field in names), None)


def read_area_attributes(source, code_field, name_field, population_field):
    """The codes (one CBS level), names and inhabitants (sentinels NaN) of the areas."""
    from ..core import cbs

    wanted = [f for f in (code_field, name_field, population_field) if f]
    columns = attribute_columns(source, wanted)
    codes = [cbs.clean_code(value) for value in columns[code_field]]
    levels = {cbs.level_of_code(code) for code in codes if code}
    if None in levels or len(levels) != 1:
        bad = [code for code in codes if cbs.level_of_code(code) is None][:5]
        raise QgsProcessingException(_tr(
            "The field '{}' must hold CBS codes of one level (BU and 8 digits for buurten, "
            "WK and 6 for wijken, GM and 4 for a municipality); found {}.").format(
            code_field, ", ".join(map(str, bad)) or ", ".join(sorted(levels))))
    population = np.array([np.nan if v is None else float(v) for v in
                           columns.get(population_field, [None] * len(codes))], dtype=float)
    population[cbs.sentinel_mask(population)] = np.nan
    names = [str(v).strip() if v is not None else "" for v in columns.get(name_field,
                                                                          [""] * len(codes))]
    return AreaAttributes(feature_ids(source), codes, names, population, levels.pop(),
                          sorted({cbs.municipality_of_code(code) for code in codes}))


def codes_from_names(table, areas, feedback):
    """A table whose areas are titles gets codes, matched on the areas' names (case and
    spaces aside); titles of other areas (the municipality, wijken) are left out, and names
    two areas share are left out with a warning."""
    lowered = {}
    for code, name in zip(areas.codes, areas.names):
        lowered.setdefault(name.lower(), []).append(code)
    shared = sorted(name for name, codes in lowered.items() if len(codes) > 1)
    unique = {name: codes[0] for name, codes in lowered.items() if len(codes) == 1 and name}
    titles = table.frame["area"].str.strip().str.lower()
    matched = titles.map(unique)
    if matched.notna().sum() == 0:
        raise QgsProcessingException(_tr(
            "No area of the table has the name of one of these areas (the table names areas, "
            "not codes): is it the table of another municipality? Titles in the table: {}."
        ).format(", ".join(sorted(table.frame["area"].unique())[:8])))
    if shared:
        feedback.pushWarning(_tr("Names shared by several areas cannot be joined by name and "
                                 "are left out: {}.").format(", ".join(shared)))
    found = sorted(set(unique) & set(titles))
    feedback.pushInfo(_tr("The table names areas instead of giving codes: {} of {} areas "
                          "found by name.").format(len(found), len(areas.codes)))
    table.frame = table.frame.assign(area=matched).dropna(subset=["area"])
    table.areas_are_codes = True
    return table


def own_incident_counts(incidents, date_field, areas_source, code_field, feedback):
    """area, year, own: the user's incidents per area and year (points in no area and
    without a usable date are left out and counted in the log)."""
    import pandas as pd

    from ..core.dates import parse_dates
    from ..core.risk import locate_points
    from .io.dates import checked_dates

    crs = areas_source.sourceCrs()
    areas = read_area_layer(areas_source, crs, code_field)
    polygons, ids = areas.geometries, areas.ids
    points = read_point_table(incidents, crs, [date_field], feedback)
    days = checked_dates(parse_dates(points.columns[date_field]), date_field, feedback).days
    where = locate_points(polygons, points.x, points.y)
    usable = (where >= 0) & ~np.isnat(days)
    outside = int(((where < 0) & np.isfinite(points.x)).sum())
    if outside:
        feedback.pushWarning(_tr("{} incidents lie in none of the areas and are not "
                                 "counted.").format(outside))
    years = days[usable].astype("datetime64[Y]").astype(int) + 1970
    from ..core import cbs

    frame = pd.DataFrame({"area": [cbs.clean_code(ids[i]) for i in where[usable]],
                          "year": years})
    return frame.groupby(["area", "year"]).size().rename("own").reset_index()
