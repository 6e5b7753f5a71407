"""What a loader tells the user: ``LoadError`` and the translation of its messages."""

from qgis.PyQt.QtCore import QCoreApplication


class LoadError(Exception):
    """Data that cannot be loaded; ``str(error)`` tells the user what is wrong and what to do."""


def translate(context, text):
    """QCoreApplication.translate under the name pylupdate5 looks for, kept short."""
    return QCoreApplication.translate(context, text)

