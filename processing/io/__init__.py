"""Reading QGIS layers into the arrays ``core/`` computes on, and writing results back.

One module per kind of thing, shared by every algorithm and the dock:

- :mod:`.crs`: the metric CRS to compute in, reprojection of extents and areas;
- :mod:`.gdal_files`: saved layers read straight through GDAL in Arrow batches;
- :mod:`.points`: incidents and other points in batches (coordinates, weights, dates);
- :mod:`.point_tables`: points read whole (with a type filter), one point per feature;
- :mod:`.areas`: polygons with ids and numeric fields;
- :mod:`.tables`: attribute columns without geometries;
- :mod:`.rasters`: raster bands in, GeoTIFFs out;
- :mod:`.rasterise`: polygons onto grids and labelled cells back to polygons;
- :mod:`.values`: QGIS attribute values to plain Python and back, new fields;
- :mod:`.labels`: how a layer or field is named in messages and reports;
- :mod:`.dates`: date parameters and date fields.
"""
