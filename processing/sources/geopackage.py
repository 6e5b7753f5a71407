"""Every vector table of a GeoPackage (also tables without geometry) as a layer."""

import os

from osgeo import gdal
from qgis.core import QgsProviderRegistry, QgsVectorLayer

from ..compat import LayerType
from .errors import LoadError, translate


def open_geopackage(path):
    """Every vector table (also tables without geometry) as a layer named after its table."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise LoadError(translate("DataSources",
                "GeoPackage not found: {}. Check the path, or choose the file "
                "again.").format(path))
    driver = gdal.IdentifyDriverEx(path, gdal.OF_VECTOR | gdal.OF_RASTER)
    if driver is None or driver.ShortName != "GPKG":
        kind = (translate("DataSources", "a {} file").format(driver.ShortName) if driver
                else translate("DataSources", "no format GDAL reads"))
        raise LoadError(translate("DataSources",
                "{} is not a GeoPackage (it is {}). Choose a .gpkg file; load CSV "
                "files with the CSV option.").format(path, kind))
    sublayers = QgsProviderRegistry.instance().querySublayers(path)
    vectors = [sub for sub in sublayers if sub.type() == LayerType.Vector]
    if not vectors:
        raise LoadError(translate("DataSources",
                "{} holds no vector layers (no tables, or only raster tiles). "
                "Choose a GeoPackage with vector tables.").format(path))
    layers = []
    for sub in vectors:
        layer = QgsVectorLayer(sub.uri(), sub.name(), sub.providerKey())
        if not layer.isValid():
            raise LoadError(translate("DataSources",
                    "Table {} of {} cannot be read; the file may be damaged. Open it "
                    "in QGIS's Browser panel to see the error.").format(
                        sub.name(), path))
        layers.append(layer)
    return layers

