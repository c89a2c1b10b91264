"""Recording a turn in which the model calls tools: each of its answers is a message
(the ones that call carry their calls), each result a ``tool`` message under it, and the
last answer at the end of the branch; saved as they happen, so a crash loses little."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from assistant.engine.backend import Completion
from assistant.store.recorder import AnswerRecorder
from assistant.store.repository import Repository
from assistant.tools.loop import CallEvent, CallsMade, LoopItem


def figures(done: Completion) -> dict[str, Any]:
    """An answer's figures as message fields."""
    return {
        "finish_reason": done.finish_reason,
        "prompt_tokens": done.prompt_tokens,
        "completion_tokens": done.completion_tokens,
        "generation_seconds": done.generation_seconds,
        "tokens_per_second": done.tokens_per_second,
        "drafted_tokens": done.drafted,
        "accepted_tokens": done.accepted,
    }


class ToolTurn:
    """Feeds a tool loop's items to the store; ``recorder`` is the answer being written
    (None between a call's result and the next answer)."""

    def __init__(
        self,
        repo: Repository,
        conversation_id: int,
        start: Callable[[int], AnswerRecorder],
        parent_id: int,
        on_text: Callable[[str], None] | None,
        on_call: Callable[[CallEvent], None] | None,
    ) -> None:
        """``start(parent_id)``: a recorder for a new answer under that message."""
        self.repo, self.conversation_id, self._start = repo, conversation_id, start
        self.on_text, self.on_call = on_text, on_call
        self.recorder: AnswerRecorder | None = start(parent_id)
        self.last_id = self.recorder.message_id
        self.done: Completion | None = None

    def run(self, items: Iterator[LoopItem]) -> Completion | None:
        """Record every item; the last answer's Completion."""
        for item in items:
            if isinstance(item, Completion):
                self.done = item
            elif isinstance(item, CallsMade):
                self._calls(item)
            elif isinstance(item, CallEvent):
                self._result(item)
            else:
                if self.recorder is None:
                    self.recorder = self._start(self.last_id)
                    self.last_id = self.recorder.message_id
                self.recorder.add(item)
                if self.on_text is not None:
                    self.on_text(item)
        self.current()
        return self.done

    def current(self) -> AnswerRecorder:
        """The answer being written; a new one when stopped between a result and the
        next answer (it ends the branch, marked as stopped)."""
        if self.recorder is None:
            self.recorder = self._start(self.last_id)
            self.last_id = self.recorder.message_id
        return self.recorder

    def _calls(self, made: CallsMade) -> None:
        assert self.done is not None
        # An answer that is only calls (no text came) still gets its message.
        recorder = self.current()
        recorder.finish(
            "complete",
            text=recorder.text,
            tool_calls=[c.openai() for c in made.calls],
            **figures(self.done),
        )
        self.recorder = None

    def _result(self, event: CallEvent) -> None:
        self.last_id = self.repo.append(
            self.conversation_id,
            "tool",
            event.result,
            parent_id=self.last_id,
            tool_call_id=event.call.id,
            tool_name=event.call.name,
            generation_seconds=event.seconds,
            error=None if event.ok else event.result,
        )
        if self.on_call is not None:
            self.on_call(event)
