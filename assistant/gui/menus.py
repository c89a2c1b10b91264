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
    facts = w.facts
    remote_now = facts.name if facts is not None and facts.architecture == "remote" else None
    current = None if remote_now else getattr(w.model, "path", None)
    entries = [(m.name, str(m.path), m.path == current) for m in w.core.library.installed()]
    if w.core.settings.remotes:
        entries.append(("", "", False))  # a separator
    entries += [(f"{n} (remote)", n, n == remote_now) for n in w.core.settings.remotes]
    shortcut = 0
    for label, target, current in entries:
        if not label:
            menu.addSeparator()
            continue
        act = menu.addAction(label)
        act.setCheckable(True)
        act.setChecked(current)
        group.addAction(act)
        shortcut += 1
        if shortcut <= 9:
            act.setShortcut(QKeySequence(f"Ctrl+{shortcut}"))
        act.triggered.connect(partial(w.switch_model, target))
    menu.addSeparator()
    manage = menu.addAction("Manage models…")
    manage.setShortcut(QKeySequence("Ctrl+M"))
    manage.triggered.connect(w.open_model_manager)
    menu.addAction("Import GGUF…").triggered.connect(w.import_model)
    menu.addAction("Add remote server…").triggered.connect(partial(add_remote, w))
    menu.addAction("Show models folder").triggered.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(w.core.library.models_dir)))
    )
    menu.addSeparator()
    api = menu.addAction("Local API server (OpenAI-compatible)")
    api.setCheckable(True)
    api.setChecked(w.api_server.running)
    api.toggled.connect(partial(toggle_api_server, w))


def toggle_api_server(w: MainWindow, on: bool) -> None:
    if on and not w.api_server.running:
        w.api_server.start()
    elif not on and w.api_server.running:
        w.api_server.stop()


def add_remote(w: MainWindow) -> None:
    """Ask for a server's address; it is kept only if its model answers."""
    from assistant.gui.remote_dialog import RemoteDialog

    dialog = RemoteDialog(w, {m.name.lower() for m in w.core.library.installed()})
    if not dialog.exec():
        return
    name, config = dialog.result_config()
    settings = w.core.settings
    settings.remotes[name] = config

    def loaded(*_: object) -> None:
        settings.save(w.core.paths.settings_file)
        done()

    def failed(_message: str) -> None:
        settings.remotes.pop(name, None)
        done()

    def done() -> None:
        w.engine.model_loaded.disconnect(loaded)
        w.engine.model_failed.disconnect(failed)

    w.engine.model_loaded.connect(loaded)
    w.engine.model_failed.connect(failed)
    w.switch_model(name)
