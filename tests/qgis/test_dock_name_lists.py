"""The dock's privacy gate loads deduce's name lists off the interface thread (issue 20).

Loaded by the first scan on the interface thread, the lists froze QGIS for 6-11 s once per
session. The dock now loads them in a background task when it opens; a layer loaded before
they are in waits for them with the event loop running, and is scanned exactly as before."""

import threading
from types import SimpleNamespace

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer

from wijkradar.core import deid
from wijkradar.processing.privacy_gate import scan_layer

from .test_dock import dock, layer_named, wait_until  # noqa: F401 (the dock fixture)
from .test_provenance import write_gpkg

REPORTERS = ["Jan de Vries", "Fatima el Amrani", "Pieter van den Berg", "Sanne Jansen",
             "Kees Bakker", "Mohamed Yilmaz"]


def export_with_names(tmp_path):
    """A city's export in EPSG:4326 with text dates: incidents, and reports that name who
    reported them (names only deduce's lists know, in a field whose name says nothing)."""
    path = tmp_path / "export.gpkg"

    def features(layer, names):
        out = []
        for i in range(60):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.30 + i * 1e-3, 51.69)))
            values = [f"2024-0{i % 9 + 1}-{i % 28 + 1:02d}", "Burglary"]
            feature.setAttributes(values + ([REPORTERS[i % len(REPORTERS)]] if names else []))
            out.append(feature)
        return out

    uri = "Point?crs=EPSG:4326&field=occurrence_date:string(10)&field=incident_type:string(20)"
    write_gpkg(path, "incidents", uri, lambda layer: features(layer, False))
    write_gpkg(path, "reports", uri + "&field=contact:string(40)",
               lambda layer: features(layer, True))
    return str(path)


def no_tasks_running():
    wait_until(lambda: not QgsApplication.taskManager().countActiveTasks(), timeout=120)


@pytest.fixture()
def fresh_session(monkeypatch):
    """deduce's lists as at the start of a QGIS session, with a stand-in for deduce that
    records the threads it is imported and loaded in. Loading ends only once the interface
    thread has run its event loop (``release``): a loader on that thread would wait for
    itself."""
    no_tasks_running()  # no load of an earlier dock still under way
    record = SimpleNamespace(imported_in=[], loaded_in=[], release=threading.Event())

    def available():  # the first call imports deduce
        record.imported_in.append(threading.current_thread())
        return True

    class Lists:
        places = streets = frozenset()

        def __init__(self):
            record.loaded_in.append(threading.current_thread())
            if not record.release.wait(20):  # guards against a hang only
                raise TimeoutError("the interface thread never ran while the lists loaded")

        def annotate(self, text):
            return []

    monkeypatch.setitem(deid._state, "annotator", None)
    monkeypatch.setattr(deid, "available", available)
    monkeypatch.setattr(deid, "_Annotator", Lists)
    yield record
    no_tasks_running()


def test_the_lists_load_off_the_interface_thread_which_keeps_running(
        fresh_session, dock, tmp_path):  # noqa: F811
    QTimer.singleShot(0, fresh_session.release.set)  # fires only if the interface is free
    loaded = dock.data_step.add_geopackage(export_with_names(tmp_path))
    assert {layer.name() for layer in loaded} == {"incidents", "reports"}
    main = threading.main_thread()
    assert fresh_session.loaded_in and main not in fresh_session.loaded_in
    assert fresh_session.imported_in[0] is not main
    assert dock.form.isEnabled() and dock.form.statusLabel.text().startswith("Loaded from")


def test_a_layer_already_in_the_project_is_checked_once_the_lists_are_in(fresh_session,
                                                                         tmp_path):
    from wijkradar.ui.dock import WijkradarDock

    project = QgsProject.instance()
    project.clear()
    path = export_with_names(tmp_path)
    project.addMapLayer(QgsVectorLayer(f"{path}|layername=incidents", "incidents", "ogr"))
    widget = WijkradarDock(None)  # opening the dock does not wait for the lists
    try:
        privacy = widget.form.layerTable.item(0, 2)
        assert privacy.text() == "checking…"
        fresh_session.release.set()
        wait_until(lambda: widget.form.layerTable.item(0, 2).text() == "passed", timeout=60)
        assert threading.main_thread() not in fresh_session.loaded_in
    finally:
        widget.close_tasks()
        no_tasks_running()
        widget.deleteLater()
        project.clear()


def test_the_dock_scans_as_the_privacy_gate_does(dock, tmp_path):  # noqa: F811
    """With deduce (as installed here, or without it) the verdicts are those of a scan of
    the layer on its own; with deduce the names are found in a field named 'contact'."""
    path = export_with_names(tmp_path)
    dock.data_step.add_geopackage(path)
    incidents = layer_named("incidents")
    assert dock.data_step.verdicts[incidents.id()] == scan_layer(incidents)
    reports = scan_layer(QgsVectorLayer(f"{path}|layername=reports", "reports", "ogr"))
    if deid.available():
        assert reports.verdict == "fail" and layer_named("reports") is None
        refusal = dock.iface.bar.currentItem().text()
        assert reports.summary() in refusal and "contact" in refusal
    else:
        assert dock.data_step.verdicts[layer_named("reports").id()] == reports


@pytest.fixture()
def without_deduce(monkeypatch):
    """A QGIS session where deduce is not installed."""
    no_tasks_running()

    def never_built():
        raise AssertionError("deduce is not installed")

    monkeypatch.setitem(deid._state, "annotator", None)
    monkeypatch.setattr(deid, "available", lambda: False)
    monkeypatch.setattr(deid, "_Annotator", never_built)
    yield
    no_tasks_running()


def test_without_deduce_the_dock_scans_with_its_patterns(without_deduce, dock,  # noqa: F811
                                                        tmp_path):
    loaded = dock.data_step.add_geopackage(export_with_names(tmp_path))
    assert {layer.name() for layer in loaded} == {"incidents", "reports"}
    assert {dock.data_step.verdicts[layer.id()].method for layer in loaded} == {"patterns"}


@pytest.fixture()
def unreadable_lists(fresh_session, monkeypatch):
    """deduce installed, but its cache cannot be read."""
    class Broken:
        def __init__(self):
            raise OSError("lookup_structs.pickle: permission denied")

    monkeypatch.setattr(deid, "_Annotator", Broken)


def test_lists_that_cannot_be_loaded_keep_layers_out_with_a_message(
        unreadable_lists, monkeypatch, dock, tmp_path):  # noqa: F811
    """Nothing unchecked enters the project, the message says why, and loading again tries
    once more."""
    path = export_with_names(tmp_path)
    assert dock.data_step.add_geopackage(path) == []
    assert QgsProject.instance().mapLayers() == {}
    message = dock.iface.bar.currentItem().text()
    assert "could not be loaded" in message and "permission denied" in message
    monkeypatch.setattr(deid, "_Annotator", lambda: SimpleNamespace(
        places=frozenset(), streets=frozenset(), annotate=lambda text: []))
    assert len(dock.data_step.add_geopackage(path)) == 2
    assert dock.form.isEnabled()
