"""The Memory page: the facts the assistant keeps across chats, to add, edit, switch off
and delete. Changes are saved at once; private chats never see them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.ground.errors import UserError
from assistant.gui.shared.i18n import tr
from assistant.store.memories import Memories

_ID = Qt.ItemDataRole.UserRole


class MemoryDialog(QDialog):
    """Lists the memories; a tick uses one, no tick keeps it unused."""

    def __init__(self, memories: Memories, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memories = memories
        self.setWindowTitle(tr("Memory"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "Facts about you the assistant is given in every chat, except private "
                "ones. Untick one to keep it without using it."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Memories"))
        self.list.itemChanged.connect(self._ticked)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(
            tr("Nothing is remembered yet. Add a fact, or use Remember… on one of your messages.")
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add…"))
        self.edit_button = QPushButton(tr("&Edit…"))
        self.delete_button = QPushButton(tr("&Delete"))
        for button, slot in (
            (self.add_button, self.add),
            (self.edit_button, self.edit),
            (self.delete_button, self.delete),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.insertWidget(1, self.error)
        self.refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for m in self.memories.all():
            item = QListWidgetItem(m.text)
            item.setData(_ID, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.enabled else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has = self.list.count() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def add(self, text: str = "") -> None:
        """Ask for a fact (``text`` proposed) and keep it."""
        text, ok = QInputDialog.getMultiLineText(
            self, tr("Remember"), tr("A fact to keep across chats:"), text
        )
        if ok:
            self._try(lambda: self.memories.add(text))

    def edit(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, tr("Edit memory"), tr("A fact to keep across chats:"), item.text()
        )
        if ok:
            memory_id = int(item.data(_ID))
            self._try(lambda: self.memories.edit(memory_id, text))

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            memory_id = int(item.data(_ID))
            self._try(lambda: self.memories.delete(memory_id))

    def _ticked(self, item: QListWidgetItem) -> None:
        on = item.checkState() == Qt.CheckState.Checked
        memory_id = int(item.data(_ID))
        self._try(lambda: self.memories.enable(memory_id, on))

    def _try(self, change: Callable[[], object]) -> None:
        try:
            change()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.refresh()
