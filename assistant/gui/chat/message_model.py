"""The shown branch of a conversation as a Qt list model, loaded a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from assistant.gui.shared.i18n import tr
from assistant.gui.shared.roles import Role
from assistant.store.records import Message
from assistant.store.repository import Repository

PAGE = 50
Index = QModelIndex | QPersistentModelIndex


class MessageModel(QAbstractListModel):
    """Rows are messages, oldest first; older pages load when the view scrolls up."""

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.conversation_id: int | None = None
        self.private = False  # the open chat neither reads nor adds memories
        self.messages: list[Message] = []
        self._more = False
        self._alternatives: dict[int, tuple[int, int]] = {}

    def open(self, conversation_id: int | None) -> None:
        self.beginResetModel()
        self.conversation_id = conversation_id
        self.messages = self.repo.page(conversation_id, limit=PAGE) if conversation_id else []
        self.private = bool(
            conversation_id and self.repo.conversation(conversation_id).params_dict.get("private")
        )
        self._more = len(self.messages) == PAGE
        self._alternatives.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.open(self.conversation_id)

    # -- lazy loading of older pages ---------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.messages or self.conversation_id is None:
            return
        older = self.repo.page(self.conversation_id, before_id=self.messages[0].id, limit=PAGE)
        self._more = len(older) == PAGE
        if older:
            self.beginInsertRows(QModelIndex(), 0, len(older) - 1)
            self.messages[:0] = older
            self.endInsertRows()

    # -- the model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.messages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.messages):
            return None
        m = self.messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return m.content
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = tr("You") if m.role == "user" else tr("Assistant")
            return tr("{who}: {text}").format(who=who, text=m.content)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._actions_said(m)
        if role == Role.MESSAGE:
            return m
        if role == Role.ALTERNATIVES:
            return self.alternatives(m)
        if role == Role.PRIVATE:
            return self.private
        return None

    def _actions_said(self, m: Message) -> str:
        """What a screen reader says a message offers: its actions, in the context menu
        (the menu key or Shift+F10), code blocks included."""
        from assistant.gui.chat.delegates import caption_parts

        parts = caption_parts(m, self.alternatives(m), private=self.private)
        actions = [label for action, label in parts if action]
        blocks = m.content.count("```") // 2
        if blocks:
            actions.append(tr("copy one of %n code blocks", "", blocks))
        return tr("Menu key: {actions}").format(actions=", ".join(actions))

    def alternatives(self, m: Message) -> tuple[int, int]:
        """(position, count) among the versions of this message."""
        if m.id not in self._alternatives:
            sibs = self.repo.siblings(m.id)
            self._alternatives[m.id] = (sibs.index(m.id) + 1 if m.id in sibs else 1, len(sibs))
        return self._alternatives[m.id]

    # -- streaming ---------------------------------------------------------------------------

    def append_message(self, message: Message) -> None:
        self.beginInsertRows(QModelIndex(), len(self.messages), len(self.messages))
        self.messages.append(message)
        self.endInsertRows()

    def append_text(self, piece: str) -> None:
        """Grow the last (streaming) message; only that row is repainted."""
        idx = self.grow(piece)
        if idx is not None:
            self.row_changed(idx)

    def grow(self, piece: str) -> QModelIndex | None:
        """Grow the last (streaming) message without telling the views (the window
        repaints just the new text, see MessageDelegate.streamed)."""
        if not self.messages:
            return None
        self.messages[-1].content += piece
        return self.index(len(self.messages) - 1)

    def row_changed(self, idx: QModelIndex) -> None:
        self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole])
