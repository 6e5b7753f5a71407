"""Loads Wijkradar's translation (i18n/wijkradar_<language>.qm) into Qt.

Call :func:`install_translator` as early as the plugin is loaded: from ``classFactory`` or
``WijkradarPlugin.__init__``, not only from ``initGui``, because ``qgis_process`` and the
modeler run the Processing algorithms without ever calling ``initGui``. It also routes
core/'s English sentences (privacy findings, risk drivers, reports) through Qt's
translators, so they come out in the same language as the rest of the interface.
"""

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import i18n as core_i18n

I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")

# The one installed translator (Qt keeps no reference: without this it would be collected)
# and its language.
_installed = {"translator": None, "language": None}


def user_language():
    """Two-letter code of QGIS's interface language: the override chosen in QGIS's options
    ("locale/overrideFlag" + "locale/userLocale"), else the system's locale."""
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str) or ""
    if not locale:
        locale = QLocale().name()
    return (locale or "en")[:2].lower()


def qm_path(language):
    return os.path.join(I18N_DIR, f"wijkradar_{language}.qm")


def install_translator(language=None):
    """Installs the translation for ``language`` (default: QGIS's interface language).

    Returns the language now in use ('en' when there is no translation for it). Calling it
    again is harmless: the same language is installed once, another one replaces it.
    """
    language = (language or user_language())[:2].lower()
    if _installed["language"] == language:
        return language
    remove_translator()
    path = qm_path(language)
    translator = QTranslator()
    if language == "en" or not os.path.exists(path) or not translator.load(path):
        return "en"
    QCoreApplication.installTranslator(translator)
    _installed.update(translator=translator, language=language)
    core_i18n.set_translator(QCoreApplication.translate, language)
    locale = QLocale(language)  # numbers as the language writes them: '10.680', 'x67,4'
    core_i18n.set_number_format(locale.decimalPoint(), locale.groupSeparator())
    return language


def remove_translator():
    """Back to English (the plugin's unload, tests)."""
    translator = _installed["translator"]
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    _installed.update(translator=None, language=None)
    core_i18n.set_translator(None)


def installed_language():
    """The language of the installed translation, or None."""
    return _installed["language"]
