"""Languages: every visible string goes through Qt's translation system (a pseudo-locale
marks each translated string; a string without the mark was never translatable), the
shipped translations are complete and load by the language setting, and a right-to-left
layout mirrors the window."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from assistant.ground.resources import resources_dir
from assistant.gui.chat.delegates import caption_parts
from assistant.gui.shared import i18n
from tests.gui_window import send, shot

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
TRANSLATIONS = resources_dir() / "translations"
SHIPPED = ("de", "fr", "es", "zh_CN")


class Pseudo(QTranslator):
    """A pseudo-locale: every string Qt is asked to translate comes back marked."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "":  # Qt's own strings (dialog buttons) are Qt's business
            return ""
        return f"{MARK_OPEN}{source}{MARK_CLOSE}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[Pseudo]:
    p = Pseudo()
    qapp.installTranslator(p)
    yield p
    qapp.removeTranslator(p)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every piece of text a user sees or hears in ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        yield f"{kind} tooltip", w.toolTip()
        yield f"{kind} accessible name", w.accessibleName()
        yield f"{kind} accessible description", w.accessibleDescription()
        if w.isWindow():
            yield f"{kind} title", w.windowTitle()
        if isinstance(w, QLabel):
            yield "label", w.text()
        if isinstance(w, QAbstractButton):
            yield "button", w.text()
        if isinstance(w, QGroupBox):
            yield "group", w.title()
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "combo item", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                yield "column", item.text() if item is not None else ""
        for action in w.actions():
            yield "action", action.text()
            auto = action.text().replace("&", "").removesuffix("…")  # Qt's default tooltip
            yield (
                "action tooltip",
                "" if action.toolTip() in (auto, action.text()) else action.toolTip(),
            )
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield "menu", menu.title()
                for sub in menu.actions():
                    yield "menu action", sub.text()


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    """Visible strings with letters that carry no pseudo mark and are not user data."""
    bad = []
    for where, text in visible_texts(root):
        plain = re.sub(r"<[^>]+>", "", text)
        if not re.search(r"[A-Za-z]", plain) or MARK_OPEN in text:
            continue
        if any(d and d in plain for d in data) and not re.sub(
            "|".join(re.escape(d) for d in data if d), "", plain
        ).strip(" ·—:()[]/,.-★"):
            continue  # only names the user's data (a model, a file, a chat)
        bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


def user_data(w: Any) -> set[str]:
    names = {m.name for m in w.core.library.installed(None)}
    names |= {m.path.name for m in w.core.library.installed(None)}
    from assistant.models.catalog import load_catalog

    names |= {e.name for e in load_catalog()}  # models' own names, as their makers wrote them
    from assistant.gui.settings.speech_rows import SPOKEN
    from assistant.speech.installed import speech_models, voices

    models_dir = w.core.library.models_dir
    names |= {m.name for m in speech_models(models_dir)} | {v.name for v in voices(models_dir)}
    # Languages are named in their own language, whatever the window's.
    languages = set(i18n.LANGUAGES.values()) | set(SPOKEN.values())
    return names | languages | {"Offline Assistant", "http://192.168.1.20:8080/v1"}


def test_every_visible_string_is_translatable(fake_window: Any, qtbot: Any, pseudo: Pseudo) -> None:
    # The window is built before the translator: build a fresh one in the pseudo-locale.
    from assistant.gui.main_window import MainWindow
    from assistant.gui.models.model_settings_dialog import ModelSettingsDialog
    from assistant.gui.models.remote_dialog import RemoteDialog
    from assistant.gui.settings.settings_dialog import SettingsDialog

    w = MainWindow(fake_window.core)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.active is not None, timeout=30_000)
    data = user_data(w)
    send(qtbot, w, "Hello there")
    problems = untranslated(w, data)
    # The conversation's own words are painted, not widgets: the line under each message
    # (and what a screen reader hears of a message, its role).
    for m in w.messages.messages:
        d = w.chatting.delegate
        for action, label in caption_parts(m, (1, 1), d.model_names, d.preset_names):
            if action and MARK_OPEN not in label:
                problems.append(f"caption: {label!r}")
            if not action:  # the facts line: the preset by its (translated) name
                assert m.role != "assistant" or MARK_OPEN + "Chat" in label, label
    spoken = w.messages.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert MARK_OPEN in spoken, spoken
    settings = SettingsDialog(w.core, list(w.composer.presets.values()), w)
    problems += untranslated(settings, data)
    w.open_model_manager()
    problems += untranslated(w.dialog, data)
    documents = w.collections.open()
    problems += untranslated(documents, data)
    model = w.core.library.installed("chat")[0]
    problems += untranslated(ModelSettingsDialog(w.core, model, w), data)
    problems += untranslated(RemoteDialog(w, set()), data)
    shot(w, "pseudo-locale")
    assert problems == [], "not translatable:\n" + "\n".join(problems)


def translations_script() -> Any:
    """scripts/translations.py, the tool ``make translations`` runs."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ts_messages(language: str) -> list[ElementTree.Element]:
    tree = ElementTree.parse(TRANSLATIONS / f"offline_assistant_{language}.ts")
    return list(tree.iter("message"))


def test_translation_sources_are_current_and_complete(tmp_path: Path) -> None:
    """The .ts files hold every string of the code (lupdate finds nothing new), each
    translated, with the same {placeholders}, %n and HTML tags as the English."""
    out = tmp_path / "current.ts"
    translations_script().lupdate([out])
    sources = {m.findtext("source") for m in ElementTree.parse(out).iter("message")}
    for language in SHIPPED:
        messages = ts_messages(language)
        shipped = {m.findtext("source") for m in messages}
        assert sources - shipped == set(), f"{language}: run make translations"
        for m in messages:
            source = m.findtext("source") or ""
            t = m.find("translation")
            assert t is not None and t.get("type") not in ("unfinished", "obsolete"), (
                f"{language}: {source!r} is not translated"
            )
            forms = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
            for text in forms:
                assert text.strip(), f"{language}: {source!r} is empty"
                for pattern in (r"\{\w*\}", r"<[a-z]+\b", r"&\w"):
                    expected = sorted(re.findall(pattern, source))
                    if pattern == r"&\w":  # a mnemonic: any letter, but there is one
                        expected = ["&"] * len(expected)
                        found = ["&"] * len(re.findall(pattern, text))
                    else:
                        found = sorted(re.findall(pattern, text))
                    assert found == expected, f"{language}: {source!r} → {text!r}"
                if "%n" in source:
                    assert "%n" in text, f"{language}: {source!r} → {text!r}"


@pytest.mark.parametrize("language", SHIPPED)
def test_compiled_translations_load(qapp: QApplication, language: str, tmp_path: Path) -> None:
    """The .qm beside each .ts is its current compilation, and installing the language
    translates the window's words."""
    ts = TRANSLATIONS / f"offline_assistant_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run make translations"
    try:
        i18n.install(qapp, language)
        assert i18n.tr("New chat") != "New chat"
        plural = i18n.tr("%n repositories.", "", 3)
        assert "3" in plural and plural != "3 repositories."
    finally:
        i18n.install(qapp, "en")
    assert i18n.tr("New chat") == "New chat"


def fresh_window(qtbot: Any, core: Any) -> Any:
    """A new main window on ``core``, built in the language and direction now in force."""
    from assistant.gui.main_window import MainWindow

    w = MainWindow(core)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.active is not None, timeout=30_000)
    return w


def test_system_language_is_the_default(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert i18n.locale_for("").name() == QLocale.system().name()
    assert i18n.locale_for("fr").language() == QLocale.Language.French


@pytest.mark.parametrize(("language", "name"), [("de", "german"), ("zh_CN", "chinese")])
def test_window_in_another_language(
    qapp: QApplication, fake_window: Any, qtbot: Any, language: str, name: str
) -> None:

    if language == "zh_CN":  # else the screenshot shows boxes, not words
        chinese = QFontDatabase.WritingSystem.SimplifiedChinese
        assert QFontDatabase.families(chinese), "no Chinese font: scripts/setup.sh installs one"
    i18n.install(qapp, language)
    try:
        w = fresh_window(qtbot, fake_window.core)
        assert w.composer.send.text() == QCoreApplication.translate("", "Send")
        assert w.composer.send.text() != "Send"
        shot(w, f"language-{name}")
    finally:
        i18n.install(qapp, "en")


def test_right_to_left_mirrors_the_window(qapp: QApplication, fake_window: Any, qtbot: Any) -> None:

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        w = fresh_window(qtbot, fake_window.core)
        qtbot.wait(50)
        sidebar = w.sidebar.mapTo(w, w.sidebar.rect().topLeft()).x()
        chat = w.chat.mapTo(w, w.chat.rect().topLeft()).x()
        assert sidebar > chat, "the chat list is on the right in a right-to-left language"
        send = w.composer.send.mapTo(w, w.composer.send.rect().topLeft()).x()
        attach = w.composer.attach.mapTo(w, w.composer.attach.rect().topLeft()).x()
        assert send < attach, "the send button ends the line: on the left"
        shot(w, "right-to-left")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # from the language


def test_a_right_to_left_language_turns_the_layout(qapp: QApplication) -> None:
    """Arabic (no translation of ours, Qt's own) reads right to left: the window follows."""
    try:
        i18n.install(qapp, "ar")
        QApplication.processEvents()
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.install(qapp, "en")
        QApplication.processEvents()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_has_its_plural_forms(qapp: QApplication) -> None:
    """English is the source text, written once with %n: its file holds the forms."""
    sources = {m.findtext("source") for m in ts_messages("de") if m.get("numerus") == "yes"}
    english = {m.findtext("source"): m for m in ts_messages("en")}
    assert sources == set(english)
    for source, m in english.items():
        forms = [f.text or "" for f in m.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f or "code block" in f for f in forms), source
    try:
        i18n.install(qapp, "en")
        assert i18n.tr("%n passages", "", 1) == "1 passage"
        assert i18n.tr("%n passages", "", 2) == "2 passages"
    finally:
        i18n.install(qapp, "en")
