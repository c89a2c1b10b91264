"""The side panel's widgets: New chat, the search field and the conversation list."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from assistant.gui.shared.i18n import tr


class Sidebar(QWidget):
    """Layout only; :class:`~assistant.gui.chat.conversations.Conversations` gives it life."""

    def __init__(self) -> None:
        super().__init__()
        self.new_button = QPushButton(tr("New chat"))
        self.new_button.setAccessibleName(tr("New chat"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search chats"))
        self.search.setAccessibleName(tr("Search chats"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setAccessibleName(tr("Conversations"))
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
