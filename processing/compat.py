"""The one place where Wijkradar meets QGIS API that moved between 3.22 and 4.x.

Each name here is the newer API where the running QGIS has it and the 3.22 spelling
otherwise, so the rest of the plugin is written once, without version checks. When the oldest
supported QGIS has the new API, its entry here becomes a plain alias and can go.
"""

from qgis.core import Qgis, QgsProcessingModelChildParameterSource

QGIS_VERSION = Qgis.QGIS_VERSION_INT

# Where a model step's parameter value comes from (ChildOutput, StaticValue, Expression, ...):
# an enum of Qgis since 3.36; the old QgsProcessingModelChildParameterSource.ChildOutput
# is gone in 3.40.
if QGIS_VERSION >= 33600:
    ModelSource = Qgis.ProcessingModelChildParameterSource
else:
    ModelSource = QgsProcessingModelChildParameterSource



def enum_value(member):
    """The number behind an enum member: scoped enums (Qt6, newer QGIS) are not ints."""
    return getattr(member, "value", member)


# Field types: QMetaType.Type from 3.38 (QVariant.Type is deprecated there and gone in Qt6).
_FIELD_TYPE_NAMES = {"int": ("Int", "Int"), "double": ("Double", "Double"),
                     "bool": ("Bool", "Bool"), "string": ("String", "QString"),
                     "date": ("Date", "QDate")}


def field_type(kind):
    """The type to give a QgsField of kind 'int', 'double', 'bool', 'string' or 'date'."""
    variant_name, metatype_name = _FIELD_TYPE_NAMES[kind]
    if QGIS_VERSION >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, metatype_name)
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant.Type, variant_name)
