"""Wijkradar: crime and safety analysis for Dutch municipalities, as a QGIS plugin.

QGIS calls :func:`classFactory`; everything else is imported lazily so that importing the
package (for tests, for ``qgis_process``) costs nothing and needs no running interface.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance QGIS asks for when the plugin is enabled."""
    from .plugin import WijkradarPlugin

    return WijkradarPlugin(iface)
