"""The plugin loads in QGIS, registers its algorithms and leaves nothing behind."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt

# Ids are a promise: models (.model3) and scripts refer to them.
EXPECTED_ALGORITHM_IDS = {
    "wijkradar:kde_hotspots",
    "wijkradar:postcode_risk",
    "wijkradar:evaluate_forecast",
    "wijkradar:area_monitor_index",
    "wijkradar:area_monitor_overlay",
    "wijkradar:privacy_scan",
    "wijkradar:anonymise_incidents",
    "wijkradar:patrol_focus_map",
    "wijkradar:weekly_briefing",
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
