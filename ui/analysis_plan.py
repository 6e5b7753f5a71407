"""The dock's "Analyse" step: which algorithms to run on the user's layers, with defaults
that fit the data.

A plan is a list of :class:`Step` objects for :class:`AlgorithmChain`; it only picks
parameters (fields, periods, output files) and never computes. The defaults are the ones the
README explains: hotspots of the last year with recent weeks weighing more, the risk score
per area (postcode or grid cell) for the next month, hotspot statistics (Gi* of the risk, or
of the counts, per area with the FDR correction; emerging hot spots over the last 52 weeks)
and the neighbourhood monitor overlay.
"""

import os
from datetime import datetime

from qgis.core import (
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import choices
from ..core.field_words import POPULATION_PATTERN
from ..processing.compat import GeometryType
from ..processing.field_guess import area_id_field, date_field, named_like_id, usable_fields
from .task_runner import Step

# Hotspots: a year of data, recent weeks weigh more (a prospective map for the coming week).
HOTSPOT_HALF_LIFE_DAYS = 28
HOTSPOT_MAX_AGE_DAYS = 365
RISK_PERIOD = "month"  # the risk score per area for the next month
# Hotspot statistics: Gi* per area (or 250 m cell without areas) with the FDR correction;
# emerging hot spots over the last 52 weeks' worth of steps, the step chosen from the data.
GI_STAR, FDR = ("gi*",), "fdr"  # local_hotspot_statistics' STATISTIC and CORRECTION
STATISTICS_CELL_SIZE = 250.0
EMERGING_52_WEEKS = 0  # emerging_hotspots' STEPS
EMERGING_STEP = "auto"  # its TIME_STEP: chosen from the data
EMERGING_TOO_SHORT = "go_on"  # too few steps give no patterns, the other analyses run


def numeric_fields(layer, exclude=()):
    """Numeric fields that can be covariates: not ids, codes or feature ids."""
    return [f.name() for f in usable_fields(layer)
            if f.isNumeric() and f.name() not in exclude and not named_like_id(f.name())]


def population_field(layer):
    return next((name for name in numeric_fields(layer) if POPULATION_PATTERN.search(name)),
                None)


def is_points(layer):
    return layer is not None and layer.geometryType() == GeometryType.Point


def input_mode(key):
    """local_hotspot_statistics' INPUT_MODE index of ``key`` (values, area_counts,
    grid_counts)."""
    return choices.HOTSPOT_STATS_INPUTS.index(key)


def is_polygons(layer):
    return layer is not None and layer.geometryType() == GeometryType.Polygon


def results_folder(project):
    """Result files go beside a saved project, else in QGIS's temporary Processing folder."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    base = project.homePath() if project.fileName() else QgsProcessingUtils.tempFolder()
    folder = os.path.join(base, "wijkradar_results", stamp)
    os.makedirs(folder, exist_ok=True)
    return folder


class AnalysisPlan:
    """Builds the steps for the layers the user gave each role."""

    def __init__(self, project, incidents, areas=None, monitor=None, context_layers=(),
                 folder=None):
        self.project = project
        self.incidents = incidents
        self.areas = areas
        self.monitor = monitor
        self.context_layers = [layer for layer in context_layers if is_points(layer)]
        self.folder = folder

    def tr(self, text):
        return QCoreApplication.translate("AnalysisPlan", text)

    def output(self, file_name, layer_name):
        """A file destination that QGIS loads into the project when the step finishes."""
        definition = QgsProcessingOutputLayerDefinition(
            os.path.join(self.folder, file_name), self.project)
        definition.destinationName = layer_name
        return definition

    def problems(self, hotspots, risk, overlay, statistics=False):
        """Sentences saying what is missing for the chosen analyses (empty when all is set)."""
        found = []
        if (hotspots or risk or overlay or statistics) and not is_points(self.incidents):
            found.append(self.tr("Give a point layer the role 'incidents' in step 1."))
        if risk and not is_polygons(self.areas):
            found.append(self.tr("Risk scores need areas (postcodes or grid cells): give a "
                                 "polygon layer the role 'areas' in step 1."))
        if risk and self.incidents is not None and not date_field(self.incidents):
            found.append(self.tr("Risk scores need a date field in the incidents (e.g. 'datum' "
                                 "or 'occurrence_date', a date or text such as 2024-03-01)."))
        if statistics and self.incidents is not None and not date_field(self.incidents):
            found.append(self.tr("Emerging hot spots need a date field in the incidents (e.g. "
                                 "'datum' or 'occurrence_date', a date or text such as "
                                 "2024-03-01)."))
        if (risk or statistics) and is_polygons(self.areas) and not area_id_field(self.areas):
            found.append(self.tr("The areas need a field that identifies each area (e.g. "
                                 "'area_id' or 'postcode'); the feature id (fid) is not one."))
        if overlay and not is_polygons(self.monitor):
            found.append(self.tr("The monitor overlay needs neighbourhoods with indicators: give a "
                            "polygon layer the role 'monitor' in step 1."))
        if overlay and self.monitor is not None and not population_field(self.monitor):
            found.append(self.tr("The monitor layer needs a field with inhabitants (e.g. "
                            "'aantal_inwoners')."))
        return found

    def steps(self, hotspots=True, risk=True, overlay=True, statistics=False):
        problems = self.problems(hotspots, risk, overlay, statistics)
        if problems:
            raise ValueError(" ".join(problems))
        if self.folder is None:
            self.folder = results_folder(self.project)
        steps = []
        if hotspots:
            steps.append(self.hotspot_step())
        if risk:
            steps.append(self.risk_step())
        if statistics:
            steps.extend(self.statistics_steps(of_risk=risk))
        if overlay:
            steps.extend(self.overlay_steps(with_density=hotspots))
        return steps

    def hotspot_step(self):
        parameters = {
            "INPUT": self.incidents.id(), "AUTO_RADIUS": True,
            "PURPOSE": self.tr("Wijkradar dock: hotspots"),
            "OUTPUT": self.output("hotspots_density.tif", self.tr("Hotspot density")),
            "HOTSPOTS": self.output("hotspots_areas.gpkg", self.tr("Hotspot areas")),
        }
        dates = date_field(self.incidents)
        if dates:  # prospective: the last year, recent weeks weigh more
            parameters.update({"DATE_FIELD": dates, "HALF_LIFE": HOTSPOT_HALF_LIFE_DAYS,
                               "MAX_AGE": HOTSPOT_MAX_AGE_DAYS})
        return Step(self.tr("Hotspots (kernel density)"), "wijkradar:kde_hotspots", parameters,
                    key="hotspots")

    def risk_step(self):
        area_id = area_id_field(self.areas)
        parameters = {
            "INPUT": self.areas.id(), "ID_FIELD": area_id,
            "INCIDENTS": self.incidents.id(), "DATE_FIELD": date_field(self.incidents),
            "COVARIATES": numeric_fields(self.areas, exclude=(area_id,)),
            "CONTEXT": [layer.id() for layer in self.context_layers],
            "PERIOD": choices.RISK_PERIODS.index(RISK_PERIOD), "HORIZON": 1,
            "PURPOSE": self.tr("Wijkradar dock: risk per area for the next month"),
            "OUTPUT": self.output("risk_next_month.gpkg", self.tr("Risk score next month")),
            "REPORT": os.path.join(self.folder, "risk_next_month.html"),
        }
        return Step(self.tr("Risk score per area"), "wijkradar:postcode_risk", parameters,
                    key="risk")

    def statistics_steps(self, of_risk):
        """Gi* of the risk score per area when the risk runs, else of the incident counts per
        area (or per grid cell without areas); emerging hot spots on the same areas."""
        return [Step(self.tr("Hotspot statistics (Gi*)"), "wijkradar:local_hotspot_statistics",
                     self.gi_parameters(of_risk), key="hotspot_stats"),
                Step(self.tr("Emerging hot spots"), "wijkradar:emerging_hotspots",
                     self.emerging_parameters(), key="emerging")]

    def gi_parameters(self, of_risk):
        """local_hotspot_statistics' parameters, a function of the risk step's results when
        the risk score is the value."""
        parameters = {
            "STATISTIC": choices.HOTSPOT_STATS_STATISTICS.index(GI_STAR),
            "CORRECTION": choices.HOTSPOT_STATS_CORRECTIONS.index(FDR),
            "INCIDENTS": self.incidents.id(),
            "PURPOSE": self.tr("Wijkradar dock: hotspot statistics"),
            "OUTPUT": self.output("hotspot_statistics.gpkg", self.tr("Hot spots (Gi*)")),
            "REPORT": os.path.join(self.folder, "hotspot_statistics.html"),
        }
        if not is_polygons(self.areas):
            return dict(parameters, INPUT_MODE=input_mode("grid_counts"),
                        CELL_SIZE=STATISTICS_CELL_SIZE)
        area_id = area_id_field(self.areas)
        parameters.update(INPUT_MODE=input_mode("area_counts"), AREAS=self.areas.id(),
                          ID_FIELD=area_id)
        if not of_risk:
            return parameters

        def of_the_risk(results):
            return dict(parameters, INPUT_MODE=input_mode("values"),
                        AREAS=results["risk"]["OUTPUT"],
                        VALUE_FIELD="risk_score", INCIDENTS=None)

        return of_the_risk

    def emerging_parameters(self):
        parameters = {
            "INCIDENTS": self.incidents.id(), "DATE_FIELD": date_field(self.incidents),
            "TIME_STEP": choices.EMERGING_TIME_STEPS.index(EMERGING_STEP),
            "STEPS": EMERGING_52_WEEKS,
            "TOO_SHORT": choices.EMERGING_TOO_SHORT.index(EMERGING_TOO_SHORT),
            "CELL_SIZE": STATISTICS_CELL_SIZE,
            "PURPOSE": self.tr("Wijkradar dock: emerging hot spots over the last 52 weeks"),
            "OUTPUT": self.output("emerging_hotspots.gpkg", self.tr("Emerging hot spots")),
            "STEP_TABLE": os.path.join(self.folder, "emerging_hotspots_steps.gpkg"),
            "REPORT": os.path.join(self.folder, "emerging_hotspots.html"),
        }
        if is_polygons(self.areas):
            parameters.update(AREAS=self.areas.id(), ID_FIELD=area_id_field(self.areas))
        return parameters

    def overlay_steps(self, with_density):
        index = Step(self.tr("Neighbourhood monitor index"), "wijkradar:area_monitor_index", {
            "INPUT": self.monitor.id(),
            "PURPOSE": self.tr("Wijkradar dock: neighbourhood monitor index"),
            "OUTPUT": os.path.join(self.folder, "monitor_index.gpkg"),
        }, key="index")
        population = population_field(self.monitor)
        incidents = self.incidents.id()
        folder = self.folder
        output = self.output

        def overlay_parameters(results):
            parameters = {
                "INPUT": results["index"]["OUTPUT"], "VULNERABILITY_FIELD": "score",
                "INCIDENTS": incidents, "POPULATION_FIELD": population,
                "PURPOSE": self.tr("Wijkradar dock: vulnerability x crime"),
                "OUTPUT": output("monitor_overlay.gpkg", self.tr("Vulnerability x crime")),
                "LEGEND": os.path.join(folder, "monitor_overlay_legend.png"),
            }
            if with_density and "hotspots" in results:
                parameters["DENSITY"] = results["hotspots"]["OUTPUT"]
            return parameters

        overlay = Step(self.tr("Vulnerability x crime overlay"), "wijkradar:area_monitor_overlay",
                       overlay_parameters, key="overlay")
        return [index, overlay]

