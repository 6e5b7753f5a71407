"""The one place where Wijkradar meets QGIS API that moved between 3.22 and 4.x.

Each name here is the newer API where the running QGIS has it and the 3.22 spelling
otherwise, so the rest of the plugin is written once, without version checks. When the oldest
supported QGIS has the new API, its entry here becomes a plain alias and can go.
"""

from types import SimpleNamespace

import qgis.core
import qgis.gui
from qgis.core import Qgis, QgsProcessingModelChildParameterSource

QGIS_VERSION = Qgis.QGIS_VERSION_INT


def _qgis_enum(name, old_names):
    """``Qgis.<name>`` where this QGIS has it, else the same member names bound to the values
    QGIS 3.22 has under its old names ('QgsProcessing.TypeVectorPoint'). Code then reads the
    new spelling everywhere (``ProcessingSourceType.VectorPoint``); the old names live on in
    newer QGIS only as aliases, kept for QGIS 3 plugins."""
    if hasattr(Qgis, name):
        return getattr(Qgis, name)
    return SimpleNamespace(**{member: _resolve(old) for member, old in old_names.items()})


def _resolve(dotted):
    head, *rest = dotted.split(".")
    value = getattr(qgis.core, head, None) or getattr(qgis.gui, head)
    for part in rest:
        value = getattr(value, part)
    return value


# Processing (Qgis.* from 3.36)
ProcessingSourceType = _qgis_enum("ProcessingSourceType", {
    "Vector": "QgsProcessing.TypeVector",
    "VectorAnyGeometry": "QgsProcessing.TypeVectorAnyGeometry",
    "VectorPoint": "QgsProcessing.TypeVectorPoint",
    "VectorLine": "QgsProcessing.TypeVectorLine",
    "VectorPolygon": "QgsProcessing.TypeVectorPolygon",
    "Raster": "QgsProcessing.TypeRaster"})
ProcessingNumberParameterType = _qgis_enum("ProcessingNumberParameterType", {
    "Integer": "QgsProcessingParameterNumber.Integer",
    "Double": "QgsProcessingParameterNumber.Double"})
ProcessingFieldParameterDataType = _qgis_enum("ProcessingFieldParameterDataType", {
    "Any": "QgsProcessingParameterField.Any",
    "Numeric": "QgsProcessingParameterField.Numeric",
    "String": "QgsProcessingParameterField.String",
    "DateTime": "QgsProcessingParameterField.DateTime"})
ProcessingDateTimeParameterDataType = _qgis_enum("ProcessingDateTimeParameterDataType", {
    "DateTime": "QgsProcessingParameterDateTime.DateTime",
    "Date": "QgsProcessingParameterDateTime.Date",
    "Time": "QgsProcessingParameterDateTime.Time"})
ProcessingParameterFlag = _qgis_enum("ProcessingParameterFlag", {
    "Advanced": "QgsProcessingParameterDefinition.FlagAdvanced",
    "Hidden": "QgsProcessingParameterDefinition.FlagHidden",
    "Optional": "QgsProcessingParameterDefinition.FlagOptional"})
ProcessingAlgorithmFlag = _qgis_enum("ProcessingAlgorithmFlag", {
    "NoThreading": "QgsProcessingAlgorithm.FlagNoThreading"})
ProcessingLogLevel = _qgis_enum("ProcessingLogLevel", {
    "DefaultLevel": "QgsProcessingContext.DefaultLevel",
    "Verbose": "QgsProcessingContext.Verbose"})
FeatureRequestFlag = _qgis_enum("FeatureRequestFlag", {
    "NoGeometry": "QgsFeatureRequest.NoGeometry"})
InvalidGeometryCheck = _qgis_enum("InvalidGeometryCheck", {
    "NoCheck": "QgsFeatureRequest.GeometryNoCheck",
    "AbortOnInvalid": "QgsFeatureRequest.GeometryAbortOnInvalid"})
CrsWktVariant = _qgis_enum("CrsWktVariant", {
    "Preferred": "QgsCoordinateReferenceSystem.WKT_PREFERRED",
    "PreferredGdal": "QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL"})

# Geometry, layers and units (Qgis.* from 3.30 to 3.34)
GeometryType = _qgis_enum("GeometryType", {
    "Point": "QgsWkbTypes.PointGeometry",
    "Line": "QgsWkbTypes.LineGeometry",
    "Polygon": "QgsWkbTypes.PolygonGeometry",
    "Unknown": "QgsWkbTypes.UnknownGeometry",
    "Null": "QgsWkbTypes.NullGeometry"})
WkbType = _qgis_enum("WkbType", {
    "NoGeometry": "QgsWkbTypes.NoGeometry",
    "Point": "QgsWkbTypes.Point",
    "MultiPoint": "QgsWkbTypes.MultiPoint",
    "LineString": "QgsWkbTypes.LineString",
    "MultiLineString": "QgsWkbTypes.MultiLineString",
    "Polygon": "QgsWkbTypes.Polygon",
    "MultiPolygon": "QgsWkbTypes.MultiPolygon"})
LayerType = _qgis_enum("LayerType", {
    "Vector": "QgsMapLayerType.VectorLayer",
    "Raster": "QgsMapLayerType.RasterLayer"})
LayerFilter = _qgis_enum("LayerFilter", {
    "PointLayer": "QgsMapLayerProxyModel.PointLayer",
    "LineLayer": "QgsMapLayerProxyModel.LineLayer",
    "PolygonLayer": "QgsMapLayerProxyModel.PolygonLayer",
    "VectorLayer": "QgsMapLayerProxyModel.VectorLayer",
    "RasterLayer": "QgsMapLayerProxyModel.RasterLayer"})
DistanceUnit = _qgis_enum("DistanceUnit", {
    "Meters": "QgsUnitTypes.DistanceMeters",
    "Kilometers": "QgsUnitTypes.DistanceKilometers"})
LayoutUnit = _qgis_enum("LayoutUnit", {
    "Millimeters": "QgsUnitTypes.LayoutMillimeters",
    "Points": "QgsUnitTypes.LayoutPoints"})
TextRenderFormat = _qgis_enum("TextRenderFormat", {
    "AlwaysOutlines": "QgsRenderContext.TextFormatAlwaysOutlines",
    "AlwaysText": "QgsRenderContext.TextFormatAlwaysText"})

# Where a model step's parameter value comes from (ChildOutput, StaticValue, Expression, ...):
# an enum of Qgis since 3.36; the old QgsProcessingModelChildParameterSource.ChildOutput
# is gone in 3.40.
if QGIS_VERSION >= 33600:
    ModelSource = Qgis.ProcessingModelChildParameterSource
else:
    ModelSource = QgsProcessingModelChildParameterSource



def enum_value(member):
    """The number behind an enum member: scoped enums (Qt6, newer QGIS) are not ints."""
    return getattr(member, "value", member)


def field_names(algorithm, parameters, name, context):
    """The fields chosen in a field parameter: parameterAsStrings from QGIS 3.32, where
    parameterAsFields became deprecated (QGIS 3.40 logs a warning each time it is called)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


# Field types: QMetaType.Type from 3.38 (QVariant.Type is deprecated there and gone in Qt6).
_FIELD_TYPE_NAMES = {"int": ("Int", "Int"), "double": ("Double", "Double"),
                     "bool": ("Bool", "Bool"), "string": ("String", "QString"),
                     "date": ("Date", "QDate")}


def field_type(kind):
    """The type to give a QgsField of kind 'int', 'double', 'bool', 'string' or 'date'."""
    variant_name, metatype_name = _FIELD_TYPE_NAMES[kind]
    if QGIS_VERSION >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, metatype_name)
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant.Type, variant_name)


# Symbols and layouts of the patrol focus map (Qgis.* from 3.24 and 3.30; scoped symbol layer
# properties from 3.30).
MarkerShape = _qgis_enum("MarkerShape", {"Circle": "QgsSimpleMarkerSymbolLayerBase.Circle"})
LegendComponent = _qgis_enum("LegendComponent", {
    "Hidden": "QgsLegendStyle.Hidden", "Title": "QgsLegendStyle.Title",
    "Group": "QgsLegendStyle.Group", "Subgroup": "QgsLegendStyle.Subgroup",
    "Symbol": "QgsLegendStyle.Symbol", "SymbolLabel": "QgsLegendStyle.SymbolLabel"})
ScaleBarSegmentSizeMode = _qgis_enum("ScaleBarSegmentSizeMode", {
    "Fixed": "QgsScaleBarSettings.SegmentSizeFixed",
    "FitWidth": "QgsScaleBarSettings.SegmentSizeFitWidth"})
if hasattr(qgis.core.QgsSymbolLayer.Property, "Character"):
    SymbolLayerProperty = qgis.core.QgsSymbolLayer.Property
else:
    SymbolLayerProperty = SimpleNamespace(
        Character=qgis.core.QgsSymbolLayer.PropertyCharacter,
        Size=qgis.core.QgsSymbolLayer.PropertySize)
