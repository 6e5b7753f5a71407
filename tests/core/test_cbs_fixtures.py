"""The CBS test files in tests/fixtures/cbs are what scripts/make_cbs_fixtures.py writes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ogr = pytest.importorskip("osgeo.ogr", reason="GDAL's Python bindings (osgeo) are missing")

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "cbs"


def fixture_script():
    path = REPO / "scripts" / "make_cbs_fixtures.py"
    spec = importlib.util.spec_from_file_location("make_cbs_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gpkg_content(path: Path) -> dict:
    """Layer -> (EPSG, field names and types, features as (attributes, WKT))."""
    dataset = ogr.Open(str(path), 0)
    content = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        definition = layer.GetLayerDefn()
        fields = [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
                  for i in range(definition.GetFieldCount())]
        features = [(feature.items(), feature.GetGeometryRef().ExportToWkt())
                    for feature in layer]
        content[layer.GetName()] = (layer.GetSpatialRef().GetAuthorityCode(None), fields,
                                    features)
    return content


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cbs")
    return folder, fixture_script().write_all(folder)


def test_the_script_writes_every_committed_fixture(written):
    folder, paths = written
    made = {path.relative_to(folder).as_posix() for path in paths}
    committed = {path.relative_to(FIXTURES).as_posix() for path in FIXTURES.rglob("*")
                 if path.is_file()}
    assert made == committed


def test_the_committed_fixtures_are_what_the_script_writes(written):
    folder, paths = written
    for path in paths:
        name = path.relative_to(folder)
        if path.suffix == ".gpkg":
            assert gpkg_content(path) == gpkg_content(FIXTURES / name), name
        else:
            assert path.read_bytes() == (FIXTURES / name).read_bytes(), name


def test_the_geopackages_follow_the_field_table_of_their_year():
    from wijkradar.core import cbs

    for year in (2021, 2024):
        content = gpkg_content(FIXTURES / f"wijkenbuurten_{year}_v1.gpkg")
        assert set(content) == {"gemeenten", "wijken", "buurten"}
        epsg, fields, features = content["buurten"]
        assert epsg == "28992" and len(features) == 8
        names = [name for name, _ in fields]
        match = cbs.match_schema(names, year)
        assert set(match.fields) == set(cbs.FIELDS_BY_NAME) and not match.renamed
        values = [attributes[cbs.names_in_year(year)["gemiddeld_inkomen_per_inwoner"]]
                  for attributes, _ in features]
        assert values.count(-99999999) == 2  # the water buurt and the tiny one
