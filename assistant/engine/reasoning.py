"""Reasoning blocks in a streamed answer: models such as Qwen3 and DeepSeek-R1 think out
loud between ``<think>`` and ``</think>`` before they answer. :class:`ReasoningSplitter`
sorts the stream into reasoning and answer as it arrives, with markers split across
pieces, a block the template opened in the prompt, a block never closed, and stray or
nested tags handled (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

OPEN, CLOSE = "<think>", "</think>"
Part = Literal["reasoning", "answer"]


@dataclass
class Split:
    """An answer sorted into its reasoning and the answer proper."""

    reasoning: str = ""
    answer: str = ""
    pieces: list[tuple[Part, str]] = field(default_factory=list)


class ReasoningSplitter:
    """Feed it the answer's pieces in order; it returns (part, text) pieces.

    Only a block at the start of the answer is reasoning (after optional whitespace), as
    the convention has it; a ``<think>`` later in the answer is the answer's own text (a
    model explaining the tag, say). ``inside=True`` when the prompt already opened the
    block (a template that ends its generation prompt with ``<think>``). Inside a block,
    a nested ``<think>`` is text; the first ``</think>`` closes it. An unclosed block is
    all reasoning."""

    def __init__(self, inside: bool = False) -> None:
        self.state: Literal["start", "reasoning", "answer"] = "reasoning" if inside else "start"
        self._held = ""  # text that may be the start of a marker
        self._trim = False  # the newlines between a block and the answer are not the answer's
        self.split = Split()

    def feed(self, piece: str) -> list[tuple[Part, str]]:
        text = self._held + piece
        self._held = ""
        out: list[tuple[Part, str]] = []
        while text:
            if self.state == "start":
                stripped = text.lstrip()
                if stripped.startswith(OPEN):
                    self.state = "reasoning"
                    text = stripped[len(OPEN) :]
                    continue
                if OPEN.startswith(stripped):  # all whitespace, or a marker's beginning
                    self._held = text
                    break
                self.state = "answer"
                continue
            if self.state == "answer":
                if self._trim:
                    text = text.lstrip("\n")
                    self._trim = not text
                self._emit(out, "answer", text)
                break
            end = text.find(CLOSE)
            if end >= 0:
                self._emit(out, "reasoning", text[:end])
                self.state, self._trim = "answer", True
                text = text[end + len(CLOSE) :]
                continue
            keep = _partial_suffix(text, CLOSE)
            self._emit(out, "reasoning", text[: len(text) - keep])
            self._held = text[len(text) - keep :]
            break
        return out

    def finish(self) -> list[tuple[Part, str]]:
        """The held-back end of the stream (a marker's beginning that never completed)."""
        held, self._held = self._held, ""
        out: list[tuple[Part, str]] = []
        if held:
            part: Part = "reasoning" if self.state == "reasoning" else "answer"
            self._emit(out, part, held)
        return out

    def _emit(self, out: list[tuple[Part, str]], part: Part, text: str) -> None:
        if not text:
            return
        out.append((part, text))
        self.split.pieces.append((part, text))
        if part == "reasoning":
            self.split.reasoning += text
        else:
            self.split.answer += text


def split_reasoning(text: str, inside: bool = False) -> Split:
    """A whole answer sorted at once."""
    splitter = ReasoningSplitter(inside)
    splitter.feed(text)
    splitter.finish()
    return splitter.split


def _partial_suffix(text: str, marker: str) -> int:
    """Length of the longest end of ``text`` that is a beginning of ``marker``."""
    for n in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-n:]):
            return n
    return 0


# Reasoning markers of model families whose templates do not use <think> (the first
# pair is the convention everything in the app reads).
MARKERS: tuple[tuple[str, str], ...] = (
    (OPEN, CLOSE),
    ("<|START_THINKING|>", "<|END_THINKING|>"),  # Command R7B
    ("[THINK]", "[/THINK]"),  # Magistral
    ("◁think▷", "◁/think▷"),  # Kimi
    ("<seed:think>", "</seed:think>"),  # Seed-OSS
)


def markers_in(template: str) -> tuple[str, str]:
    """The reasoning markers a chat template uses (<think> when it names none)."""
    for pair in MARKERS[1:]:
        if pair[0] in template and pair[1] in template:
            return pair
    return MARKERS[0]


class MarkerTranslator:
    """Rewrites a model's own reasoning markers to <think> and </think> as text streams
    (a marker may arrive in pieces), so that everything downstream reads one
    convention. With the <think> pair itself it passes text through."""

    def __init__(self, markers: tuple[str, str]) -> None:
        self._pairs = [] if markers == MARKERS[0] else [(markers[0], OPEN), (markers[1], CLOSE)]
        self._held = ""

    def feed(self, piece: str) -> str:
        if not self._pairs:
            return piece
        text = self._held + piece
        for theirs, ours in self._pairs:
            text = text.replace(theirs, ours)
        keep = max(_partial_suffix(text, theirs) for theirs, _ in self._pairs)
        self._held = text[len(text) - keep :] if keep else ""
        return text[: len(text) - keep] if keep else text

    def finish(self) -> str:
        held, self._held = self._held, ""
        return held
