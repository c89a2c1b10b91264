"""The conversations side of the window: which chat is open, the sidebar (search,
rename, pin, delete with Undo), opening a chat at a search hit, export."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QInputDialog, QListView, QWidget

from assistant.ground.errors import UserError
from assistant.gui.chat.conversation_list import ConversationListModel
from assistant.gui.chat.message_model import MessageModel
from assistant.gui.chat.sidebar import Sidebar
from assistant.gui.shared.i18n import tr
from assistant.gui.shared.roles import Role
from assistant.store.repository import Repository

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.shared.background import Worker

log = logging.getLogger(__name__)


class Conversations(QObject):
    """Owns the open conversation and the sidebar's behaviour."""

    opened = Signal()  # a chat (or a new, empty one) is now shown
    created = Signal(int)  # a new chat got its id (its first message is being sent)
    opened_with_model = Signal(str)  # the open chat was written with this model
    deleted = Signal(int)  # a conversation id, restorable with undo_delete
    failed = Signal(str)
    notice = Signal(str)  # a result to tell the user (chats imported)

    def __init__(
        self, repo: Repository, sidebar: Sidebar, chat: QListView, messages: MessageModel
    ) -> None:
        super().__init__(sidebar)
        self.repo = repo
        self.sidebar = sidebar
        self.chat = chat
        self.messages = messages
        self.current: int | None = None
        self.private_next = False  # the next new chat is private
        self._trash: Worker | None = None
        self.list_model = ConversationListModel(repo)
        sidebar.list.setModel(self.list_model)
        sidebar.new_button.clicked.connect(self.new_chat)
        sidebar.search.textChanged.connect(self.list_model.refresh)
        sidebar.list.clicked.connect(self.open_index)
        sidebar.list.activated.connect(self.open_index)

    def new_chat(self, private: bool = False) -> None:
        """An empty chat; ``private``: it will neither read nor add memories."""
        self.private_next = private
        self.current = None
        self.messages.open(None)
        self.sidebar.list.clearSelection()
        self.opened.emit()

    def started(self, cid: int) -> None:
        """A new conversation was created for the first message."""
        self.current = cid
        self.created.emit(cid)

    def show_current(self) -> None:
        """Reload the open chat (after an answer) and select it in the sidebar."""
        if self.current is None:
            return
        self.messages.open(self.current)
        self.select_current()
        self.chat.scrollToBottom()

    def select_current(self) -> None:
        """Refresh the sidebar (titles, order) and select the open chat in it."""
        self.list_model.refresh()
        row = self.list_model.row_of(self.current) if self.current is not None else None
        if row is not None:
            self.sidebar.list.setCurrentIndex(self.list_model.index(row))

    def open(self, cid: int, message_id: int | None = None) -> None:
        """Show a conversation; with ``message_id``, scrolled to that message."""
        self.current = cid
        self.messages.open(cid)
        if message_id is not None:
            self._reveal(message_id)
        else:
            self.chat.scrollToBottom()
        model = self.repo.conversation(cid).model
        if model:
            self.opened_with_model.emit(model)
        self.opened.emit()

    def _reveal(self, message_id: int) -> None:
        ids = [m.id for m in self.messages.messages]
        if message_id not in ids:  # a hit on another branch: show that branch
            self.repo.show_branch(message_id)
            self.messages.open(self.current)
            ids = [m.id for m in self.messages.messages]
        while message_id not in ids and self.messages.canFetchMore():
            self.messages.fetchMore()
            ids = [m.id for m in self.messages.messages]
        if message_id in ids:
            self.chat.scrollTo(
                self.messages.index(ids.index(message_id)),
                QAbstractItemView.ScrollHint.PositionAtCenter,
            )

    def open_index(self, index: QModelIndex) -> None:
        cid = index.data(Role.CONVERSATION_ID)
        if cid is not None:
            self.open(cid, index.data(Role.MESSAGE_ID))

    def _selected(self) -> int | None:
        idx = self.sidebar.list.currentIndex()
        return idx.data(Role.CONVERSATION_ID) if idx.isValid() else self.current

    def rename_selected(self) -> None:
        cid = self._selected()
        if cid is None:
            return
        title, ok = QInputDialog.getText(
            self.sidebar, tr("Rename chat"), tr("Title:"), text=self.repo.conversation(cid).title
        )
        if ok and title.strip():
            self.repo.rename(cid, title)
            self.list_model.refresh()

    def pin_selected(self) -> None:
        cid = self._selected()
        if cid is not None:
            self.repo.pin(cid, not self.repo.conversation(cid).pinned)
            self.list_model.refresh()

    def delete_selected(self) -> None:
        cid = self._selected()
        if cid is None:
            return
        self.repo.delete(cid)
        if cid == self.current:
            self.new_chat()
        self.list_model.refresh()
        self.deleted.emit(cid)

    def empty_trash(self, core: Core) -> None:
        """Remove, in the background, chats deleted long ago (``Core.empty_trash``)."""
        from assistant.gui.shared.background import Worker

        if self._trash is None:
            self._trash = Worker("trash", self)
        # Housekeeping: a failure is logged (with the traceback, by the worker), not shown.
        self._trash.submit(
            lambda _job: core.empty_trash(),
            failed=lambda message, _exc: log.warning("emptying the trash: %s", message),
        )

    def undo_delete(self, cid: int) -> None:
        self.repo.undo_delete(cid)
        self.list_model.refresh()

    def export_current(self, parent: QWidget) -> None:
        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Export chat"),
            str(Path.home() / "chat.md"),
            tr("Markdown (*.md);;JSON (*.json)"),
        )
        if path:
            from assistant.store.exchange import export

            fmt = "json" if path.endswith(".json") else "md"
            try:
                export(self.repo, [self.current], fmt, Path(path))
            except (UserError, OSError) as exc:  # a bug goes on to the log
                self.failed.emit(str(exc))

    def import_chats(self, parent: QWidget) -> None:
        """Chats exported from this app, ChatGPT, Open WebUI or LM Studio (read off the
        GUI thread: a ChatGPT export can be hundreds of megabytes)."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Import chats"),
            str(Path.home()),
            tr("Chat exports (*.json *.jsonl *.zip);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from assistant.gui.shared.background import Worker
        from assistant.store.exchange import import_json

        if not hasattr(self, "_importer"):
            self._importer = Worker("import", self)

        def done(ids: list[int]) -> None:
            self.list_model.refresh()
            self.notice.emit(
                tr("Imported %n chats from {file}.", "", len(ids)).format(file=path.name)
            )
            if ids:
                self.open(ids[0])

        self._importer.submit(
            lambda _job: import_json(self.repo, path),
            done,
            lambda message, _exc: self.failed.emit(message),
            name="import chats",
        )

    def add_list_actions(self) -> None:
        """Rename, pin and delete on the sidebar's chats (its context menu)."""
        from PySide6.QtGui import QAction

        for label, handler in (
            (tr("Rename…"), self.rename_selected),
            (tr("Pin / unpin"), self.pin_selected),
            (tr("Delete"), self.delete_selected),
        ):
            action = QAction(label, self.sidebar.list)
            action.triggered.connect(handler)
            self.sidebar.list.addAction(action)

    def focus_search(self) -> None:
        self.sidebar.show()
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def shutdown(self) -> None:
        self.list_model.shutdown()
        if hasattr(self, "_importer"):
            self._importer.shutdown()
        if self._trash is not None:
            self._trash.shutdown()
