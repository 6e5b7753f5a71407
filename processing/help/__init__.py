"""The help texts of the algorithms, one module per algorithm id.

Like QGIS's own Processing (python/plugins/processing/algs/help/), the long help lives
apart from the algorithm's code, so an algorithm file stays parameters, read, compute and
write. Each module has a ``help_html()`` that returns the translated HTML its algorithm's
``shortHelpString`` shows. The translation context is the algorithm's class name, the same
as ``self.tr()`` in that class, so the Dutch texts in i18n/wijkradar_nl.ts keep matching.
"""
