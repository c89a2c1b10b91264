"""The conversations side of the window: the sidebar (search, rename, pin, delete with
Undo), opening a chat, export, and the empty-chat panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QInputDialog

from assistant.gui.roles import Role
from assistant.gui.window_frame import WindowFrame


class ConversationWindow(WindowFrame):
    """Conversation management over the frame; the store is attached by MainWindow."""

    def new_chat(self) -> None:
        self.conversation_id = None
        self.messages.open(None)
        self.sidebar.clearSelection()
        self._show_empty()
        self.composer.edit.setFocus()

    def _select_in_sidebar(self) -> None:
        if self.conversation_id is not None:
            row = self.sidebar_model.row_of(self.conversation_id)
            if row is not None:
                self.sidebar.setCurrentIndex(self.sidebar_model.index(row))

    def open_conversation(self, cid: int, message_id: int | None = None) -> None:
        self.conversation_id = cid
        self.messages.open(cid)
        if message_id is not None:
            ids = [m.id for m in self.messages.messages]
            if message_id not in ids:  # a hit on another branch: show that branch
                self.repo.show_branch(message_id)
                self.messages.open(cid)
                ids = [m.id for m in self.messages.messages]
            while message_id not in ids and self.messages.canFetchMore():
                self.messages.fetchMore()
                ids = [m.id for m in self.messages.messages]
            if message_id in ids:
                self.chat.scrollTo(
                    self.messages.index(ids.index(message_id)),
                    QAbstractItemView.ScrollHint.PositionAtCenter,
                )
        else:
            self.chat.scrollToBottom()
        conv = self.repo.conversation(cid)
        if conv.model and self.model and conv.model != self.model.path.name:
            known = {m.path.name for m in self.core.library.installed()}
            known |= set(self.core.settings.remotes)
            if conv.model in known:
                self.show_banner(
                    f"This chat used {conv.model}. <a href='switch:{conv.model}'>Switch back</a>"
                )
        self._show_empty()

    def _search_changed(self, text: str) -> None:
        self.sidebar_model.refresh(text)

    def _sidebar_clicked(self, index: QModelIndex) -> None:
        cid = index.data(Role.CONVERSATION_ID)
        if cid is not None:
            self.open_conversation(cid, index.data(Role.MESSAGE_ID))

    def _selected_conversation(self) -> int | None:
        idx = self.sidebar.currentIndex()
        return idx.data(Role.CONVERSATION_ID) if idx.isValid() else self.conversation_id

    def rename_selected(self) -> None:
        cid = self._selected_conversation()
        if cid is None:
            return
        title, ok = QInputDialog.getText(
            self, "Rename chat", "Title:", text=self.repo.conversation(cid).title
        )
        if ok and title.strip():
            self.repo.rename(cid, title)
            self.sidebar_model.refresh()

    def pin_selected(self) -> None:
        cid = self._selected_conversation()
        if cid is not None:
            self.repo.pin(cid, not self.repo.conversation(cid).pinned)
            self.sidebar_model.refresh()

    def delete_selected(self) -> None:
        cid = self._selected_conversation()
        if cid is None:
            return
        self.repo.delete(cid)
        if cid == self.conversation_id:
            self.new_chat()
        self.sidebar_model.refresh()
        self.statusBar().showMessage("Chat deleted", 8000)
        self.show_banner("Chat deleted. <a href='undo'>Undo</a>", undo=cid)

    def export_chat(self) -> None:
        if self.conversation_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export chat", str(Path.home() / "chat.md"), "Markdown (*.md);;JSON (*.json)"
        )
        if path:
            from assistant.store.exchange import export

            try:
                export(
                    self.repo,
                    [self.conversation_id],
                    "json" if path.endswith(".json") else "md",
                    Path(path),
                )
            except Exception as exc:
                self.show_banner(str(exc))

    def focus_search(self) -> None:
        self.side.show()
        self.search.setFocus()
        self.search.selectAll()

    def toggle_sidebar(self) -> None:
        self.side.setVisible(not self.side.isVisible())

    def _show_empty(self) -> None:
        has = bool(self.messages.messages)
        self.chat.setVisible(has)
        self.empty.setVisible(not has)
        if not has and not self.core.library.installed():
            self.empty.setText(
                "<h2>Welcome to Offline Assistant</h2><p>There is no model on this computer "
                "yet. A model is a file the assistant thinks with; small ones are 100 MB to "
                "2 GB.</p><p><a href='catalog'>Browse recommended models</a> · "
                "<a href='import'>Import a GGUF file you have</a></p>"
            )
            return
        if not has:
            model = self.model.name if self.model else "loading…"
            examples = "".join(
                f"<li>{e}</li>"
                for e in (
                    "Explain how a rainbow forms, in three sentences.",
                    "Write a polite reply declining a meeting invitation.",
                    "Give me five names for a bakery.",
                )
            )
            facts = self.facts
            where = (
                f"answers come from {facts.path.rsplit('#', 1)[0]}"
                if facts is not None and facts.architecture == "remote"
                else "everything stays on this computer"
            )
            self.empty.setText(
                f"<h2>What can I help with?</h2><p style='color:gray'>Model: {model} · {where}"
                f"</p><ul style='text-align:left'>{examples}</ul>"
            )
