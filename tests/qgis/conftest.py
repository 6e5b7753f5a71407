"""Fixtures for tests that need QGIS (pytest-qgis starts one QgsApplication per session)."""

import os

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO_GPKG = os.path.join(REPO_ROOT, "resources", "demo", "wijkradar_demo.gpkg")


@pytest.fixture()
def wijkradar_provider(qgis_processing):
    """A fresh Wijkradar provider in QGIS's Processing registry, removed after the test
    (the registry owns providers and deletes them on removal, so none is shared)."""
    from wijkradar.processing.provider import WijkradarProvider

    registry = QgsApplication.processingRegistry()
    assert registry.providerById("wijkradar") is None, "a test left a provider behind"
    provider = WijkradarProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture()
def demo_layer():
    """Opens a layer of the demo GeoPackage by name."""

    def open_layer(name):
        layer = QgsVectorLayer(f"{DEMO_GPKG}|layername={name}", name, "ogr")
        assert layer.isValid(), f"demo layer {name} missing from {DEMO_GPKG}"
        return layer

    return open_layer
