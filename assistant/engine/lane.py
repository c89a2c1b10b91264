"""A lane: one party's access to the engine (the window, one API request, a summary),
with its priority and a cancel that stops only its own answers."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any, Protocol

from assistant.engine.backend import (
    ChatMessage,
    Completion,
    ModelFacts,
    SamplingParams,
    StreamItem,
)


class LaneHost(Protocol):
    """What a lane needs of the engine host (engine/host.py: EngineHost)."""

    facts: ModelFacts | None

    def run_stream(
        self, kind: str, payload: Any, params: SamplingParams | None, lane: Lane
    ) -> Generator[StreamItem, None, None]: ...

    def count(self, messages: Sequence[ChatMessage]) -> int: ...

    def count_texts(self, texts: Sequence[str]) -> list[int]: ...

    def cancel_index(self, index: int) -> None: ...


class Lane:
    """One party's requests on the engine (the window, one API request, a summary): its
    priority, and a cancel that stops only its own answers. Has the ChatEngine
    interface; ``on_queued(place)`` hears when its request waits for a free sequence."""

    def __init__(
        self, host: LaneHost, priority: int, on_queued: Callable[[int], None] | None = None
    ) -> None:
        self.host, self.priority, self.on_queued = host, priority, on_queued
        self.indices: set[int] = set()

    @property
    def facts(self) -> ModelFacts | None:
        return self.host.facts

    def stream(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]:
        """Yield text pieces (batched every ~30 ms) and finally a :class:`Completion`.

        A cancelled answer ends with a Completion whose finish_reason is "cancelled"
        (or raises :class:`Cancelled` if it was stopped before the first token).
        """
        yield from self.host.run_stream("chat", list(messages), params, self)

    def stream_prompt(
        self, prompt: str, params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]:
        """Like :meth:`stream`, for a raw text prompt continued without a chat template."""
        yield from self.host.run_stream("prompt", prompt, params, self)

    def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Completion:
        """Run one answer to the end and return it."""
        done: Completion | None = None
        for item in self.stream(messages, params):
            if isinstance(item, Completion):
                done = item
        assert done is not None
        return done

    def count(self, messages: Sequence[ChatMessage]) -> int:
        return self.host.count(messages)

    def count_texts(self, texts: Sequence[str]) -> list[int]:
        return self.host.count_texts(texts)

    def cancel(self) -> None:
        """Stop this lane's answers (safe from any thread)."""
        for index in list(self.indices):
            self.host.cancel_index(index)

    def close(self) -> None:
        self.cancel()
