"""Polygons onto raster grids and back, through GDAL in memory: a mask of a polygon layer
(:func:`rasterise_polygons`), numbered zones for zonal statistics (:func:`rasterise_zones`:
polygon k becomes zone k + 1 by the pixel-centre rule, as QGIS's zonal statistics, and a
second pass counts how many polygons hold each cell), and labelled cells as polygons
(:func:`polygonise_labels`)."""

from osgeo import gdal, ogr, osr
from qgis.core import QgsFeatureRequest, QgsProject

from ..compat import CrsWktVariant
from .rasters import geotransform


def rasterise_polygons(source, source_crs, target_crs, grid):
    """Boolean (nrows, ncols) array: cells whose centre lies in any polygon of ``source``."""
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(target_crs, QgsProject.instance().transformContext())
    srs = osr.SpatialReference()
    srs.ImportFromWkt(target_crs.toWkt(CrsWktVariant.PreferredGdal))
    memory = ogr.GetDriverByName("Memory").CreateDataSource("mask")
    layer = memory.CreateLayer("mask", srs, geom_type=ogr.wkbMultiPolygon)
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.CreateFeature(out)
    raster = gdal.GetDriverByName("MEM").Create("", grid.ncols, grid.nrows, 1, gdal.GDT_Byte)
    raster.SetGeoTransform(geotransform(grid))
    raster.SetProjection(srs.ExportToWkt())
    gdal.RasterizeLayer(raster, [1], layer, burn_values=[1])
    return raster.GetRasterBand(1).ReadAsArray().astype(bool)



def rasterise_zones(wkbs, projection_wkt, geotransform, shape, count_overlaps=True):
    """(zones, holders): an Int32 grid with zone k + 1 in the cells whose centre lies in
    polygon k (0 elsewhere; where polygons overlap the last one drawn holds the cell), and a
    UInt16 grid of how many polygons hold each cell (None unless ``count_overlaps``)."""
    srs = None
    if projection_wkt:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(projection_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    memory = ogr.GetDriverByName("Memory").CreateDataSource("zones")
    layer = memory.CreateLayer("zones", srs, geom_type=ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("zone", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    for number, blob in enumerate(wkbs, start=1):
        if blob is None:
            continue
        feature = ogr.Feature(definition)
        feature.SetField(0, number)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(blob))
        layer.CreateFeature(feature)
    nrows, ncols = shape
    driver = gdal.GetDriverByName("MEM")
    raster = driver.Create("", ncols, nrows, 1, gdal.GDT_Int32)
    raster.SetGeoTransform(tuple(geotransform))
    if projection_wkt:
        raster.SetProjection(projection_wkt)
    gdal.RasterizeLayer(raster, [1], layer, options=["ATTRIBUTE=zone"])
    zones = raster.GetRasterBand(1).ReadAsArray()
    raster = None
    holders = None
    if count_overlaps:
        counter = driver.Create("", ncols, nrows, 1, gdal.GDT_UInt16)
        counter.SetGeoTransform(tuple(geotransform))
        if projection_wkt:
            counter.SetProjection(projection_wkt)
        gdal.RasterizeLayer(counter, [1], layer, burn_values=[1], options=["MERGE_ALG=ADD"])
        holders = counter.GetRasterBand(1).ReadAsArray()
    return zones, holders



def polygonise_labels(labels, grid):
    """{label: WKB multipolygon} for every non-zero label of an int raster on ``grid``.

    Cells touching only at a corner become separate polygons of one multipolygon.
    """
    import shapely

    raster = gdal.GetDriverByName("MEM").Create("", grid.ncols, grid.nrows, 1, gdal.GDT_Int32)
    raster.SetGeoTransform(geotransform(grid))
    band = raster.GetRasterBand(1)
    band.WriteArray(labels)
    memory = ogr.GetDriverByName("Memory").CreateDataSource("labels")
    layer = memory.CreateLayer("labels", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [])
    parts = {}
    for feature in layer:
        parts.setdefault(feature.GetField(0), []).append(
            shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
    # output_dimension=2: under qgis_process shapely runs on QGIS's (older) GEOS, which
    # refuses shapely's default of 4 dimensions.
    return {label: shapely.to_wkb(shapely.multipolygons(
        shapely.get_parts(shapely.union_all(polygons))), output_dimension=2)
        for label, polygons in parts.items()}
