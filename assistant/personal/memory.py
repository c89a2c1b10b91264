"""Which memories an answer is given, and how. A few go whole into the system prompt
(the same every turn, so the engine's prefix cache keeps working); many are searched
with the embedding model for the ones that matter to the question, which go with the
question (as document passages do), leaving the conversation before it untouched."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.engine.backend import ChatMessage
from assistant.ground.errors import UserError
from assistant.store.memories import Memory

log = logging.getLogger(__name__)

# All of them while they are this few and this short; beyond, the most relevant.
ALL_UP_TO = 12
ALL_UP_TO_CHARS = 1200
TOP = 5
HEADER = (
    "The user asked you to remember these facts about them. Follow them whenever they "
    "matter, without mentioning this list:"
)

Embed = Callable[[list[str]], np.ndarray]  # texts -> unit vectors, one row each


@dataclass
class Recalled:
    """The memories chosen for one answer and the messages that carry them."""

    memories: list[Memory]
    messages: list[ChatMessage]


def _block(memories: Sequence[Memory]) -> str:
    return HEADER + "\n" + "\n".join(f"- {m.text}" for m in memories)


class Recall:
    """Chooses memories for answers; remembers the vectors of memories it embedded."""

    def __init__(self, embed: Embed | None) -> None:
        self._embed = embed
        self._vectors: dict[str, np.ndarray] = {}

    def apply(self, memories: Sequence[Memory], messages: list[ChatMessage]) -> Recalled:
        """``messages`` with the memories that apply (none: unchanged)."""
        if not memories or not messages:
            return Recalled([], messages)
        few = len(memories) <= ALL_UP_TO and sum(len(m.text) for m in memories) <= ALL_UP_TO_CHARS
        if few:
            chosen = list(memories)
            block = _block(chosen)
            if messages[0]["role"] == "system":
                first: ChatMessage = {
                    "role": "system",
                    "content": f"{messages[0]['content']}\n\n{block}",
                }
                return Recalled(chosen, [first, *messages[1:]])
            return Recalled(chosen, [{"role": "system", "content": block}, *messages])
        question = messages[-1]["content"] if messages[-1]["role"] == "user" else ""
        chosen = self.relevant(memories, question)
        last: ChatMessage = {"role": "user", "content": f"{_block(chosen)}\n\n{question}"}
        return Recalled(chosen, [*messages[:-1], last])

    def relevant(self, memories: Sequence[Memory], question: str) -> list[Memory]:
        """The TOP memories closest in meaning to ``question`` (the newest without an
        embedding model), in the order they were added."""
        newest = sorted(memories, key=lambda m: m.updated)[-TOP:]
        if self._embed is None or not question.strip():
            return newest
        try:
            missing = [m.text for m in memories if m.text not in self._vectors]
            if missing:
                for text, vector in zip(missing, self._embed(missing), strict=True):
                    self._vectors[text] = vector
            query = self._embed([question])[0]
        except UserError as exc:
            # The embedding model is missing or will not load: the answer still comes,
            # with the newest memories.
            log.warning("memories: searching them failed, using the newest: %s", exc)
            return newest
        scores = [float(np.dot(self._vectors[m.text], query)) for m in memories]
        best = sorted(range(len(memories)), key=lambda i: scores[i], reverse=True)[:TOP]
        return [memories[i] for i in sorted(best)]
