"""Document collections in the window: the Documents dialog, indexing on its own thread
(the chat goes on; the engine answers the user first), and the composer's Documents
button that picks the collections a chat answers from (each chat remembers them).
Collections are kept up to date: synced quietly a little after the start and every ten
minutes (an incremental sync of an unchanged folder of 10,000 files takes 0.1 s)."""

from __future__ import annotations

import copy
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from assistant.ground.errors import UserError
from assistant.gui.chat.sources import open_file
from assistant.gui.documents.collections_dialog import CollectionsDialog
from assistant.gui.look.icons import set_icon
from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.documents.indexer import SyncProgress, SyncReport
    from assistant.gui.chat.composer import Composer
    from assistant.gui.chat.conversations import Conversations
    from assistant.services.chat import TurnResult

PROGRESS_EVERY = 0.1  # seconds between progress updates on screen


def _ignore(message: str, exc: Exception) -> None:
    """Getting ready failed (the index is being rebuilt…): the question will say why."""


class DocumentsPicker(QToolButton):
    """The composer's Documents button: a menu of collections to answer from."""

    changed = Signal(list)  # the chosen collection names
    manage_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(tr("Answer from documents"))
        self.setToolTip(tr("Choose document collections this chat answers from"))
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._names: list[str] = []
        self._chosen: list[str] = []
        self._refresh()

    def set_collections(self, names: list[str]) -> None:
        self._names = names
        self._chosen = [n for n in self._chosen if n in names]
        self._refresh()

    def set_choice(self, names: list[str]) -> None:
        self._chosen = [n for n in names if n in self._names]
        self._refresh()

    def choice(self) -> list[str]:
        return list(self._chosen)

    def _toggle(self, name: str, on: bool) -> None:
        self._chosen = [n for n in self._names if (n in self._chosen or n == name)]
        if not on:
            self._chosen.remove(name)
        self._refresh()
        self.changed.emit(self.choice())

    def _refresh(self) -> None:
        self._menu.clear()
        for name in self._names:
            act = self._menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(name in self._chosen)
            act.toggled.connect(lambda on, n=name: self._toggle(n, on))
        if self._names:
            self._menu.addSeparator()
        self._menu.addAction(tr("Manage documents…"), self.manage_requested.emit)
        if self._chosen:
            self.setText(tr("Documents: {names}").format(names=", ".join(self._chosen)))
        else:
            self.setText(tr("Documents"))
        self.setAccessibleDescription(
            tr("Answers cite {names}").format(names=", ".join(self._chosen))
            if self._chosen
            else tr("No documents chosen")
        )


class CollectionsController(QObject):
    """Owns the Documents dialog, the indexing thread and the composer's picker."""

    notice = Signal(str)  # a line for the banner
    failed = Signal(str)

    # Files added, changed or deleted while the app was closed, or since the last look.
    START_SYNC_MS = 3000
    RESYNC_MS = 10 * 60 * 1000

    def __init__(
        self, core: Core, composer: Composer, conversations: Conversations, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.conversations = conversations
        self.parent_widget = parent
        self.worker = Worker("documents-index", self)
        self.picker = DocumentsPicker()
        self.picker.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.picker.setObjectName("chip")
        set_icon(self.picker, "documents")
        composer.top_row.insertWidget(2, self.picker)
        # Reading order for Tab: the chips, then the message (it was made before the picker).
        QWidget.setTabOrder(composer.think, self.picker)
        QWidget.setTabOrder(self.picker, composer.edit)
        self.picker.changed.connect(self._choice_changed)
        self.picker.manage_requested.connect(self.open)
        conversations.opened.connect(self.chat_opened)
        conversations.created.connect(self.remember)
        self.dialog: CollectionsDialog | None = None
        self.job: Job | None = None
        self.pause = threading.Event()
        self.indexing = ""  # the collection being indexed
        self._last_progress = 0.0
        self._queue: list[str] = []  # waiting for their turn to be indexed
        self._quiet: set[str] = set()  # synced to keep up, not asked for by the user
        self._told: set[str] = set()  # notes of quiet syncs already shown
        self._at_start: list[str] | None = None
        self._keep_up = QTimer(self)
        self._keep_up.setInterval(self.RESYNC_MS)
        self._keep_up.timeout.connect(self.keep_up)
        # After the window's other services: the documents' tables are not needed to paint.
        QTimer.singleShot(0, self.refresh)
        QTimer.singleShot(self.START_SYNC_MS, self._first_keep_up)

    @property
    def docs(self) -> Any:
        return self.core.documents

    def refresh(self) -> None:
        names = [c.name for c in self.docs.collections.all()]
        if self._at_start is None:
            self._at_start = names
        self.picker.set_collections(names)
        if self.dialog is not None:
            self.dialog.show_collections(names)
            models = [(tr("all-MiniLM-L6-v2 (built-in)"), "")] + [
                (m.name, m.name) for m in self.core.library.installed("embedding")
            ]
            self.dialog.show_models(models, self.core.settings.embedding_model)

    def _model_chosen(self, name: str) -> None:
        if name == self.core.settings.embedding_model:
            return
        self.core.config.change(embedding_model=name)
        self.notice.emit(
            tr(
                "Documents now use {model}: each collection is indexed again at its next sync."
            ).format(model=self.docs.model_name)
        )

    # -- the chat's choice --------------------------------------------------------------------

    def chat_opened(self) -> None:
        cid = self.conversations.current
        names: list[str] = []
        if cid is not None:
            names = self.core.repo.conversation(cid).params_dict.get("documents") or []
        self.picker.set_choice(names)
        self._warm(names)

    def _choice_changed(self, names: list[str]) -> None:
        cid = self.conversations.current
        if cid is not None:
            self.remember(cid)
        self._warm(names)

    def _warm(self, names: list[str]) -> None:
        """The chat will answer from these: load them before the question comes (after
        any indexing under way, which changes them)."""
        if names:
            self.worker.submit(lambda job: self.docs.warm(names), failed=_ignore, name="warm")

    def remember(self, cid: int) -> None:
        """Save the picker's choice in the chat (a new chat gets it when it is created)."""
        params = self.core.repo.conversation(cid).params_dict
        if params.get("documents", []) != self.picker.choice():
            params["documents"] = self.picker.choice()
            self.core.repo.set_conversation_settings(cid, params=params)

    def turn_done(self, result: TurnResult) -> None:
        if result.note:
            self.notice.emit(result.note)

    # -- the dialog -----------------------------------------------------------------------------

    def open(self) -> CollectionsDialog:
        if self.dialog is None:
            d = CollectionsDialog(self.parent_widget)
            d.chosen.connect(self._show)
            d.create_requested.connect(
                lambda name: self._change(lambda: self.docs.add(name, []), name)
            )
            d.delete_requested.connect(self._delete)
            d.paths_added.connect(self._add_paths)
            d.paths_removed.connect(
                lambda name, paths: self._change(
                    lambda: self.docs.collections.remove_paths(name, paths), name, sync=True
                )
            )
            d.sync_requested.connect(self.sync)
            d.pause_toggled.connect(lambda on: self.pause.set() if on else self.pause.clear())
            d.cancel_requested.connect(self.cancel)
            d.file_opened.connect(open_file)
            d.model_chosen.connect(self._model_chosen)
            self.dialog = d
            self.refresh()
            d.set_busy(bool(self.indexing))
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _show(self, name: str) -> None:
        if self.dialog is None:
            return
        if not name:
            self.dialog.show_collection("", [], {})
            return
        try:
            collection = self.docs.collections.get(name)
            files = self.docs.index.files(name)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.dialog.show_collection(name, collection.paths, files)

    def _change(self, change: Any, name: str, sync: bool = False) -> None:
        try:
            change()
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.refresh()
        if self.dialog is not None:
            self.dialog.show_collections([c.name for c in self.docs.collections.all()], name)
            self._show(name)
        if sync:
            self.sync(name)

    def _add_paths(self, name: str, paths: list[str]) -> None:
        name = name or tr("Documents")  # dropped before any collection exists
        self._change(lambda: self.docs.add(name, paths), name, sync=True)

    def add_transcript(self, cid: int) -> None:
        """Add the transcript chat ``cid`` holds to a collection the person picks (or
        names: a new one), as a Markdown file of the app's, and index it."""
        from PySide6.QtWidgets import QInputDialog

        from assistant.services.transcripts import transcript_document, transcript_of

        try:
            recording, text = transcript_of(self.core.repo, cid)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        names = [c.name for c in self.docs.collections.all()] or [tr("Transcripts")]
        name, ok = QInputDialog.getItem(
            self.parent_widget, tr("Add to a collection"),
            tr("The collection to add the transcript of {file} to (or a new name):").format(
                file=recording
            ),
            names, 0, True,
        )  # fmt: skip
        name = name.strip()
        if not ok or not name:
            return
        try:
            path = transcript_document(self.core.paths.transcripts, recording, text)
        except OSError as exc:
            self.failed.emit(tr("The transcript could not be saved: {error}").format(error=exc))
            return
        self._add_paths(name, [str(path)])

    def _delete(self, name: str) -> None:
        if name and name != self.indexing:
            if name in self._queue:
                self._queue.remove(name)
            self._change(lambda: self.docs.remove(name), "")

    # -- indexing --------------------------------------------------------------------------------

    def _first_keep_up(self) -> None:
        # The collections there were when the window opened: one made since is being
        # indexed already.
        self._sync_quietly(self._at_start or [])
        self._keep_up.start()

    def keep_up(self) -> None:
        """Sync every collection quietly (the banner only tells what is new to tell)."""
        self._sync_quietly([c.name for c in self.docs.collections.all()])

    def _sync_quietly(self, names: list[str]) -> None:
        for name in names:
            if name != self.indexing and name not in self._queue:
                self._quiet.add(name)
                self._queue.append(name)
        self._next()

    def sync(self, name: str) -> None:
        """Index a collection in the background (one at a time; others wait their turn)."""
        if not name:
            return
        self._quiet.discard(name)  # asked for: report it
        if name not in self._queue and name != self.indexing:
            self._queue.append(name)
        self._next()

    def _next(self) -> None:
        if self.indexing or not self._queue:
            return
        name = self._queue.pop(0)
        self.indexing = name
        self.pause.clear()
        if self.dialog is not None:
            self.dialog.set_busy(True)

        def work(job: Job) -> SyncReport:
            report: SyncReport = self.docs.sync(name, self._progress, job.cancelled, self.pause)
            return report

        self.job = self.worker.submit(
            work, self._synced, self._sync_failed, tr("Indexing failed (details in the log)."),
            name="documents-index",
        )  # fmt: skip

    def _progress(self, p: SyncProgress) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_EVERY or p.files_done == p.files_total:
            self._last_progress = now
            snapshot = copy.copy(p)  # the indexer goes on updating its own
            self.worker.post(self._show_progress, snapshot)

    def _show_progress(self, p: SyncProgress) -> None:
        if self.dialog is not None and self.indexing:
            self.dialog.show_progress(p)

    def _synced(self, report: SyncReport) -> None:
        quiet = self.indexing in self._quiet
        notes = report.notes
        if quiet:
            notes = [n for n in notes if n not in self._told]
            self._told.update(notes)
        changed = report.added or report.changed or report.removed
        self._finish(None if quiet and not changed else report.summary())
        for note in notes:
            self.notice.emit(note)

    def _sync_failed(self, message: str, exc: Exception) -> None:
        quiet = self.indexing in self._quiet
        self._finish(tr("Indexing stopped.") if message == tr("Stopped.") else message)
        if message != tr("Stopped.") and not (quiet and message in self._told):
            self._told.add(message)
            self.failed.emit(message)

    def _finish(self, summary: str | None) -> None:
        name, self.indexing, self.job = self.indexing, "", None
        self._quiet.discard(name)
        if self.dialog is not None:
            self.dialog.set_busy(False)
            if summary is not None:
                self.dialog.show_summary(summary)
            if self.dialog.current == name:
                self._show(name)
        self._next()

    def cancel(self) -> None:
        """Stop indexing: the collection being indexed and those waiting."""
        self._queue.clear()
        if self.job is not None:
            self.job.cancel()
        self.pause.clear()

    def shutdown(self) -> None:
        self._keep_up.stop()
        self.cancel()
        self.worker.shutdown(5)
