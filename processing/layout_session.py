"""The layouts Wijkradar makes for the designer, kept beside the project, never in it.

A patrol focus map draws copies of the user's layers, styled for the page, and the ranked
areas and markers it made. Added to the project they became 'ghost layers': hidden, yet in
the Data table, in the dock's lists and back after the project was reopened. And a layout
in the project's layout manager is written into the project file, where its layers would be
missing after reopening (QGIS writes layouts after any signal a plugin could use to leave
them out). So each layout is kept here for this QGIS session, its layers in a
QgsMapLayerStore of its own: the project's layers and layouts stay exactly the user's. The
dock's "Open in layout designer" opens it; save it as a template from the designer to keep
hand edits. A layout made again under the same name replaces the earlier one (a designer
showing the earlier one closes, as QGIS closes designers of deleted layouts).
"""

from qgis.core import QgsApplication, QgsMapLayerStore

# layout name -> (layout, store); the store owns the layers the layout draws.
_kept = {}
_forget_on_quit_connected = False


def keep(layout, layers):
    """Keeps ``layout`` for this session with ``layers`` in a store of its own; replaces
    a layout kept under the same name."""
    global _forget_on_quit_connected
    if not _forget_on_quit_connected:
        # Layers and layouts must go while QGIS still runs: freed after it exits, they crash
        # the process (the plugin's unload and the tests let go of them too).
        QgsApplication.instance().aboutToQuit.connect(forget)
        _forget_on_quit_connected = True
    forget(layout.name())
    store = QgsMapLayerStore()
    store.addMapLayers(list(layers))  # the store owns them now
    _kept[layout.name()] = (layout, store)


def kept_layout(name):
    """The layout kept under ``name``, or None."""
    return _kept.get(name, (None, None))[0]


def forget(name=None):
    """Lets go of the layout kept under ``name`` (all with None), then of its layers."""
    for key in [name] if name is not None else list(_kept):
        layout, store = _kept.pop(key, (None, None))
        del layout  # first the layout (its designer closes), then the layers it drew
        del store
