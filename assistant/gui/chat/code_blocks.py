"""Code blocks in answers: a tinted background and syntax colours from Pygments."""

from __future__ import annotations

from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.token import Comment, Keyword, Name, Number, String, Token
from pygments.util import ClassNotFound
from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from assistant.gui.look.style import DARK, LIGHT

_CODE = QTextFormat.Property.BlockCodeFence
_LANG = QTextFormat.Property.BlockCodeLanguage


def _palette(dark: bool) -> dict[object, QTextCharFormat]:
    code = (DARK if dark else LIGHT).code
    colours = {
        Keyword: code["keyword"],
        String: code["string"],
        Comment: code["comment"],
        Number: code["number"],
        Name.Function: code["function"],
        Name.Builtin: code["builtin"],
    }
    out = {}
    for token, colour in colours.items():
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(colour))
        if token is Comment:
            fmt.setFontItalic(True)
        out[token] = fmt
    return out


def code_blocks(doc: QTextDocument) -> list[str]:
    """The text of each fenced code block, in order."""
    blocks: list[list[str]] = []
    previous_code = False
    b = doc.begin()
    while b.isValid():
        is_code = b.blockFormat().hasProperty(_CODE)
        if is_code:
            if not previous_code:
                blocks.append([])
            blocks[-1].append(b.text())
        previous_code = is_code
        b = b.next()
    return ["\n".join(lines) for lines in blocks]


def code_block_rects(doc: QTextDocument) -> list[QRectF]:
    """Where each fenced code block sits in the laid-out document, in order."""
    layout = doc.documentLayout()
    rects: list[QRectF] = []
    previous_code = False
    b = doc.begin()
    while b.isValid():
        is_code = b.blockFormat().hasProperty(_CODE)
        if is_code:
            r = layout.blockBoundingRect(b)
            rects.append(r if not previous_code else rects.pop().united(r))
        previous_code = is_code
        b = b.next()
    return rects


class CodeHighlighter(QSyntaxHighlighter):
    """Colours code-fence blocks by their language; tints their background."""

    def __init__(self, doc: QTextDocument, dark: bool) -> None:
        super().__init__(doc)
        self.formats = _palette(dark)
        tint = QColor((DARK if dark else LIGHT).code_tint)
        b = doc.begin()
        while b.isValid():
            if b.blockFormat().hasProperty(_CODE):
                cursor = QTextCursor(b)
                fmt = QTextBlockFormat(b.blockFormat())
                fmt.setBackground(tint)
                cursor.setBlockFormat(fmt)
            b = b.next()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        if not block.blockFormat().hasProperty(_CODE):
            return
        mono = QTextCharFormat()
        mono.setFontFamilies(["monospace"])
        mono.setFontStyleHint(QFont.StyleHint.Monospace)
        self.setFormat(0, len(text), mono)
        language = str(block.blockFormat().property(_LANG) or "")
        try:
            lexer = get_lexer_by_name(language) if language else TextLexer()
        except ClassNotFound:
            lexer = TextLexer()
        pos = 0
        for token, value in lexer.get_tokens(text):
            fmt = self._format(token)
            if fmt is not None:
                self.setFormat(pos, len(value), fmt)
            pos += len(value)

    def _format(self, token: object) -> QTextCharFormat | None:
        t = token
        while t is not Token and t is not None:
            if t in self.formats:
                return self.formats[t]
            t = getattr(t, "parent", None)
        return None
