"""Loaders behind the dock's Data step: GeoPackage, CSV (X/Y or postcode) and PostGIS.

QGIS core only, no widgets and no project: every function may run inside a ``QgsTask``; the
caller adds the returned layers to the project (in the main thread), after the privacy gate
(``processing/privacy_gate.py``). Anything a user can get wrong raises
``errors.LoadError``, whose text is a sentence saying what is wrong and how to fix it.

- ``geopackage.py``: every vector table of a GeoPackage as a layer;
- ``csv_table.py``: a CSV file's header and rows, its delimiter and encoding found; the
  sample the CSV dialog guesses its columns from;
- ``csv_points.py``: a CSV as points, by its X/Y columns or at each row's postcode area;
- ``postgis.py``: the saved PostgreSQL connections, their spatial tables, a table as a layer;
- ``summary.py``: what the dock shows of a layer (features, CRS, period).

Why here, in ``processing/`` and not in ``ui/``: the loaders read sources into QGIS layers,
as ``processing/io/`` does, and need no widget, so they sit below the dock in the
one direction of imports (ui -> processing -> core). A folder of their own beside ``core/``,
``processing/`` and ``ui/`` would add a fourth layer a newcomer must place; here the three
layers stay three. The dialogs that ask for a file, columns or a table are widgets and stay
in ``ui/source_dialogs.py``.
"""
