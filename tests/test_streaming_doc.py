"""The streaming answer's document: finished Markdown blocks converted once, the tail as
plain text, the cost of a batch independent of the answer's length."""

from __future__ import annotations

import time

from PySide6.QtGui import QTextDocument

from assistant.gui.chat.streaming_doc import StreamingDocument, stable_end

ANSWER = (
    "# Bees\n\nKeeping **bees** is easy.\n\n- one\n- two\n\n"
    "```python\nx = 1\n\ny = 2\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nThe end"
)


def test_stable_end_stops_before_unfinished_blocks_and_open_code_fences() -> None:
    assert stable_end("Hello", 0) == 0
    assert stable_end("Hello\n\nWor", 0) == len("Hello\n\n")
    text = "Intro\n\n```\ncode\n\nmore"
    assert stable_end(text, 0) == len("Intro\n\n")  # the blank line inside the fence
    closed = text + "\n```\n\nafter"
    assert stable_end(closed, 0) == len(closed) - len("after")
    assert stable_end(closed, len("Intro\n\n")) == len(closed) - len("after")


def test_streamed_document_shows_the_same_text_as_a_full_render(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = QTextDocument()
    stream = StreamingDocument(doc)
    for i in range(1, len(ANSWER) + 1, 3):
        stream.sync(ANSWER[:i])
    stream.sync(ANSWER)
    full = QTextDocument()
    full.setMarkdown(ANSWER)
    assert doc.toPlainText().split() == full.toPlainText().split()
    # Finished blocks are real Markdown: a heading, a list, a table.
    assert doc.begin().blockFormat().headingLevel() == 1
    assert "| a" not in doc.toPlainText()


def test_a_new_answer_or_an_edit_starts_over(qapp) -> None:  # type: ignore[no-untyped-def]
    stream = StreamingDocument(QTextDocument())
    stream.sync("First answer\n\nmore")
    stream.sync("Second")
    assert stream.doc.toPlainText() == "Second"


def test_cost_per_batch_does_not_grow_with_the_answer(qapp) -> None:  # type: ignore[no-untyped-def]
    stream = StreamingDocument(QTextDocument())
    stream.doc.setTextWidth(700)
    text = ANSWER * 60

    def batches(start: int) -> float:
        t0 = time.process_time()
        for i in range(start, start + 400, 8):
            stream.sync(text[:i])
            stream.doc.size()  # the layout, as the view asks for it
        return time.process_time() - t0

    batches(8)
    early = min(batches(400) for _ in range(3))
    stream.sync(text[: len(text) - 500])
    late = min(batches(len(text) - 500) for _ in range(3))
    # The late batches append to a document ~45x longer; a rebuild per batch would make
    # them ~45x slower. Generous bound for a busy machine.
    assert late < early * 4
