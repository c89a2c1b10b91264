"""The main window's menu bar, as a table: which menu holds which command, with its
shortcut (the shortcut set is documented in README.md)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from assistant.gui.i18n import tr
from assistant.gui.menus import MenuSpec

if TYPE_CHECKING:
    from assistant.gui.main_window import MainWindow


def main_menus(w: MainWindow) -> dict[str, MenuSpec]:
    """File, Edit, Models, Presets, View and Help, wired to the window's parts."""
    conv, chat = w.conversations, w.chatting
    presets = w.presets.all()
    return {
        tr("&File"): [
            (tr("&New chat"), "Ctrl+N", conv.new_chat),
            (tr("&Summarize document…"), "Ctrl+O", w.documents.choose),
            (tr("&Documents…"), "Ctrl+Shift+D", w.collections.open),
            (tr("&Export chat…"), "Ctrl+E", lambda: conv.export_current(w)),
            (tr("&Import chats…"), "Ctrl+Shift+I", lambda: conv.import_chats(w)),
            (tr("Se&ttings…"), "Ctrl+,", w.open_settings),
            None,
            (tr("&Quit"), QKeySequence.StandardKey.Quit, w.close),
        ],
        tr("&Edit"): [
            (tr("&Find in chats"), "Ctrl+F", conv.focus_search),
            (tr("Find (alternate)"), "Ctrl+K", conv.focus_search),
            (tr("Copy last answer"), "Ctrl+Shift+C", chat.copy_last_answer),
            (tr("Stop answer"), "Esc", w.engine.stop),
        ],
        "&Models": w.models_menu,
        tr("&Presets"): [
            (
                tr(p.name),
                f"Alt+{i + 1}" if i < 9 else None,
                partial(w.composer.select_preset, p.id),
            )
            for i, p in enumerate(presets)
        ],
        tr("&View"): [(tr("Toggle sidebar"), "Ctrl+B", w.toggle_sidebar)],
        tr("&Help"): [(tr("&About"), None, w.about)],
    }
