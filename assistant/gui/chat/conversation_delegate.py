"""Painting the sidebar's rows: group headers and search hits."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from assistant.gui.shared.roles import Role

Index = QModelIndex | QPersistentModelIndex


class ConversationDelegate(QStyledItemDelegate):
    """Group headers in small caps; search hits with a highlighted snippet."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        h = option.fontMetrics.height()
        kind = index.data(Role.KIND)
        return QSize(
            option.rect.width(),
            # A hit: its title and two lines of the snippet around the match.
            h * 3 + 16 if kind == "hit" else h + (18 if kind == "header" else 14),
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(Role.KIND)
        pal = option.palette
        r = option.rect.adjusted(10, 0, -10, 0)
        painter.save()
        if kind == "header":
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(r.adjusted(0, 8, 0, 0), Qt.AlignmentFlag.AlignLeft, index.data())
            painter.restore()
            return
        if option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            role = (
                QPalette.ColorRole.Highlight
                if option.state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.AlternateBase
            )
            color = pal.color(role)
            color.setAlpha(90 if role == QPalette.ColorRole.Highlight else 255)
            painter.setBrush(color)
            painter.drawRoundedRect(option.rect.adjusted(4, 1, -4, -1), 8, 8)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        fm = option.fontMetrics
        title = fm.elidedText(index.data(), Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(r.adjusted(0, 7, 0, 0), Qt.AlignmentFlag.AlignLeft, title)
        if kind == "hit":
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDocumentMargin(0)
            doc.setHtml(
                f"<span style='color:{pal.color(QPalette.ColorRole.PlaceholderText).name()}'>"
                f"{index.data(Role.SNIPPET)}</span>"
            )
            doc.setTextWidth(r.width())
            top = r.y() + fm.height() + 9
            painter.setClipRect(QRect(r.x(), top, r.width(), 2 * fm.lineSpacing() + 2))
            painter.translate(r.x(), top)
            doc.drawContents(painter)
        painter.restore()
