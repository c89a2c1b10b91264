"""An answer as it should sound: prose without Markdown's marks; code blocks and tables
announced, not spelled out; cut into sentences so speech starts before the end."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^```.*?^```[ \t]*$", re.MULTILINE | re.DOTALL)
_TABLE = re.compile(r"(?:^\|.*\|[ \t]*\n?){2,}", re.MULTILINE)
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_CITE = re.compile(r"\s*\[\d+\]")
_MARKS = re.compile(r"(\*\*|__|\*|~~|`|^#{1,6}\s*|^>\s?|^\s*[-*+]\s+|^\s*\d+[.)]\s+)", re.M)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n{2,}")

CODE = "A code block."
TABLE = "A table."


def speakable(markdown: str) -> str:
    """The text to say for an answer written in Markdown."""
    text = _THINK.sub("", markdown)
    text = _FENCE.sub(f"\n{CODE}\n", text)
    text = _TABLE.sub(f"\n{TABLE}\n", text)
    text = _LINK.sub(r"\1", text)
    text = _CITE.sub("", text)
    text = _MARKS.sub("", text)
    lines = [line.strip() for line in text.splitlines()]
    # A line that ends without a stop is its own sentence (a heading, an item).
    out = [line if line[-1] in ".!?…:;," else line + "." for line in lines if line]
    return " ".join(out)


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (each said as soon as it is ready)."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


_SETTLED = re.compile(r"\n\n|(?<=[.!?…])[ \n]")


class Follower:
    """Sentences of an answer as it streams: :meth:`feed` the whole answer so far, get
    the sentences that are complete and not said yet (never inside an open code block,
    nor in a table's line); :meth:`finish` gives the rest."""

    def __init__(self) -> None:
        self.said = 0

    def feed(self, markdown: str) -> list[str]:
        cut = 0
        for m in _SETTLED.finditer(markdown):
            before = markdown[: m.end()]
            line = before[before.rfind("\n", 0, m.start()) + 1 :]
            if before.count("```") % 2 == 0 and not line.lstrip().startswith("|"):
                cut = m.end()
        return self._new(markdown[:cut])

    def finish(self, markdown: str) -> list[str]:
        return self._new(markdown)

    def _new(self, markdown: str) -> list[str]:
        found = sentences(speakable(markdown))
        # The last sentence of a cut may grow a stop the full text lacks; never again.
        new, self.said = found[self.said :], max(self.said, len(found))
        return new
