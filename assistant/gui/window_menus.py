"""The main window's menu bar, as a table: which menu holds which command, with its
shortcut (the shortcut set is documented in README.md)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from assistant.gui.shared.i18n import tr
from assistant.gui.shared.menus import MenuSpec

if TYPE_CHECKING:
    from assistant.gui.chat.chat_controller import ChatController
    from assistant.gui.chat.composer import Composer
    from assistant.gui.chat.conversations import Conversations
    from assistant.gui.documents.collections_controller import CollectionsController
    from assistant.gui.documents.documents_controller import Documents
    from assistant.gui.models.models_menu import ModelsMenu
    from assistant.gui.personal.memory_controller import MemoryController
    from assistant.gui.speech.transcribe_controller import Transcriptions
    from assistant.gui.speech.voice_mode import VoiceMode
    from assistant.gui.tools.tools_controller import ToolsController
    from assistant.presets import PresetLibrary


class MenuHost(Protocol):
    """What the menu table needs of the window (the window is one; the table does not
    import it, so the two never import each other)."""

    conversations: Conversations
    chatting: ChatController
    documents: Documents
    transcriptions: Transcriptions
    voice_mode: VoiceMode
    memory: MemoryController
    tools: ToolsController
    collections: CollectionsController
    composer: Composer
    models_menu: ModelsMenu
    presets: PresetLibrary

    def window(self) -> QWidget: ...
    def open_settings(self) -> None: ...
    def stop(self) -> None: ...
    def toggle_sidebar(self) -> None: ...
    def about(self) -> None: ...
    def close(self) -> bool: ...


def main_menus(w: MenuHost) -> dict[str, MenuSpec]:
    """File, Edit, Models, Presets, View and Help, wired to the window's parts."""
    conv, chat = w.conversations, w.chatting
    presets = w.presets.all()
    return {
        tr("&File"): [
            (tr("&New chat"), "Ctrl+N", conv.new_chat),
            (tr("New &private chat"), "Ctrl+Shift+N", w.memory.new_private_chat),
            (tr("&Summarize document…"), "Ctrl+O", w.documents.choose),
            (tr("&Documents…"), "Ctrl+Shift+D", w.collections.open),
            (tr("T&ranscribe audio or video…"), "Ctrl+Shift+T", w.transcriptions.choose),
            (tr("&Voice mode"), "Ctrl+Shift+V", w.voice_mode.toggle),
            (tr("&Export chat…"), "Ctrl+E", lambda: conv.export_current(w.window())),
            (tr("&Import chats…"), "Ctrl+Shift+I", lambda: conv.import_chats(w.window())),
            (tr("Se&ttings…"), "Ctrl+,", w.open_settings),
            (tr("T&ools…"), None, w.tools.open_page),
            None,
            (tr("&Quit"), QKeySequence.StandardKey.Quit, w.close),
        ],
        tr("&Edit"): [
            (tr("&Find in chats"), "Ctrl+F", conv.focus_search),
            (tr("Find (alternate)"), "Ctrl+K", conv.focus_search),
            (tr("Copy last answer"), "Ctrl+Shift+C", chat.copy_last_answer),
            (tr("&Memory…"), None, w.memory.open_page),
            (tr("Stop answer"), "Esc", w.stop),
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
