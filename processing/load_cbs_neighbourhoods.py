"""wijkradar:load_cbs_neighbourhoods: one municipality of the CBS Wijk- en buurtkaart,
sentinels to NULL, fields under one name for every year, aliases and derived rates."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.choices import CBS_LEVELS
from .algorithm import WijkradarAlgorithm
from .choice_parameters import chosen_value, enum_parameter
from .compat import ProcessingNumberParameterType, ProcessingSourceType, WkbType
from .dependencies import require
from .io.values import attribute_value, geometry_from_wkb, new_field
from .provenance import OutputProvenance, file_of

DEFAULT_ONLINE_YEAR = 2024  # 2025's first releases hold only population figures


class LoadCbsNeighbourhoodsAlgorithm(WijkradarAlgorithm):
    INPUT = "INPUT"
    MUNICIPALITY = "MUNICIPALITY"
    LEVEL = "LEVEL"
    YEAR = "YEAR"
    DROP_WATER = "DROP_WATER"
    OUTPUT = "OUTPUT"

    def name(self):
        return "load_cbs_neighbourhoods"

    def displayName(self):
        return self.tr("Load CBS neighbourhoods (wijken en buurten)")

    def group(self):
        return self.tr("Open data")

    def groupId(self):
        return "opendata"

    def shortDescription(self):
        return self.tr("One municipality of the CBS Wijk- en buurtkaart, from the GeoPackage "
                       "or PDOK, with clean monitor indicators.")

    def shortHelpString(self):
        return self.tr(
            "<p>Loads the gemeente, wijken or buurten of one municipality from the CBS "
            "<b>Wijk- en buurtkaart</b> (Kerncijfers wijken en buurten, CBS), ready for the "
            "area monitor.</p>"
            "<p><b>Source</b>: the GeoPackage wijkenbuurten_&lt;year&gt;.gpkg downloaded from "
            "PDOK (CBS Wijken en Buurten, 2019-2025). Leave the file empty to fetch the "
            "municipality from PDOK's OGC API Features "
            "(api.pdok.nl/cbs/wijken-en-buurten-&lt;year&gt;/ogc/v1) of the chosen year, "
            "through QGIS's network settings. The file is only read.</p>"
            "<p><b>Municipality</b>: its code (GM0363, or 363) or its name, however it is "
            "typed: case, accents, spaces and the 's- of 's-Hertogenbosch do not matter, and "
            "Den Bosch, Den Haag and The Hague are understood. A name it cannot find gets the "
            "nearest matches. Online, a name PDOK does not have as written is looked up in "
            "PDOK's list of municipalities of that year (a larger download, once a "
            "session).</p>"
            "<p><b>What it cleans</b>: CBS writes -99999999, -99999997 (and similar codes) "
            "where a figure is secret or unknown; they become NULL and the log counts them "
            "per field. Fields renamed between years (AANT_INW in 2019, aantal_inwoners from "
            "2021) get one name; the year is read from a field 'jaar', the file name, or "
            "else the Year parameter, and a year Wijkradar does not know is read by every "
            "name the fields had. Fields get aliases with their unit, in the language of "
            "QGIS. Areas of water only (water = JA) are left out unless you keep them.</p>"
            "<p><b>Added</b>: bijstand_per_1000_inwoners, ww_per_1000_inwoners, "
            "ao_per_1000_inwoners (benefit recipients per 1,000 inhabitants) and "
            "inwoners_per_km2_land, where the layer has their figures, and jaar. The figures "
            "are CBS's own published figures (already protected by CBS), so nothing is "
            "suppressed.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("CBS wijk- en buurtkaart GeoPackage (empty: fetch from PDOK)"),
            extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.MUNICIPALITY, self.tr("Municipality (code GMxxxx or name)")))
        self.addParameter(enum_parameter(self.LEVEL, self.tr("Level"), CBS_LEVELS,
                                         default="buurt"))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (PDOK; for a file that does not say its year)"),
            ProcessingNumberParameterType.Integer, DEFAULT_ONLINE_YEAR, minValue=2019,
            maxValue=2099))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DROP_WATER, self.tr("Leave out areas of water only"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("CBS areas"), ProcessingSourceType.VectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
        require("numpy", "pandas")
        from ..core import cbs
        from .cbs_io import read_level, read_level_online

        path = self.parameterAsFile(parameters, self.INPUT, context)
        query = self.parameterAsString(parameters, self.MUNICIPALITY, context).strip()
        if not query:
            raise QgsProcessingException(self.tr(
                "Give the municipality: its code (GM and 4 digits) or its name."))
        level = chosen_value(self, parameters, self.LEVEL, context, CBS_LEVELS)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        if path:
            areas = read_level(path, level, query, year, feedback)
        else:
            feedback.pushInfo(self.tr("No file given: fetching {} of {} from PDOK ({}).").format(
                cbs.LAYER_NAMES[level], query, year))
            areas = read_level_online(year, level, query, feedback)
        self.stop_if_canceled(feedback)
        for note in areas.notes:
            feedback.pushInfo(note)
        drop_water = self.parameterAsBoolean(parameters, self.DROP_WATER, context)
        table, kinds = self.clean(areas, drop_water, feedback)
        if table.empty:
            raise QgsProcessingException(self.tr("Municipality {} has no {} to load.").format(
                areas.municipality[0], cbs.LAYER_NAMES[level]))
        provenance = OutputProvenance(self, parameters, context)
        provenance.add_input(areas.source, areas.source, len(areas.rows), areas.content_hash)
        provenance.note(self.tr("CBS Wijk- en buurtkaart {} ({}), municipality {} ({}); CBS "
                                "sentinels read as NULL.").format(
            areas.match.year or "?", areas.source, areas.municipality[1],
            areas.municipality[0]))
        dest_id = self.write(parameters, context, (areas, table, kinds, level), feedback,
                             provenance)
        return {self.OUTPUT: dest_id, "MUNICIPALITY_CODE": areas.municipality[0],
                "YEAR": areas.match.year, "N_AREAS": len(table)}

    def clean(self, areas, drop_water, feedback):
        """The rows of the output: known fields renamed, sentinels NULL, rates added."""
        import pandas as pd

        from ..core import cbs
        from .cbs_io import areas_frame

        frame, kinds, renamed, kept = areas_frame(areas, drop_water)
        areas.wkb = [blob for blob, keep in zip(areas.wkb, kept) if keep]
        if renamed:
            feedback.pushInfo(self.tr("Fields renamed to their current CBS names: {}.").format(
                ", ".join(f"{old} -> {new}" for old, new in renamed.items())))
        if len(kept) > len(frame):
            feedback.pushInfo(self.tr("{} areas of water only left out.").format(
                len(kept) - len(frame)))
        numeric = [name for name, kind in kinds.items() if kind != "string"]
        frame[numeric] = frame[numeric].apply(pd.to_numeric, errors="coerce")
        frame, report = cbs.replace_sentinels(frame, numeric)
        if report.total:
            feedback.pushWarning(self.tr(
                "CBS codes for secret or unknown figures (-99999999, -99999997, ...) set to "
                "NULL, {} values: {}.").format(report.total, "; ".join(report.lines())))
        rates = cbs.derived_rates(frame)
        for name in rates.columns:
            frame[name], kinds[name] = rates[name], "double"
        if "jaar" not in frame.columns:
            frame["jaar"], kinds["jaar"] = areas.match.year, "int"
        return frame, kinds

    def write(self, parameters, context, loaded, feedback, provenance):
        from qgis.core import QgsCoordinateReferenceSystem

        from ..core import cbs
        from ..core.i18n import language
        from .cbs_io import save_aliases

        areas, table, kinds, level = loaded
        fields = QgsFields()
        for name in table.columns:
            fields.append(new_field(name, kinds[name]))
        crs = QgsCoordinateReferenceSystem(areas.crs_wkt or "EPSG:28992")
        self.stop_if_canceled(feedback)  # before a file is written
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             WkbType.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        integers = [kinds[name] == "int" for name in table.columns]
        for number, (row, blob) in enumerate(zip(table.itertuples(index=False), areas.wkb)):
            if number % 1000 == 0:
                self.stop_if_canceled(feedback)
            feature = QgsFeature(fields)
            if blob is not None:
                feature.setGeometry(geometry_from_wkb(blob))
            feature.setAttributes([_plain(value, whole) for value, whole in zip(row, integers)])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        del sink
        _, metadata = provenance.finish({"areas": dest_id}, dest_id,
                                        title=self.tr("CBS wijken en buurten"))
        aliases = {name: cbs.label(name, language()) for name in table.columns
                   if cbs.label(name)}
        save_aliases(context, dest_id, fields, aliases, file_of(dest_id), metadata)
        feedback.pushInfo(self.tr("{} {} of {} ({}) loaded.").format(  # the last word
            len(table), cbs.LAYER_NAMES[level], areas.municipality[1], areas.municipality[0]))
        return dest_id


def _plain(value, whole):
    """A value as a QGIS attribute: NULL for NaN, whole numbers as int in int fields."""
    value = attribute_value(value)
    return int(value) if whole and value is not None else value
