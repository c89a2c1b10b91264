"""Markdown tables in answers, finished: thin borders in the palette's mid tone, room
in the cells, a shaded header row aligned like its column."""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
)


def finish_tables(doc: QTextDocument, palette: QPalette) -> None:
    """Restyle every table of ``doc`` (after setMarkdown)."""
    border = palette.color(QPalette.ColorRole.PlaceholderText)
    border.setAlpha(110)
    header = QColor(palette.color(QPalette.ColorRole.AlternateBase))
    for table in _tables(doc.rootFrame()):
        fmt = table.format()
        fmt.setBorder(1)
        fmt.setBorderBrush(QBrush(border))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(6)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.VariableLength, 0))
        fmt.setHeaderRowCount(1)
        table.setFormat(fmt)
        for col in range(table.columns()):
            cell = table.cellAt(0, col)
            cell_fmt = cell.format()
            cell_fmt.setBackground(header)
            cell.setFormat(cell_fmt)
            # The header cell takes its column's alignment (Markdown's `---:` applies it
            # to the body cells only).
            body = table.cellAt(1, col) if table.rows() > 1 else cell
            align = body.firstCursorPosition().blockFormat().alignment()
            cursor = QTextCursor(cell.firstCursorPosition())
            block = cursor.blockFormat()
            block.setAlignment(align)
            cursor.setBlockFormat(block)


def _tables(frame: QTextFrame) -> list[QTextTable]:
    out: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            out.append(child)
        out.extend(_tables(child))
    return out
