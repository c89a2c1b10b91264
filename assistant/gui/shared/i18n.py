"""The window's languages, through Qt's translation system.

Every user-facing string in the GUI is written ``tr("…")`` (plural forms:
``tr("%n file(s)", "", n)``); ``make translations`` runs pyside6-lupdate over the GUI
and pyside6-lrelease into ``resources/translations``. One translation context ("") for
the whole app: a phrase is translated once, wherever it appears.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assistant.ground.resources import resources_dir
from assistant.ground.translatable import FILE_PREFIX
from assistant.ground.translatable import QT_TR_NOOP as QT_TR_NOOP  # the window marks words with it

log = logging.getLogger(__name__)

# Language code → its name in that language (what the Settings menu shows).
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "zh_CN": "简体中文",
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (``%n`` in it becomes ``n``, in its plural form)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def locale_for(language: str) -> QLocale:
    """The locale of a language setting ("" means the system's)."""
    return QLocale(language) if language else QLocale.system()


def install(app: QApplication, language: str) -> QLocale:
    """Load the app's and Qt's own translations for ``language`` into ``app``. Returns the
    locale used. Qt sets the layout direction from the translations it then has (Qt's
    own carry their language's direction), so a right-to-left language mirrors the window.
    (Asking the locale for its direction here would build Qt's enum namespace before the
    first paint: ~11 ms.)"""
    locale = locale_for(language)
    for old in app.findChildren(QTranslator, "offline-assistant-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    folders = (
        (FILE_PREFIX, str(resources_dir() / "translations")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in folders:
        translator = QTranslator(app)
        translator.setObjectName("offline-assistant-translator")
        # load(locale, ...) tries the locale's UI languages in order (de_AT → de).
        loaded = translator.load(locale, name, "_", folder)
        if not loaded and name == FILE_PREFIX:
            # English (or a language we do not ship): the English plural forms.
            log.info("no translation for %s: English", locale.name())
            loaded = translator.load(f"{FILE_PREFIX}_en", folder)
        if loaded:
            app.installTranslator(translator)
    QLocale.setDefault(locale)
    return locale
