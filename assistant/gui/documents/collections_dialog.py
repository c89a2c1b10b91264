"""The Documents window: collections on the left; on the right the chosen collection's
folders and files, indexing progress (pause, cancel) and every file's status."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.gui.shared.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:  # not at import: the window loads this module before any search
    from assistant.documents.indexer import SyncProgress
    from assistant.store.doc_index import FileRow

STATUS = {
    "indexed": QT_TR_NOOP("Indexed"),
    "skipped": QT_TR_NOOP("Skipped"),
    "indexing": QT_TR_NOOP("Unfinished"),
}


def progress_text(p: SyncProgress) -> str:
    """ "12 of 40 files · 340 passages · 25 passages/s · about 1 min left" """
    parts = [
        tr("{done} of %n files", "", p.files_total).format(done=p.files_done),
        tr("%n passages", "", p.passages),
    ]
    if p.passages_per_second:
        parts.append(tr("{rate} passages/s").format(rate=f"{p.passages_per_second:.0f}"))
    left = p.seconds_left
    if left is not None:
        parts.append(tr("about %n min left", "", max(1, round(left / 60))) if left >= 60 else
                     tr("about %n s left", "", max(1, round(left))))  # fmt: skip
    return " · ".join(parts)


def _shown_name(path: str, roots: Sequence[str]) -> str:
    """A file's name as the user knows it: its path inside the folder that was added."""
    for root in roots:
        if path.startswith(root.rstrip(os.sep) + os.sep):
            return os.path.relpath(path, root)
    return os.path.basename(path)


class CollectionsDialog(QDialog):
    """Shows collections and asks the controller to change or index them (signals)."""

    chosen = Signal(str)  # the collection the user looks at
    create_requested = Signal(str)
    delete_requested = Signal(str)
    paths_added = Signal(str, list)  # collection, paths
    paths_removed = Signal(str, list)
    sync_requested = Signal(str)
    pause_toggled = Signal(bool)
    cancel_requested = Signal()
    file_opened = Signal(str)
    model_chosen = Signal(str)  # an embedding model's name ("": the built-in one)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Documents"))
        self.setAcceptDrops(True)
        self.resize(860, 560)
        self.collections = QListWidget()
        self.collections.setAccessibleName(tr("Collections"))
        self.collections.currentTextChanged.connect(self._collection_chosen)
        new = QPushButton(tr("New collection…"))
        new.clicked.connect(self._new)
        self.delete = QPushButton(tr("Delete"))
        self.delete.setAccessibleDescription(tr("Delete the collection's index (not your files)"))
        self.delete.clicked.connect(lambda: self.delete_requested.emit(self.current))
        self.model_box = QComboBox()
        self.model_box.setAccessibleName(tr("Embedding model"))
        self.model_box.setToolTip(
            tr(
                "The model that turns passages into vectors; another one indexes every "
                "collection again"
            )
        )
        self.model_box.activated.connect(
            lambda i: self.model_chosen.emit(self.model_box.itemData(i) or "")
        )
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>{}</b>".format(html.escape(tr("Collections")))))
        left.addWidget(self.collections, 1)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.delete)
        left.addLayout(row)
        label = QLabel(tr("Embedding model:"))
        label.setBuddy(self.model_box)
        left.addWidget(label)
        left.addWidget(self.model_box)

        self.title = QLabel()
        self.paths = QListWidget()
        self.paths.setAccessibleName(tr("Folders and files in the collection"))
        self.paths.setMaximumHeight(110)
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add_folder = QPushButton(tr("Add folder…"))
        add_folder.clicked.connect(self._add_folder)
        add_files = QPushButton(tr("Add files…"))
        add_files.clicked.connect(self._add_files)
        self.remove = QPushButton(tr("Remove"))
        self.remove.setAccessibleDescription(
            tr("Remove the chosen folders or files from the collection")
        )
        self.remove.clicked.connect(self._remove)
        self.sync = QPushButton(tr("Sync now"))
        self.sync.setAccessibleDescription(tr("Index new and changed files, drop deleted ones"))
        self.sync.clicked.connect(lambda: self.sync_requested.emit(self.current))
        buttons = QHBoxLayout()
        for b in (add_folder, add_files, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.sync)

        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Indexing progress"))
        self.stats = QLabel()
        self.stats.setAccessibleName(tr("Indexing figures"))
        self.pause = QPushButton(tr("Pause"))
        self.pause.setCheckable(True)
        self.pause.toggled.connect(self._pause_toggled)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_requested)
        progress = QHBoxLayout()
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.pause)
        progress.addWidget(self.cancel)
        self.progress_box = QWidget()
        box = QVBoxLayout(self.progress_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(progress)
        box.addWidget(self.stats)
        self.progress_box.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.files = QTableWidget(0, 3)
        self.files.setAccessibleName(tr("Files and their status"))
        self.files.setHorizontalHeaderLabels([tr("File"), tr("Status"), tr("Details")])
        self.files.verticalHeader().hide()
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.files.cellDoubleClicked.connect(self._file_double_clicked)
        self.empty = QLabel(
            tr(
                "Create a collection, then add folders or files to it (or drop them here). "
                "Their text is indexed on this computer; pick the collection by the message "
                "box to ask questions about it."
            )
        )
        self.empty.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(self.empty)
        right.addWidget(self.title)
        right.addWidget(self.paths)
        right.addLayout(buttons)
        right.addWidget(self.progress_box)
        right.addWidget(self.summary)
        right.addWidget(self.files, 1)
        layout = QHBoxLayout(self)
        side = QWidget()
        side.setLayout(left)
        side.setFixedWidth(220)
        layout.addWidget(side)
        layout.addLayout(right, 1)
        self._busy = False
        self._update_buttons()

    @property
    def current(self) -> str:
        item = self.collections.currentItem()
        return item.text() if item is not None else ""

    # -- what the controller shows ---------------------------------------------------------

    def show_collections(self, names: Sequence[str], current: str = "") -> None:
        chosen = current or self.current
        self.collections.blockSignals(True)
        self.collections.clear()
        self.collections.addItems(list(names))
        self.collections.blockSignals(False)
        matches = self.collections.findItems(chosen, Qt.MatchFlag.MatchExactly) if chosen else []
        if matches:
            self.collections.setCurrentItem(matches[0])
        elif names:
            self.collections.setCurrentRow(0)
        else:
            self._collection_chosen("")

    def show_collection(self, name: str, paths: Sequence[str], files: dict[str, FileRow]) -> None:
        """The collection's folders and files and each file's status."""
        self.title.setText(f"<b>{name}</b>" if name else "")
        self.paths.clear()
        self.paths.addItems(list(paths))
        self.files.setRowCount(0)
        self.files.setRowCount(len(files))
        for row, (path, f) in enumerate(files.items()):
            detail = tr("%n passages", "", f.passages) if f.status == "indexed" else f.reason or ""
            if f.status == "indexing":
                detail = tr("cut short; indexed again by the next sync")
            for col, text in enumerate(
                (_shown_name(path, paths), tr(STATUS.get(f.status, f.status)), detail)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(path if col == 0 else text)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.files.setItem(row, col, item)
        self.empty.setVisible(not name or not paths)
        for part in (self.title, self.paths, self.files, self.summary):
            part.setVisible(bool(name))
        self._update_buttons()

    def show_models(self, models: Sequence[tuple[str, str]], current: str) -> None:
        """(label, name) of the embedding models; ``current`` is the one in use."""
        self.model_box.clear()
        for label, name in models:
            self.model_box.addItem(label, name)
        self.model_box.setCurrentIndex(max(0, self.model_box.findData(current)))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress_box.setVisible(busy)
        if busy:
            self.bar.setRange(0, 0)
            self.stats.setText(tr("Looking for new and changed files…"))
            self.pause.setChecked(False)
        self._update_buttons()

    def show_progress(self, p: SyncProgress) -> None:
        self.bar.setRange(0, max(1, p.files_total))
        self.bar.setValue(p.files_done)
        current = f" — {os.path.basename(p.current)}" if p.current else ""
        self.stats.setText(progress_text(p) + current)

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        has = bool(self.current)
        self.delete.setEnabled(has and not self._busy)
        self.model_box.setEnabled(not self._busy)
        self.sync.setEnabled(has and not self._busy)
        self.remove.setEnabled(has and not self._busy)

    # -- what the user does -------------------------------------------------------------

    def _collection_chosen(self, name: str) -> None:
        self._update_buttons()
        self.chosen.emit(name)

    def _new(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New collection"), tr("Name of the collection:"))
        if ok and name.strip():
            self.create_requested.emit(name.strip())

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Add a folder to the collection"))
        if folder:
            self._add([folder])

    def _add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("Add files to the collection"))
        if files:
            self._add(files)

    def _add(self, paths: list[str]) -> None:
        self.paths_added.emit(self.current, paths)

    def _remove(self) -> None:
        chosen = [i.text() for i in self.paths.selectedItems()]
        if chosen:
            self.paths_removed.emit(self.current, chosen)

    def _pause_toggled(self, paused: bool) -> None:
        self.pause.setText(tr("Resume") if paused else tr("Pause"))
        self.pause_toggled.emit(paused)

    def _file_double_clicked(self, row: int, _col: int) -> None:
        item = self.files.item(row, 0)
        if item is not None:
            self.file_opened.emit(item.data(Qt.ItemDataRole.UserRole))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if p and Path(p).exists()]
        if paths:
            event.acceptProposedAction()
            self._add(paths)
