"""The window's menus: File, Edit, Models, Presets, View, Help."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from assistant.gui.main_window import MainWindow


def _action(menu: QMenu, text: str, shortcut: object, handler: Callable[[], object]) -> QAction:
    act: QAction = menu.addAction(text)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
    act.triggered.connect(handler)
    return act


def build_menus(w: MainWindow) -> None:
    mb = w.menuBar()
    file = mb.addMenu("&File")
    _action(file, "&New chat", "Ctrl+N", w.new_chat)
    _action(file, "&Summarize document…", "Ctrl+O", w.attach_document)
    _action(file, "&Export chat…", "Ctrl+E", w.export_chat)
    _action(file, "Se&ttings…", "Ctrl+,", w.open_settings)
    file.addSeparator()
    _action(file, "&Quit", QKeySequence.StandardKey.Quit, w.close)
    edit = mb.addMenu("&Edit")
    _action(edit, "&Find in chats", "Ctrl+F", w.focus_search)
    _action(edit, "Find (alternate)", "Ctrl+K", w.focus_search)
    _action(edit, "Copy last answer", "Ctrl+Shift+C", w.copy_last_answer)
    _action(edit, "Stop answer", "Esc", w.engine.stop)
    w.models_menu = mb.addMenu("&Models")
    w.models_menu.aboutToShow.connect(w.fill_models_menu)
    w.model_button.clicked.connect(
        lambda: w.models_menu.popup(w.model_button.mapToGlobal(w.model_button.rect().topLeft()))
    )
    w.fill_models_menu()
    presets = mb.addMenu("&Presets")
    for i, p in enumerate(w.presets.all()):
        act = presets.addAction(p.name)
        act.triggered.connect(partial(w.composer.select_preset, p.id))
        if i < 9:
            act.setShortcut(f"Alt+{i + 1}")
    view = mb.addMenu("&View")
    _action(view, "Toggle sidebar", "Ctrl+B", w.toggle_sidebar)
    help_menu = mb.addMenu("&Help")
    _action(help_menu, "&About", None, w.about)
    for label, handler in (
        ("Rename…", w.rename_selected),
        ("Pin / unpin", w.pin_selected),
        ("Delete", w.delete_selected),
    ):
        a = QAction(label, w.sidebar)
        a.triggered.connect(handler)
        w.sidebar.addAction(a)


def fill_models_menu(w: MainWindow) -> None:
    menu = w.models_menu
    menu.clear()
    group = QActionGroup(menu)
    for i, m in enumerate(w.core.library.installed()):
        act = menu.addAction(m.name)
        act.setCheckable(True)
        act.setChecked(w.model is not None and m.path == w.model.path)
        group.addAction(act)
        if i < 9:
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        act.triggered.connect(partial(w.switch_model, str(m.path)))
    menu.addSeparator()
    manage = menu.addAction("Manage models…")
    manage.setShortcut(QKeySequence("Ctrl+M"))
    manage.triggered.connect(w.open_model_manager)
    menu.addAction("Import GGUF…").triggered.connect(w.import_model)
    menu.addAction("Show models folder").triggered.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(w.core.library.models_dir)))
    )
