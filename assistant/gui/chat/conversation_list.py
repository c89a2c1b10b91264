"""Sidebar: conversations grouped Pinned / Today / Previous 7 days / Older, or search hits."""

from __future__ import annotations

import html
import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from assistant.gui.shared.background import Worker
from assistant.gui.shared.i18n import tr
from assistant.gui.shared.roles import Role
from assistant.store.repository import Repository
from assistant.store.search import MARK_END, MARK_START

Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


@dataclass
class Row:
    kind: str  # "header", "conversation" or "hit"
    text: str
    conversation_id: int | None = None
    message_id: int | None = None
    snippet_html: str = ""
    pinned: bool = False


def group_of(updated: float, now: float) -> str:
    start_of_today = now - (now - time.timezone) % 86400
    if updated >= start_of_today:
        return tr("Today")
    if updated >= start_of_today - 7 * 86400:
        return tr("Previous 7 days")
    return tr("Older")


def snippet_html(snippet: str) -> str:
    return html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class ConversationListModel(QAbstractListModel):
    searched = Signal(str)  # the query whose hits are now shown

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.rows: list[Row] = []
        self.query = ""
        # Full-text search grows with the history, so it runs off the GUI thread; the
        # listing is bounded (500 rows, about a millisecond) and stays synchronous so
        # that callers can select the row they just changed.
        self._searcher = Worker("search", self)

    def refresh(self, query: str | None = None) -> None:
        if query is not None:
            self.query = query
        if self.query.strip():
            q = self.query
            self._searcher.submit(
                lambda _job: self._search(q),
                lambda rows: self._show_hits(q, rows),
                lambda _message, _exc: self._show_hits(q, []),  # logged by the worker
                name="search",
            )
            return
        rows: list[Row] = []
        now = time.time()
        current = None
        for c in self.repo.list_conversations(limit=500):
            group = tr("Pinned") if c.pinned else group_of(c.updated, now)
            if group != current:
                rows.append(Row("header", group))
                current = group
            rows.append(Row("conversation", c.title or tr("New chat"), c.id, pinned=bool(c.pinned)))
        self._set_rows(rows)

    def _search(self, query: str) -> list[Row]:
        if query != self.query:  # typed on since: a newer search is queued
            return []
        return [
            Row(
                "hit",
                hit.title or tr("Untitled chat"),
                hit.conversation_id,
                hit.message_id,
                snippet_html(hit.snippet),
            )
            for hit in self.repo.search(query, limit=30)
        ]

    def _show_hits(self, query: str, rows: list[Row]) -> None:
        if query == self.query:
            self._set_rows(rows)
            self.searched.emit(query)

    def _set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def shutdown(self) -> None:
        """Stop the search thread (on close)."""
        self._searcher.shutdown()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].kind == "header":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and row.kind != "header":
            return row.text
        if role == Role.CONVERSATION_ID:
            return row.conversation_id
        if role == Role.KIND:
            return row.kind
        if role == Role.MESSAGE_ID:
            return row.message_id
        if role == Role.SNIPPET:
            return row.snippet_html
        return None

    def row_of(self, conversation_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row.kind == "conversation" and row.conversation_id == conversation_id:
                return i
        return None
