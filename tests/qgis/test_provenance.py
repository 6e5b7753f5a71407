"""Provenance records name every layer an output came from (name, source, feature count,
content hash) and never hold the text of a Python object ("<QgsVectorLayer: ...>")."""

import json

from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

SIDECAR = ".provenance.json"


def write_gpkg(path, name, uri, features):
    """A GeoPackage layer of a real export: English field names, EPSG:4326."""
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addFeatures(features(layer))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = name
    if path.exists():  # a second layer in the same GeoPackage
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return QgsVectorLayer(f"{path}|layername={name}", name, "ogr")


def city(tmp_path):
    """Incidents, two districts and a grid of areas around Eindhoven, in lon/lat."""
    path = tmp_path / "city_export.gpkg"

    def incidents(layer):
        features = []
        for i in range(400):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([f"2024-0{i % 9 + 1}-1{i % 10}", "burglary"])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(
                5.46 + (i % 20) * 0.001, 51.43 + (i // 20) * 0.0008)))
            features.append(feature)
        return features

    def districts(layer):
        features = []
        for i, name in enumerate(["North", "South"]):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([name, 12000 + 500 * i])
            feature.setGeometry(QgsGeometry.fromWkt(
                f"POLYGON((5.45 {51.42 + i * 0.01}, 5.49 {51.42 + i * 0.01}, "
                f"5.49 {51.43 + i * 0.01}, 5.45 {51.43 + i * 0.01}, 5.45 {51.42 + i * 0.01}))"))
            features.append(feature)
        return features

    points = write_gpkg(path, "incidents", "Point?crs=EPSG:4326&field=occurred_on:string(10)"
                                           "&field=category:string(20)", incidents)
    areas = write_gpkg(path, "districts", "Polygon?crs=EPSG:4326&field=district_name:string(20)"
                                            "&field=population:integer",
                       districts)
    return points, areas


def sidecar(path):
    with open(path + SIDECAR, encoding="utf-8") as handle:
        text = handle.read()
    return text, json.loads(text)


def test_layer_parameters_are_named_by_name_source_and_count_never_by_repr(
        wijkradar_provider, tmp_path):
    incidents, districts = city(tmp_path)
    QgsProject.instance().addMapLayer(incidents)
    incidents_source = incidents.source()
    try:
        # as the dock passes them: a project layer id, a layer object, an output definition
        output = QgsProcessingOutputLayerDefinition(str(tmp_path / "density.tif"))
        result = processing.run("wijkradar:kde_hotspots", {
            "INPUT": incidents.id(), "MASK": districts, "RADIUS": 150, "PIXEL_SIZE": 25,
            "OUTPUT": output, "HOTSPOTS": str(tmp_path / "hotspots.gpkg")})
    finally:
        QgsProject.instance().removeMapLayer(incidents.id())
    text, record = sidecar(result["OUTPUT"])
    assert "<Qgs" not in text and "QgsProcessing" not in text
    parameters = record["parameters"]
    assert parameters["MASK"] == {"name": "districts", "source": districts.source(),
                                  "feature_count": 2}
    assert parameters["INPUT"] == {"name": "incidents", "source": incidents_source,
                                   "feature_count": 400}
    assert parameters["OUTPUT"] == str(tmp_path / "density.tif")
    inputs = {i["name"]: i for i in record["inputs"]}
    # the incidents as the algorithm read them, with their file as the source
    assert inputs["incidents"]["source"] == incidents_source
    assert inputs["incidents"]["feature_count"] == 400
    # the mask, which the algorithm did not record itself, with a hash of its own
    assert inputs["districts"]["source"] == districts.source()
    assert inputs["districts"]["feature_count"] == 2
    assert inputs["districts"]["content_hash"].startswith("sha256:")


def test_the_hash_of_an_unrecorded_layer_follows_its_content(tmp_path):
    from wijkradar.processing.provenance import layer_hash

    _, districts = city(tmp_path)
    before = layer_hash(districts)
    copy = QgsVectorLayer(districts.source(), "same content, other name", "ogr")
    assert layer_hash(copy) == before
    assert districts.dataProvider().changeAttributeValues({1: {1: "Centre"}})
    assert layer_hash(QgsVectorLayer(districts.source(), "districts", "ogr")) != before


def test_the_patrol_map_records_its_districts_as_a_layer(wijkradar_provider, tmp_path):
    _, districts = city(tmp_path)
    result = processing.run("wijkradar:patrol_focus_map", {
        "INPUT": districts, "SCORE_FIELD": "population", "ID_FIELD": "district_name",
        "DISTRICTS": districts, "DISTRICT_NAME_FIELD": "district_name",
        "OUTPUT_PDF": str(tmp_path / "map.pdf")})
    text, record = sidecar(result["OUTPUT_PDF"])
    assert "<QgsVectorLayer" not in text
    assert record["parameters"]["DISTRICTS"] == {
        "name": "districts", "source": districts.source(), "feature_count": 2}
