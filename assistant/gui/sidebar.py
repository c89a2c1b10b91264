"""The side panel's widgets: New chat, the search field and the conversation list."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget


class Sidebar(QWidget):
    """Layout only; :class:`~assistant.gui.conversations.Conversations` gives it life."""

    def __init__(self) -> None:
        super().__init__()
        self.new_button = QPushButton("New chat")
        self.new_button.setAccessibleName("New chat")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search chats")
        self.search.setAccessibleName("Search chats")
        self.search.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setAccessibleName("Conversations")
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
