"""The command line's words in the user's language, from the window's translation files
(resources/translations/offline_assistant_LANG.qm: one set for both). The language is
the one chosen in Settings, else the environment's (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG). English needs nothing loaded; another language loads Qt's translator (QtCore
only) on the first word. Output meant for programs (JSON, tables of ids) stays as is."""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger(__name__)
_translators: dict[str, Any] = {}  # "user" / "en" → QTranslator or None, once looked for


def language() -> str:
    """The language the command line speaks ("" or "C": English)."""
    try:
        from assistant.ground.paths import app_paths
        from assistant.ground.settings import Settings

        chosen = Settings.load(app_paths().settings_file).language
    except Exception:  # a broken settings file must not break --help
        chosen = ""
    if chosen:
        return chosen
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return value.split(":")[0].split(".")[0]
    return ""


def _load(lang: str) -> Any:
    if not lang or lang in ("C", "POSIX"):
        return None
    try:
        from PySide6.QtCore import QLocale, QTranslator

        from assistant.ground.resources import resources_dir
        from assistant.ground.translatable import FILE_PREFIX

        translator = QTranslator()
        folder = str(resources_dir() / "translations")
        if translator.load(QLocale(lang), FILE_PREFIX, "_", folder):
            return translator
    except Exception:  # no Qt here: the command line speaks English
        log.debug("no translation for %s", lang, exc_info=True)
    return None


def _translator(which: str) -> Any:
    if which not in _translators:
        lang = language() if which == "user" else "en"
        english = not lang or lang in ("C", "POSIX") or lang.startswith("en")
        _translators[which] = _load(lang) if which == "en" or not english else None
    return _translators[which]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (``%n`` in it becomes ``n``, in its plural form).
    In English only a count needs the translation file (for "1 file", "2 files")."""
    out = ""
    for which in ("user", "en") if n >= 0 else ("user",):
        translator = _translator(which)
        if translator is not None:
            out = translator.translate("", text, disambiguation, n)
        if out:
            break
    out = out or text
    return out.replace("%n", str(n)) if n >= 0 else out
