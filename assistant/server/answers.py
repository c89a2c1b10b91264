"""From the engine's stream to what an API answer is made of: its reasoning (Thought),
its text cut at stop sequences, the tool calls it made, and the end (Answer)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any

from assistant.engine.backend import Completion, StreamItem
from assistant.engine.lane import Lane
from assistant.engine.reasoning import ReasoningSplitter
from assistant.server import protocol
from assistant.server.gate import EngineGate, Queued, Started
from assistant.tools.formats import CallFormat, CallSplitter, ToolCall


@dataclass
class Job:
    """One request, ready to run: which model, what to run on it, where to stop."""

    model: str | None
    make: Callable[[Lane], Generator[StreamItem, None, None]]
    stops: list[str] = field(default_factory=list)
    chat: bool = True  # a chat answer: a leading <think> block is reasoning_content
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. sources, added by ``make``
    lane: Lane | None = None  # its own on the engine, once it runs
    calls: bool = False  # tools were given: calls in the answer are read out of its text

    def run(self, lane: Lane) -> Generator[StreamItem, None, None]:
        self.lane = lane
        return self.make(lane)


@dataclass
class Thought:
    """A piece of the answer's reasoning block (sent as ``reasoning_content``)."""

    text: str


@dataclass
class Answer:
    model: str = ""
    text: str = ""
    reasoning: str = ""
    done: Completion | None = None
    stopped: bool = False
    tool_calls: list[ToolCall] = field(default_factory=list)


Item = str | Thought | Started | Queued | Answer


async def answer_items(
    gate: EngineGate, job: Job, call_format: Callable[[], CallFormat]
) -> AsyncGenerator[Item, None]:
    """Started, then reasoning (Thought) and answer text as they come (the answer cut
    at stop sequences, which do not apply to reasoning; tool calls held back), then the
    Answer. ``call_format()``: how the model that runs writes calls."""
    answer = Answer()
    scanner = protocol.StopScanner(job.stops)
    splitter = ReasoningSplitter() if job.chat else None
    calls: CallSplitter | None = None

    def parts(piece: str) -> list[tuple[str, str]]:
        return list(splitter.feed(piece)) if splitter else [("answer", piece)]

    async with aclosing(gate.stream(job.model, job.run)) as items:
        async for item in items:
            if isinstance(item, Started):
                answer.model = item.model
                if job.calls:
                    calls = CallSplitter(call_format())
                yield item
            elif isinstance(item, Queued):
                yield item
            elif isinstance(item, Completion):
                answer.done = item
            elif not scanner.stopped:
                for out in _sorted(parts(item), scanner, answer, job, calls):
                    yield out
    if splitter is not None and not scanner.stopped:
        for out in _sorted(list(splitter.finish()), scanner, answer, job, calls):
            yield out
    if calls is not None and not scanner.stopped:
        tail, answer.tool_calls = calls.finish()
        for out in _sorted([("answer", tail)], scanner, answer, job, None):
            yield out
    if not scanner.stopped:
        tail = scanner.flush()
        if tail:
            answer.text += tail
            yield tail
    answer.stopped = scanner.stopped
    yield answer


def _sorted(
    parts: list[tuple[str, str]],
    scanner: protocol.StopScanner,
    answer: Answer,
    job: Job,
    calls: CallSplitter | None,
) -> list[str | Thought]:
    out: list[str | Thought] = []
    for part, piece in parts:
        if part == "reasoning":
            answer.reasoning += piece
            out.append(Thought(piece))
            continue
        text = scanner.feed(calls.feed(piece) if calls is not None else piece)
        if scanner.stopped and job.lane is not None:
            # Let the engine end the answer so the usage figures are real.
            job.lane.cancel()
        if text:
            answer.text += text
            out.append(text)
        if scanner.stopped:
            break
    return out
