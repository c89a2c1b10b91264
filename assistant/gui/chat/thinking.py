"""A thinking model's answer as the window shows it: the reasoning folded under a
"Thought for …" line, the answer below (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.engine.reasoning import OPEN, split_reasoning
from assistant.gui.shared.i18n import tr
from assistant.store.records import Message


@dataclass(frozen=True)
class Thinking:
    """A thinking model's answer, told apart: its reasoning and the answer proper."""

    reasoning: str
    answer: str
    seconds: float | None
    ongoing: bool  # still reasoning: the answer has not started

    def label(self, expanded: bool) -> str:
        if self.ongoing:
            return tr("Thinking…")
        took = ""
        if self.seconds is not None:
            s = round(self.seconds)
            took = (
                tr("Thought for {min} min {s} s").format(min=s // 60, s=s % 60)
                if s >= 60
                else tr("Thought for %n s", "", max(1, s))
            )
        return ("▾ " if expanded else "▸ ") + (took or tr("Thought"))


def thinking_of(m: Message) -> Thinking | None:
    """The reasoning of an assistant message: stored apart, or still in the text of an
    answer that is streaming (or was saved before reasoning was kept apart)."""
    if m.role != "assistant":
        return None
    if m.reasoning:
        return Thinking(m.reasoning.strip(), m.content, m.reasoning_seconds, False)
    if OPEN not in m.content[:200]:
        return None
    split = split_reasoning(m.content)
    if not split.reasoning:
        return None
    ongoing = m.status == "streaming" and not split.answer
    return Thinking(split.reasoning.strip(), split.answer, None, ongoing)
