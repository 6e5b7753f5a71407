"""The plugin loads in QGIS, registers its algorithms and leaves nothing behind."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt

# Ids are a promise: models (.model3) and scripts refer to them.
EXPECTED_ALGORITHM_IDS = {
    "wijkradar:kde_hotspots",
    "wijkradar:local_hotspot_statistics",
    "wijkradar:emerging_hotspots",
    "wijkradar:near_repeat",
    "wijkradar:postcode_risk",
    "wijkradar:evaluate_forecast",
    "wijkradar:area_monitor_index",
    "wijkradar:area_monitor_overlay",
    "wijkradar:privacy_scan",
    "wijkradar:anonymise_incidents",
    "wijkradar:check_disclosure",
    "wijkradar:privacy_register",
    "wijkradar:patrol_focus_map",
    "wijkradar:weekly_briefing",
    "wijkradar:load_cbs_neighbourhoods",
    "wijkradar:join_crime_statistics",
    "wijkradar:join_leefbaarometer",
    "wijkradar:evaluate_intervention",
    "wijkradar:experiment_power",
}


class RecordingIface:
    """Wraps pytest-qgis's iface and records what a plugin adds and removes."""

    def __init__(self, qgis_iface):
        self._iface = qgis_iface
        self.menu_actions = []
        self.toolbar_actions = []
        self.docks = []

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def addPluginToMenu(self, menu, action):
        self.menu_actions.append((menu, action))

    def removePluginMenu(self, menu, action):
        self.menu_actions.remove((menu, action))

    def addToolBarIcon(self, action):
        self.toolbar_actions.append(action)

    def removeToolBarIcon(self, action):
        self.toolbar_actions.remove(action)

    def addDockWidget(self, area, dock):
        self.docks.append(dock)
        self._iface.mainWindow().addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.docks.remove(dock)
        self._iface.mainWindow().removeDockWidget(dock)


@pytest.fixture()
def recording_iface(qgis_iface, qgis_processing):
    assert QgsApplication.processingRegistry().providerById("wijkradar") is None
    qgis_iface.mainWindow().show()  # docks become visible only in a shown main window
    return RecordingIface(qgis_iface)


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_class_factory_loads_the_plugin_with_menu_toolbar_and_provider(recording_iface):
    from wijkradar import classFactory

    plugin = classFactory(recording_iface)
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("wijkradar") is plugin.provider
        assert [menu for menu, _ in recording_iface.menu_actions] == ["&Wijkradar"]
        assert recording_iface.toolbar_actions == [plugin.action]
        assert not plugin.action.icon().isNull()
    finally:
        plugin.unload()


def test_action_toggles_the_dock(recording_iface):
    from wijkradar import classFactory

    plugin = classFactory(recording_iface)
    plugin.initGui()
    try:
        plugin.action.setChecked(True)
        assert plugin.dock is not None and plugin.dock.isUserVisible()
        assert recording_iface.docks == [plugin.dock]
        algorithm_list = plugin.dock.form.algorithmList
        items = [algorithm_list.item(i) for i in range(algorithm_list.count())]
        listed = {item.data(Qt.ItemDataRole.UserRole) for item in items}
        assert listed == EXPECTED_ALGORITHM_IDS
        plugin.action.setChecked(False)
        assert not plugin.dock.isUserVisible()
        plugin.dock.setUserVisible(True)  # the dock's own toggle keeps the action in step
        assert plugin.action.isChecked()
    finally:
        plugin.unload()


def test_unload_leaves_no_action_dock_or_provider(recording_iface):
    from wijkradar import classFactory

    plugin = classFactory(recording_iface)
    plugin.initGui()
    plugin.action.setChecked(True)
    dock, action = plugin.dock, plugin.action
    plugin.unload()
    flush_deletes()
    assert QgsApplication.processingRegistry().providerById("wijkradar") is None
    assert recording_iface.menu_actions == []
    assert recording_iface.toolbar_actions == []
    assert recording_iface.docks == []
    assert sip.isdeleted(dock) and sip.isdeleted(action)
    from wijkradar import translation

    assert translation.installed_language() is None


def test_provider_registers_its_algorithms_with_stable_ids(wijkradar_provider):
    algorithms = wijkradar_provider.algorithms()
    assert {a.id() for a in algorithms} == EXPECTED_ALGORITHM_IDS
    for algorithm in algorithms:
        assert algorithm.displayName() and algorithm.group() and algorithm.groupId()
        assert len(algorithm.shortHelpString()) > 100, algorithm.id()
        assert type(algorithm.createInstance()) is type(algorithm)
        for parameter in algorithm.parameterDefinitions():
            assert parameter.description(), f"{algorithm.id()}: {parameter.name()}"


def test_the_toolbox_opens_a_copy_of_a_shipped_model_in_the_modeler(recording_iface,
                                                                   monkeypatch, tmp_path):
    monkeypatch.syspath_prepend("/usr/share/qgis/python/plugins")  # QGIS's processing
    from processing.gui.ProviderActions import ProviderContextMenuActions
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import QgsProcessingModelAlgorithm
    from qgis.PyQt.QtWidgets import QFileDialog

    # pytest-qgis's iface has no iconSize(), which the dialog asks only to match QGIS's look.
    monkeypatch.setattr("processing.modeler.ModelerDialog.iface", None)
    from wijkradar import classFactory

    plugin = classFactory(recording_iface)
    plugin.initGui()
    registry = QgsApplication.processingRegistry()
    shipped = registry.algorithmById("wijkradar:weekly_briefing")
    with open(shipped.sourceFilePath(), encoding="utf-8") as handle:
        shipped_file = handle.read()
    try:
        # The Toolbox asks each registered action whether it fits the algorithm clicked.
        offered = []
        for algorithm in (shipped, registry.algorithmById("wijkradar:kde_hotspots"),
                          registry.algorithmById("native:buffer")):
            for action in ProviderContextMenuActions.actions:
                action.setData(algorithm, None)
                if not action.is_separator and action.isEnabled():
                    offered.append((algorithm.id(), action.name))
        assert offered == [("wijkradar:weekly_briefing", "Open a Copy in the Modeler…")]
        action = next(a for a in ProviderContextMenuActions.actions
                      if a.name == "Open a Copy in the Modeler…")
        action.setData(shipped, None)
        before = list(ModelerDialog.dlgs)
        action.execute()
        dialog = next(d for d in ModelerDialog.dlgs if d not in before)
        try:
            copy = dialog.model()
            assert copy.displayName() == "Weekly briefing (copy)"
            assert copy.sourceFilePath() == ""  # Save asks where to keep it
            assert set(copy.childAlgorithms()) == set(shipped.childAlgorithms())
            assert copy.validate() == (True, [])
            # the user saves it as a model of their own; the shipped file stays as it was
            saved_path = str(tmp_path / "my_briefing.model3")
            monkeypatch.setattr(QFileDialog, "getSaveFileName",
                                lambda *args, **kwargs: (saved_path, ""))
            assert dialog.saveModel(False)
            saved = QgsProcessingModelAlgorithm()
            assert saved.fromFile(saved_path) and saved.validate() == (True, [])
            assert saved.name() == "Weekly briefing (copy)"
            with open(shipped.sourceFilePath(), encoding="utf-8") as handle:
                assert handle.read() == shipped_file
        finally:
            dialog.setDirty(False)
            dialog.close()
    finally:
        plugin.unload()
    assert action not in ProviderContextMenuActions.actions
