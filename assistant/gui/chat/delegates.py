"""Painting messages (Markdown in a readable column) and sidebar rows."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from assistant.gui.chat.code_blocks import CodeHighlighter, code_block_rects
from assistant.gui.chat.sources import source_at, with_sources
from assistant.gui.chat.streaming_doc import StreamingDocument
from assistant.gui.chat.thinking import thinking_of
from assistant.gui.chat.tool_text import call_note, tool_text
from assistant.gui.look.style import COLUMN, theme_of
from assistant.gui.look.table_look import finish_tables
from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.gui.shared.roles import Role
from assistant.store.records import Message

PAD = 14
STATUS_NOTE = {
    "cancelled": QT_TR_NOOP("stopped"),
    "interrupted": QT_TR_NOOP("interrupted — the app or model stopped before the answer finished"),
    "error": QT_TR_NOOP("error"),
    "streaming": "",
}
COPY_CODE = QT_TR_NOOP("Copy")
STREAM_STEP_LINES = 4
Index = QModelIndex | QPersistentModelIndex


def caption_parts(
    m: Message,
    alternatives: tuple[int, int],
    model_names: dict[str, str] | None = None,
    preset_names: dict[str, str] | None = None,
    private: bool = False,
) -> list[tuple[str, str]]:
    """(action id, label) pieces of the line under a message; id "" is plain text.
    ``model_names``: display names of model files ("SmolLM2 135M (built-in)");
    ``private``: the chat keeps no memories (nothing to remember from it)."""
    parts: list[tuple[str, str]] = [("copy", tr("Copy"))]
    if m.role == "tool" or m.tool_calls:  # the whole call or result, folded by default
        parts.append(("details", tr("Details")))
    if m.role == "tool":  # a tool's result: nothing to regenerate, edit or remember
        note = call_note(m)
        return parts + ([("", note)] if note else [])
    if m.role == "assistant":
        if m.content.strip() and not m.tool_calls:
            parts.append(("read", tr("Read aloud")))
        parts.append(("regenerate", tr("Regenerate")))
    else:
        parts.append(("edit", tr("Edit")))
        if not private:
            parts.append(("remember", tr("Remember…")))
    pos, count = alternatives
    if count > 1:
        parts += [("prev", "‹"), ("", f"{pos}/{count}"), ("next", "›")]
    if m.role == "assistant":
        model = (model_names or {}).get(m.model_file or "", m.model_file)
        preset = (preset_names or {}).get(m.preset or "", m.preset)
        info = [x for x in (model, preset) if x]
        if adapters := m.adapters_used:  # LoRA adapters over the model
            info[:1] = [" + ".join([info[0] if info else "", *adapters]).lstrip(" +")]
        if m.tokens_per_second:
            info.append(tr("{speed} tok/s").format(speed=f"{m.tokens_per_second:.0f}"))
        if m.drafted_tokens:
            info.append(
                tr("{kept} of {drafted} drafted kept").format(
                    kept=m.accepted_tokens or 0, drafted=m.drafted_tokens
                )
            )
        if STATUS_NOTE.get(m.status):
            info.append(tr(STATUS_NOTE[m.status]))
        if info:
            parts.append(("", " · ".join(info)))
        if m.memories_list:  # which memories the answer was given: a click lists them
            parts.append(("memories", tr("%n memories used", "", len(m.memories_list))))
    return parts


def _mute_quotes(doc: QTextDocument, color: QColor) -> None:
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) > 0:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            fmt = QTextCharFormat()
            fmt.setForeground(color)
            fmt.setFontItalic(True)
            cursor.mergeCharFormat(fmt)
        block = block.next()


class MessageDelegate(QStyledItemDelegate):
    """Draws one message; a click on a caption word emits ``action``."""

    action = Signal(str, object)  # action id, Message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: dict[tuple[int, str, int, int], QTextDocument] = {}
        self._streaming: tuple[int, StreamingDocument] | None = None
        self._known_height = 0  # the growing answer's text height the view laid out
        # Answers whose reasoning, and calls whose details, the reader opened.
        self._expanded: set[int] = set()
        self.model_names: dict[str, str] = {}  # model file -> the name people know it by
        self.preset_names: dict[str, str] = {}  # preset id -> its name, in the user's language

    def _width(self, option: QStyleOptionViewItem) -> int:
        return min(COLUMN, option.rect.width() - 2 * PAD)

    def _shown(self, m: Message) -> str:
        """The text the message's document shows: a thinking model's answer without its
        reasoning, unless the reader opened it (or it is all there is so far)."""
        if m.role == "tool" or m.tool_calls:
            return tool_text(m, m.id in self._expanded)
        t = thinking_of(m)
        if t is None:
            return m.content
        if t.ongoing:
            return t.reasoning
        if m.id in self._expanded:
            quoted = "\n".join("> " + line for line in t.reasoning.splitlines())
            return f"{quoted}\n\n{t.answer}"
        return t.answer

    def _header_height(self, m: Message, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.height() + 10 if thinking_of(m) is not None else 0

    def toggle_thinking(self, m: Message) -> None:
        """Open or fold an answer's reasoning (a call's or result's details)."""
        self._expanded.symmetric_difference_update({m.id})

    def _doc(self, m: Message, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        if m.status == "streaming":
            return self._streaming_doc(m, width, option)
        shown = self._shown(m)
        key = (m.id, m.status, hash(shown), width)
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 400:
                self._docs.clear()
            doc = self._new_doc(option, width - (2 * PAD if m.role == "user" else 0))
            if m.role == "assistant":
                doc.setMarkdown(with_sources(shown, m) if m.sources else shown or "…")
                if m.id in self._expanded:  # the opened reasoning, quieter than the answer
                    muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
                    _mute_quotes(doc, muted)
                finish_tables(doc, option.palette)
                dark = option.palette.color(QPalette.ColorRole.Base).lightness() < 128
                doc.setProperty("highlighter", CodeHighlighter(doc, dark))
            else:
                doc.setPlainText(shown or "…")
            self._docs[key] = doc
        return doc

    def _streaming_doc(self, m: Message, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        """The growing answer's one document, appended to batch by batch (streaming_doc.py)."""
        current = self._streaming
        if current is None or current[0] != m.id:
            current = (m.id, StreamingDocument(self._new_doc(option, width)))
            self._streaming = current
        doc = current[1].doc
        if doc.textWidth() != width:  # relaid out, not rebuilt
            doc.setTextWidth(width)
        current[1].sync(self._shown(m) or "…")
        return doc

    @staticmethod
    def _new_doc(option: QStyleOptionViewItem, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        m: Message = index.data(Role.MESSAGE)
        doc = self._doc(m, self._width(option), option)
        caption = option.fontMetrics.height() + 6
        height = int(doc.size().height())
        if m.status == "streaming":
            height = self._known_height = self._reserved(height, option)
        header = self._header_height(m, option)
        return QSize(option.rect.width(), height + 2 * PAD + caption + header)

    @staticmethod
    def _reserved(height: int, option: QStyleOptionViewItem) -> int:
        """A growing answer's row is sized in steps of a few lines, so the view lays out
        and scrolls once per step instead of once per batch of text."""
        step = STREAM_STEP_LINES * option.fontMetrics.lineSpacing()
        return (height // step + 1) * step

    def streamed(self, m: Message, row: QRect, option: QStyleOptionViewItem) -> QRect | None:
        """After the growing answer ``m`` got more text: the part of its ``row`` (view
        coordinates) to repaint, or None when the row must be laid out again (it outgrew
        its reserved height, or it is not the one being drawn)."""
        current = self._streaming
        if current is None or current[0] != m.id:
            return None
        stream = current[1]
        stream.sync(self._shown(m) or "…")
        if self._reserved(int(stream.doc.size().height()), option) != self._known_height:
            return None
        top = row.y() + PAD + int(stream.take_dirty_top())
        return QRect(row.x(), top, row.width(), max(0, row.bottom() - top + 1))

    def _geometry(self, option: QStyleOptionViewItem, m: Message) -> tuple[QRect, int]:
        """The text's area (below a reasoning header, if any) and its width."""
        width = self._width(option)
        left = option.rect.x() + (option.rect.width() - width) // 2
        top = option.rect.y() + PAD + self._header_height(m, option)
        return QRect(left, top, width, option.rect.bottom() - PAD - top), width

    def _header_rect(self, option: QStyleOptionViewItem, m: Message) -> QRect | None:
        """Where an answer's "Thought for …" line is (it opens and folds the reasoning)."""
        t = thinking_of(m)
        if t is None:
            return None
        area, _ = self._geometry(option, m)
        label = t.label(m.id in self._expanded)
        fm = option.fontMetrics
        return QRect(
            area.x(), area.y() - fm.height() - 10, fm.horizontalAdvance(label) + 4, fm.height()
        )

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, m: Message) -> None:
        rect, t = self._header_rect(option, m), thinking_of(m)
        if rect is None or t is None:
            return
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, t.label(m.id in self._expanded))
        painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        m: Message = index.data(Role.MESSAGE)
        area, width = self._geometry(option, m)
        doc = self._doc(m, width, option)
        pal = option.palette
        caption_x = area.x()
        if m.role == "user":
            caption_x = area.right() - min(width, int(doc.idealWidth()) + 2 * PAD)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_rect = QRect(area.x(), area.y(), width, int(doc.size().height()))
        if m.role == "user":
            # A bubble as wide as its text, on the right, like a messaging app.
            bubble_w = min(width, int(doc.idealWidth()) + 2 * PAD)
            text_rect = QRect(area.right() - bubble_w, area.y(), bubble_w, text_rect.height())
            bubble = text_rect.adjusted(0, -8, 0, 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(bubble, 12, 12)
            text_rect = text_rect.adjusted(PAD, 0, -PAD, 0)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(area.adjusted(-6, -10, 6, 0), 12, 12)
        painter.translate(text_rect.topLeft())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        visible = self._repainted(painter, option, text_rect)
        if visible is not None:
            ctx.clip = visible.intersected(QRectF(QPointF(0, 0), doc.size()))
        ctx.palette.setColor(QPalette.ColorRole.Text, pal.color(QPalette.ColorRole.Text))
        if m.status == "error":
            ctx.palette.setColor(QPalette.ColorRole.Text, QColor(theme_of(pal).error))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        self._paint_code_buttons(painter, option, self._code_buttons(option, m, doc, text_rect))
        self._paint_caption(painter, option, m, index, caption_x, text_rect.bottom() + 12)
        self._paint_header(painter, option, m)

    @staticmethod
    def _repainted(
        painter: QPainter, option: QStyleOptionViewItem, text_rect: QRect
    ) -> QRectF | None:
        """The part of the text being repainted, in the text's coordinates: a long answer
        is taller than the view, and while it streams only its last lines change. The
        system clip is in device (window) coordinates; the painter already moved to the
        text."""
        engine = painter.paintEngine()
        region = engine.systemClip() if engine is not None else None
        if region is not None and not region.isEmpty():
            to_text, invertible = painter.deviceTransform().inverted()
            if invertible:
                return to_text.mapRect(QRectF(region.boundingRect()))
        if option.widget is not None:
            return QRectF(option.widget.rect()).translated(-QPointF(text_rect.topLeft()))
        return None

    def code_buttons(self, option: QStyleOptionViewItem, index: Index) -> list[QRect]:
        """Where the code blocks' Copy buttons of this row are, in view coordinates."""
        m: Message = index.data(Role.MESSAGE)
        area, width = self._geometry(option, m)
        doc = self._doc(m, width, option)
        text_rect = QRect(area.x(), area.y(), width, int(doc.size().height()))
        return self._code_buttons(option, m, doc, text_rect)

    def _code_buttons(
        self, option: QStyleOptionViewItem, m: Message, doc: QTextDocument, text_rect: QRect
    ) -> list[QRect]:
        """A "Copy" button in the top-right corner of each code block of an answer."""
        if m.role != "assistant" or m.status == "streaming" or "```" not in m.content:
            return []
        fm = option.fontMetrics
        w, h = fm.horizontalAdvance(tr(COPY_CODE)) + 16, fm.height() + 6
        return [
            QRect(text_rect.x() + int(r.right()) - w - 6, text_rect.y() + int(r.top()) + 4, w, h)
            for r in code_block_rects(doc)
        ]

    def _paint_code_buttons(
        self, painter: QPainter, option: QStyleOptionViewItem, buttons: list[QRect]
    ) -> None:
        if not buttons:
            return
        pal = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect in buttons:
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.setBrush(pal.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(pal.color(QPalette.ColorRole.Link))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr(COPY_CODE))
        painter.restore()

    def _caption_rects(
        self, option: QStyleOptionViewItem, m: Message, index: Index, x: int, y: int
    ) -> list[tuple[str, str, QRect]]:
        fm = option.fontMetrics
        out = []
        for action, label in caption_parts(
            m,
            index.data(Role.ALTERNATIVES),
            self.model_names,
            self.preset_names,
            bool(index.data(Role.PRIVATE)),
        ):
            w = fm.horizontalAdvance(label)
            out.append((action, label, QRect(x, y, w, fm.height())))
            x += w + 12
        return out

    def _paint_caption(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        m: Message,
        index: Index,
        x: int,
        y: int,
    ) -> None:
        painter.save()
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        link = option.palette.color(QPalette.ColorRole.Link)
        for action, label, rect in self._caption_rects(option, m, index, x, y):
            painter.setPen(link if action else muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, label)
        painter.restore()

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        m: Message = index.data(Role.MESSAGE)
        area, width = self._geometry(option, m)
        doc = self._doc(m, width, option)
        y = area.y() + int(doc.size().height()) + 12
        x = area.x()
        if m.role == "user":
            x = area.right() - min(width, int(doc.idealWidth()) + 2 * PAD)
        pos = QPoint(int(event.position().x()), int(event.position().y()))
        if m.role == "assistant" and m.sources:
            n = source_at(doc, pos.x() - area.x(), pos.y() - area.y())
            if n is not None:
                self.action.emit(f"source:{n}", m)
                return True
        header = self._header_rect(option, m)
        if header is not None and header.adjusted(-4, -4, 4, 4).contains(pos):
            self.action.emit("thinking", m)
            return True
        for i, rect in enumerate(self.code_buttons(option, index)):
            if rect.contains(pos):
                self.action.emit(f"copy-code:{i}", m)
                return True
        for action, _, rect in self._caption_rects(option, m, index, x, y):
            if action and rect.adjusted(-4, -4, 4, 4).contains(pos):
                self.action.emit(action, m)
                return True
        return False
