"""The text document of an answer while it streams: appended to, never rebuilt.

Rebuilding the document for every batch of new text (and laying it out again) cost the
window time in proportion to the answer's length, on the cores the engine needs. Here
each batch costs only its own text: finished Markdown blocks (closed by a blank line,
outside a code fence) are converted once, the unfinished tail is plain text until its
block ends. The finished answer is rendered once more as a whole (delegates.py).
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument


def stable_end(text: str, start: int) -> int:
    """Where the finished Markdown blocks of ``text`` end: after its last blank line that
    is not inside a code fence. ``start`` is 0 or an earlier result (never in a fence)."""
    end = start
    fenced = False
    i = start
    while True:
        fence = text.find("```", i)
        gap = text.find("\n\n", i)
        if gap < 0:
            return end
        if 0 <= fence < gap:
            fenced = not fenced
            i = fence + 3
            continue
        if not fenced:
            end = gap + 2
        i = gap + 2


def _plain(cursor: QTextCursor) -> None:
    """Make the cursor's block a plain paragraph (not a list item, heading or code)."""
    text_list = cursor.currentList()
    if text_list is not None:
        text_list.remove(cursor.block())
    cursor.setBlockFormat(QTextBlockFormat())
    cursor.setCharFormat(QTextCharFormat())


class StreamingDocument:
    """A document that follows a growing answer; :meth:`sync` costs the new text only."""

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self._text = ""  # what the document shows
        self._stable = 0  # text[:stable] is in the document as Markdown
        self._tail_at = 0  # document position where the plain tail starts
        self._dirty_from: int | None = 0  # first document position changed, not yet shown

    def sync(self, text: str) -> None:
        """Show ``text`` (normally: what was shown plus more)."""
        if text == self._text:
            return
        if not text.startswith(self._text):
            self._reset()
        new_stable = stable_end(text, self._stable)
        cursor = QTextCursor(self.doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        changed = self._tail_at if new_stable > self._stable else cursor.position()
        self._dirty_from = changed if self._dirty_from is None else min(self._dirty_from, changed)
        if new_stable > self._stable:
            # A block finished: the plain tail is replaced by its Markdown.
            cursor.setPosition(self._tail_at)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.insertMarkdown(text[self._stable : new_stable])
            cursor.movePosition(QTextCursor.MoveOperation.End)
            if cursor.block().text():  # Markdown ended inside a block: start a new one
                cursor.insertBlock()
            _plain(cursor)
            self._tail_at = cursor.position()
            cursor.insertText(text[new_stable:])
            self._stable = new_stable
        else:
            cursor.insertText(text[len(self._text) :])
        self._text = text

    def take_dirty_top(self) -> float:
        """Where (document y) the text changed since the last call: what must be repainted
        is from there down."""
        pos, self._dirty_from = self._dirty_from, None
        if pos is None:
            return self.doc.size().height()
        block = self.doc.findBlock(pos)
        if not block.isValid():
            block = self.doc.lastBlock()
        return float(self.doc.documentLayout().blockBoundingRect(block).top())

    def _reset(self) -> None:
        self.doc.clear()
        self._text, self._stable, self._tail_at, self._dirty_from = "", 0, 0, 0
