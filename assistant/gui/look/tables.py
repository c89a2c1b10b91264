"""Small helpers for the model manager's tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def size_text(n: float) -> str:
    """Bytes as MiB, or GiB from one GiB up."""
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


def make_table(headers: list[str], name: str = "") -> QTableWidget:
    """A read-only table that selects whole rows; ``name`` is what screen readers say."""
    t = QTableWidget(0, len(headers))
    if name:
        t.setAccessibleName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t


def add_row(table: QTableWidget, values: list[str], data: Any = None) -> int:
    """Append a row; ``data`` rides on the first cell (Qt.UserRole)."""
    r = table.rowCount()
    table.insertRow(r)
    for c, v in enumerate(values):
        item = QTableWidgetItem(v)
        if c == 0:
            item.setData(Qt.ItemDataRole.UserRole, data)
        table.setItem(r, c, item)
    return r


def table_tab(table: QTableWidget, actions: list[tuple[str, Callable[[], object]]]) -> QWidget:
    """A tab: the table, and a row of buttons under it."""
    w = QWidget()
    buttons = QHBoxLayout()
    for label, action in actions:
        b = QPushButton(label)
        b.clicked.connect(action)
        buttons.addWidget(b)
    buttons.addStretch(1)
    v = QVBoxLayout(w)
    v.addWidget(table)
    v.addLayout(buttons)
    return w


def selected_data(table: QTableWidget) -> Any:
    """The data riding on the current row's first cell, or None."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None
