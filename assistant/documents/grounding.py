"""Putting retrieved passages in front of the model: numbered, as many as fit the
context next to the system prompt, the history and the question (the least relevant are
left out first, and the user is told), with the instruction to cite them as [n]."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the window imports this module; the search stack (numpy) loads later
    from assistant.documents.retrieval import Hit

INSTRUCTION = (
    "Answer the question using the numbered sources above. After each statement taken "
    "from a source, cite it with its number in square brackets, like [1] or [2][3]. If "
    "the sources do not answer the question, say so."
)
_CITATION = re.compile(r"\[(\d{1,3})\]")


@dataclass
class Grounded:
    """The question as the model sees it, and the sources it was given (numbered)."""

    content: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    left_out: int = 0  # passages found but left out for lack of room

    @property
    def note(self) -> str:
        if not self.left_out:
            return ""
        s = "" if self.left_out == 1 else "s"
        return f"{self.left_out} less relevant passage{s} left out to fit the context."


def source_of(n: int, hit: Hit) -> dict[str, Any]:
    """A source as saved with the answer (and exported): enough to show and open it."""
    p = hit.passage
    return {
        "n": n,
        "collection": p.collection,
        "path": p.path,
        "name": hit.name,
        "page": p.page,
        "heading": p.heading,
        "start": p.start,
        "end": p.end,
        "text": p.text,
    }


def source_label(source: dict[str, Any]) -> str:
    """ "[2] contract.pdf, p. 3" for a saved source."""
    where = (
        f"p. {source['page']}"
        if source.get("page") is not None
        else (f"§ {source['heading']}" if source.get("heading") else "")
    )
    return f"[{source['n']}] {source['name']}" + (f", {where}" if where else "")


def _block(source: dict[str, Any]) -> str:
    return f"{source_label(source)}\n{source['text']}"


def ground(
    question: str,
    hits: Sequence[Hit],
    budget: int,
    count: Callable[[list[str]], list[int]],
) -> Grounded:
    """The question with as many of ``hits`` (best first) as fit in ``budget`` tokens."""
    if not hits:
        return Grounded(question)
    sources = [source_of(n, hit) for n, hit in enumerate(hits, 1)]
    blocks = [_block(s) for s in sources]
    frame = f"Sources:\n\n\n\nQuestion: {question}\n\n{INSTRUCTION}"
    sizes = count([frame, *blocks])
    used = sizes[0]
    kept: list[dict[str, Any]] = []
    for source, size in zip(sources, sizes[1:], strict=True):
        if used + size + 2 > budget:
            break  # the rest are less relevant still
        kept.append(source)
        used += size + 2
    left_out = len(sources) - len(kept)
    if not kept:
        return Grounded(question, [], left_out)
    for n, source in enumerate(kept, 1):
        source["n"] = n
    text = "\n\n".join(_block(s) for s in kept)
    return Grounded(f"Sources:\n{text}\n\nQuestion: {question}\n\n{INSTRUCTION}", kept, left_out)


def cited(answer: str, sources: Sequence[dict[str, Any]]) -> list[int]:
    """The source numbers an answer cites that exist, in order of first citation."""
    known = {s["n"] for s in sources}
    seen: dict[int, None] = {}
    for m in _CITATION.finditer(answer):
        n = int(m.group(1))
        if n in known:
            seen.setdefault(n)
    return list(seen)
