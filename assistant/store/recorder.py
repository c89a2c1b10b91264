"""Saving an answer while it streams, so a crash loses at most the last half second."""

from __future__ import annotations

import time
from typing import Any

from assistant.engine.reasoning import ReasoningSplitter, split_reasoning
from assistant.store.repository import Repository

CHECKPOINT_SECONDS = 0.5


class AnswerRecorder:
    """Creates a ``streaming`` message and checkpoints its text as pieces arrive."""

    def __init__(
        self,
        repo: Repository,
        conversation_id: int,
        parent_id: int | None,
        interval: float = CHECKPOINT_SECONDS,
        **meta: Any,
    ) -> None:
        self.repo = repo
        self.interval = interval
        self.message_id = repo.append(
            conversation_id, "assistant", "", parent_id=parent_id, status="streaming", **meta
        )
        self._pieces: list[str] = []
        self._saved_len = 0
        self._last = self._started = time.monotonic()
        self._splitter = ReasoningSplitter()  # when a thinking model's answer begins
        self._answer_at: float | None = None

    @property
    def text(self) -> str:
        return "".join(self._pieces)

    def add(self, piece: str) -> None:
        self._pieces.append(piece)
        now = time.monotonic()
        if (
            self._answer_at is None
            and self._splitter.state != "answer"
            and any(part == "answer" for part, _ in self._splitter.feed(piece))
        ):
            self._answer_at = now
        if now - self._last >= self.interval:
            self.checkpoint()
            self._last = now

    def checkpoint(self) -> None:
        text = self.text
        if len(text) != self._saved_len:
            self.repo.update_content(self.message_id, text)
            self._saved_len = len(text)

    def finish(self, status: str = "complete", text: str | None = None, **meta: Any) -> None:
        """Final text (the engine's, when given), status and figures; a leading reasoning
        block is stored apart from the answer, with how long the model thought."""
        split = split_reasoning(self.text if text is None else text)
        if split.reasoning:
            end = self._answer_at if self._answer_at is not None else time.monotonic()
            meta.update(reasoning=split.reasoning, reasoning_seconds=end - self._started)
        self.repo.finish(self.message_id, split.answer, status, **meta)
