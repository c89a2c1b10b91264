"""Memory in the window: the Memory page (Edit → Memory…), New private chat, Remember…
on the person's own messages (the fact is shown to them first, never kept unseen), the
memories an answer used, and the "Private" mark above a private chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QWidget

from assistant.ground.errors import UserError
from assistant.gui.shared.i18n import tr
from assistant.store.memories import Memories
from assistant.store.records import Message

if TYPE_CHECKING:
    from assistant.gui.chat.chat_controller import ChatController
    from assistant.gui.chat.conversations import Conversations
    from assistant.gui.chat.message_model import MessageModel


class MemoryController(QObject):
    """Owns the memory actions of the window."""

    def __init__(
        self,
        memories: Memories,
        conversations: Conversations,
        messages: MessageModel,
        chatting: ChatController,
        mark: QLabel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.memories = memories
        self.conversations = conversations
        self.messages = messages
        self.parent_widget = parent
        self.dialog: QDialog | None = None  # the open Memory page (tests, screenshots)
        self.mark = mark  # "Private chat" above the conversation
        self.mark.setText(tr("Private chat: memories are not used or added"))
        self.mark.hide()
        chatting.more_actions.update(remember=self.remember, memories=self.show_used)
        messages.modelReset.connect(self._update_mark)
        conversations.opened.connect(self._update_mark)

    def open_page(self) -> None:
        from assistant.gui.personal.memory_dialog import MemoryDialog

        dialog = MemoryDialog(self.memories, self.parent_widget)
        self.dialog = dialog
        dialog.open()

    def new_private_chat(self) -> None:
        self.conversations.new_chat(private=True)
        self._update_mark()

    def remember(self, m: Message) -> None:
        """Propose one of the person's messages as a memory; they edit and confirm it."""
        text, ok = QInputDialog.getMultiLineText(
            self.parent_widget, tr("Remember"), tr("A fact to keep across chats:"), m.content
        )
        if not ok:
            return
        try:
            self.memories.add(text)
        except UserError as exc:
            QMessageBox.warning(self.parent_widget, tr("Remember"), str(exc))

    def show_used(self, m: Message) -> None:
        """Which memories an answer was given."""
        used = "\n".join(f"• {x['text']}" for x in m.memories_list)
        QMessageBox.information(self.parent_widget, tr("Memories used"), used)

    def _update_mark(self) -> None:
        current = self.conversations.current
        private = self.messages.private if current is not None else self.conversations.private_next
        self.mark.setVisible(private)
