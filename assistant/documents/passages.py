"""Cutting a document into passages for retrieval: about ``size`` tokens of the
embedding model each, on sentence and paragraph boundaries, each starting with the last
sentences of the one before (``overlap`` tokens) so an idea cut in two is whole in one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from assistant.documents.loaders import Block

# all-MiniLM-L6-v2 was trained on pieces of up to 128 tokens (its model card): longer
# passages are read, but their vectors say less about each part.
PASSAGE_TOKENS = 128
OVERLAP_TOKENS = 32
# Sentences counted per round trip to the engine.
_COUNT_BATCH = 256

# A sentence ends at . ! ? followed by space or the end, at their CJK forms, or at a line
# break inside a paragraph (lists, tables, code). A mark inside a word ("llama.cpp",
# "3.14", "run.py") belongs to the sentence.
_SENTENCE = re.compile(r"(?:[^.!?。！？\n]|[.!?]+(?=[^\s.!?]))*(?:[.!?]+(?=\s|$)|[。！？]+|\n|$)")

Counter = Callable[[list[str]], list[int]]


@dataclass(frozen=True)
class Passage:
    """One passage: its text, where it comes from, and its size in tokens."""

    text: str
    page: int | None
    heading: str
    start: int  # character offsets in the document's text (paragraphs joined by "\n\n")
    end: int
    tokens: int


@dataclass
class _Piece:
    text: str
    start: int
    page: int | None
    heading: str
    tokens: int = 0
    first: bool = False  # begins a paragraph (joined with a blank line, not a space)


def _sentences(blocks: Iterable[Block]) -> Iterator[_Piece]:
    offset = 0
    for block in blocks:
        first = True
        for m in _SENTENCE.finditer(block.text):
            text = m.group().strip()
            if text:
                start = offset + m.start() + (len(m.group()) - len(m.group().lstrip()))
                yield _Piece(text, start, block.page, block.heading, first=first)
                first = False
        offset += len(block.text) + 2


def _counted(pieces: Iterator[_Piece], count: Counter, size: int) -> Iterator[_Piece]:
    """Pieces with their token counts; a sentence longer than a passage is cut at words."""
    while True:
        batch = [p for _, p in zip(range(_COUNT_BATCH), pieces, strict=False)]
        if not batch:
            return
        for piece, n in zip(batch, count([p.text for p in batch]), strict=True):
            piece.tokens = n
            if n <= size:
                yield piece
            else:
                yield from _cut_long(piece, count, size)


def _cut_long(piece: _Piece, count: Counter, size: int) -> Iterator[_Piece]:
    words = list(re.finditer(r"\S+", piece.text))
    if len(words) <= 1:
        # One "word" longer than a passage (a base64 blob, CJK without spaces): by characters.
        step = max(1, len(piece.text) * size // max(piece.tokens, 1))
        spans = [(i, min(i + step, len(piece.text))) for i in range(0, len(piece.text), step)]
    else:
        per = max(1, len(words) * size // max(piece.tokens, 1))
        spans = [
            (words[i].start(), words[min(i + per, len(words)) - 1].end())
            for i in range(0, len(words), per)
        ]
    parts = [piece.text[a:b] for a, b in spans]
    for (a, _), text, n in zip(spans, parts, count(parts), strict=True):
        part = _Piece(text, piece.start + a, piece.page, piece.heading, n, piece.first and a == 0)
        if n <= size or len(text) <= 1:
            yield part
        else:
            yield from _cut_long(part, count, size)


def passages(
    blocks: Iterable[Block],
    count: Counter,
    size: int = PASSAGE_TOKENS,
    overlap: int = OVERLAP_TOKENS,
) -> Iterator[Passage]:
    """Passages of at most ``size`` tokens (as ``count`` measures them, without the
    model's special tokens) over ``blocks``; a passage never spans two PDF pages."""
    current: list[_Piece] = []
    used = 0

    def emit() -> Passage:
        text = ""
        for p in current:
            text += ("\n\n" if p.first else " ") + p.text if text else p.text
        last = current[-1]
        return Passage(
            text, current[0].page, current[0].heading, current[0].start,
            last.start + len(last.text), used,
        )  # fmt: skip

    for piece in _counted(_sentences(blocks), count, size):
        if current and (used + piece.tokens > size or piece.page != current[-1].page):
            yield emit()
            carried: list[_Piece] = []
            kept = 0
            if piece.page == current[-1].page:
                for p in reversed(current):
                    if kept + p.tokens > overlap or kept + p.tokens + piece.tokens > size:
                        break
                    carried.insert(0, p)
                    kept += p.tokens
            current, used = carried, kept
        current.append(piece)
        used += piece.tokens
    if current:
        yield emit()
