"""Markdown tables in answers: header cells line up with their columns."""

from __future__ import annotations

from typing import Any

from tests.gui_window import shot

TABLE = """Here are the rivers:

| River | Length (km) | Countries |
|---|---:|---|
| Danube | 2,850 | 10 |
| Rhine | 1,230 | 6 |
| Elbe | 1,094 | 2 |
"""


def test_a_markdown_table_in_an_answer_looks_finished(fake_window: Any, qtbot: Any) -> None:
    w = fake_window
    cid = w.core.repo.create_conversation()
    w.core.repo.append(cid, "user", "Long rivers?")
    w.core.repo.append(cid, "assistant", TABLE, status="complete")
    w.conversations.open(cid)
    qtbot.wait(50)
    shot(w, "markdown-table")


def test_header_cells_take_their_columns_alignment(qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument, QTextTable
    from PySide6.QtWidgets import QApplication

    from assistant.gui.look.table_look import finish_tables

    doc = QTextDocument()
    doc.setMarkdown(TABLE)
    finish_tables(doc, QApplication.palette())
    (table,) = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert table.format().headerRowCount() == 1 and table.format().cellPadding() == 6

    def align(row: int, col: int) -> Qt.AlignmentFlag:
        return table.cellAt(row, col).firstCursorPosition().blockFormat().alignment()

    assert align(0, 1) & Qt.AlignmentFlag.AlignRight  # "---:" column, header too
    assert align(0, 1) == align(1, 1) and align(0, 0) == align(1, 0)
