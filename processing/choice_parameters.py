"""Enum parameters whose options come from core's choice lists (:mod:`wijkradar.core.choices`).

The options, their order (the indices saved models and ``qgis_process`` calls pass) and the
keys core takes live in core; an algorithm only says which list and which default.
"""

from qgis.core import QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication


def enum_parameter(name, description, choices, default=None, optional=False):
    """A Processing enum parameter with the options of ``choices`` (labels translated under
    the list's context); ``default``: the key of the default option (None: the first)."""
    return QgsProcessingParameterEnum(
        name, description, choices.labels(QCoreApplication.translate),
        defaultValue=0 if default is None else choices.index(default), optional=optional)


def chosen_value(algorithm, parameters, name, context, choices):
    """The key (in ``choices``) of the option given for the enum parameter ``name``."""
    return choices.value(algorithm.parameterAsEnum(parameters, name, context))
