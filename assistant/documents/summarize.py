"""Summarizing documents of any length: one pass when the text fits the context,
otherwise chunks by tokens, a summary per chunk, and summaries of the summaries."""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace

from assistant.engine.backend import Completion
from assistant.engine.host import EngineHost
from assistant.engine.lane import Lane
from assistant.ground.errors import Cancelled, UserError
from assistant.presets.preset import Preset

LENGTH_TOKENS = {"short": 150, "medium": 300, "long": 600}
OVERLAP_TOKENS = 48  # a little context carried into the next chunk
# Chunks stay this small even with a large context: on CPU, llama.cpp slows down sharply
# with depth (measured with llama-bench here: generation 71 tok/s at depth 0, 31 at depth
# 1,024), and small models summarize short passages better.
MAX_CHUNK_TOKENS = 512
# A partial summary is about a fifth of its chunk: the map step compresses the same
# whatever the chunk size, and only the final answer gets the full requested length.
PARTIAL_RATIO = 5


@dataclass
class SummaryProgress:
    stage: str  # "map" or "reduce"
    done: int
    total: int  # chunks known so far (grows while a large file is read)
    eta_seconds: float | None


@dataclass
class SummaryResult:
    text: str
    complete: bool  # False when cancelled: text holds what was finished
    chunks: int
    partials: list[str] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prompt_seconds: float = 0.0
    generation_seconds: float = 0.0


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


class Summarizer:
    """Map-reduce summaries on an engine; ``cancel()`` stops at once, keeping results."""

    def __init__(
        self,
        engine: EngineHost | Lane,
        preset: Preset,
        length: str = "short",
        cancelled: threading.Event | None = None,
    ) -> None:
        """``cancelled``: the caller's cancel flag, checked between and inside steps."""
        if length not in LENGTH_TOKENS:
            raise ValueError(f"length must be one of {list(LENGTH_TOKENS)}")
        # The person's lane (EngineHost.stream): the window's Stop and Ctrl+C, which
        # cancel the engine, stop the summary's parts in flight too.
        self.engine = engine
        self.preset = preset
        self.length = length
        self._own_flag = cancelled is None
        self._cancelled = cancelled or threading.Event()
        self.result = SummaryResult("", False, 0)
        self._chunk_budget = MAX_CHUNK_TOKENS
        self._figures = threading.Lock()  # parts finish on several threads

    def cancel(self) -> None:
        self._cancelled.set()
        self.engine.cancel()

    def _budget(self) -> int:
        """Tokens of document text that fit in one request."""
        facts = self.engine.facts
        assert facts is not None
        overhead = self.engine.count(self.preset.render("", {"length": self.length}).messages)
        # 5% slack: tokens merge differently at the seams of joined paragraphs.
        room = int((facts.context - overhead - LENGTH_TOKENS[self.length] - 32) * 0.95)
        return max(128, min(MAX_CHUNK_TOKENS, room))

    def chunks(self, paragraphs: Iterable[str], budget: int) -> Iterator[str]:
        """Pack paragraphs (split further at sentences) into chunks of at most ``budget``
        tokens, with a small overlap. Streams: only one chunk is held at a time."""
        current: list[str] = []
        used = 0
        batch: list[str] = []

        def pieces() -> Iterator[tuple[str, int]]:
            for para in paragraphs:
                batch.append(para)
                if len(batch) >= 64:
                    yield from self._count(batch, budget)
                    batch.clear()
            yield from self._count(batch, budget)

        for text, n in pieces():
            if used + n > budget and current:
                yield "\n\n".join(current)
                tail = current[-1]
                tail_n = self.engine.count_texts([tail])[0]
                current, used = ([tail], tail_n) if tail_n <= OVERLAP_TOKENS * 2 else ([], 0)
            current.append(text)
            used += n
        if current:
            yield "\n\n".join(current)

    def _count(self, paras: list[str], budget: int) -> Iterator[tuple[str, int]]:
        if not paras:
            return
        # +2 per piece for the blank line that joins it to the next one.
        counts = [n + 2 for n in self.engine.count_texts(paras)]
        for para, n in zip(paras, counts, strict=True):
            if n <= budget:
                yield para, n
                continue
            # A paragraph longer than a chunk: by sentences, then by words.
            sentences = _sentences(para)
            if len(sentences) == 1:
                words = para.split()
                step = max(1, len(words) * budget // (n + 1))
                sentences = [" ".join(words[i : i + step]) for i in range(0, len(words), step)]
            yield from self._count(sentences, budget)

    def _ask(self, text: str, final: bool) -> str:
        if self._cancelled.is_set():
            raise Cancelled()
        rendered = self.preset.render(text, {"length": self.length})
        limit = LENGTH_TOKENS[self.length]
        if not final:
            limit = max(64, min(limit, self._chunk_budget // PARTIAL_RATIO))
        # Consecutive steps share the instruction prefix through the engine's cache; the
        # chunks themselves are never resumed, so their states are not saved.
        params = replace(rendered.params, max_tokens=limit, remember=False)
        done: Completion | None = None
        for item in self.engine.stream(rendered.messages, params):
            if isinstance(item, Completion):
                done = item
        assert done is not None
        if done.finish_reason == "cancelled" or self._cancelled.is_set():
            raise Cancelled()
        with self._figures:
            r = self.result
            r.prompt_tokens += done.prompt_tokens - done.reused_tokens
            r.completion_tokens += done.completion_tokens
            r.prompt_seconds += done.prompt_seconds
            r.generation_seconds += done.generation_seconds
        return done.text.strip()

    def _ask_many(self, texts: Iterator[tuple[str, bool]], done: Callable[[str], None]) -> None:
        """Ask for each ``(text, final)`` as parallel answers (as many as the engine
        writes at once), handing each result to ``done`` in order. A new part starts as
        soon as any finishes: one slow part does not hold the others' places empty."""
        facts = self.engine.facts
        width = max(1, facts.parallel if facts is not None else 1)
        with ThreadPoolExecutor(width, thread_name_prefix="summary") as pool:
            pending: deque[Future[str]] = deque()
            try:
                for text, final in texts:
                    pending.append(pool.submit(self._ask, text, final))
                    while sum(not f.done() for f in pending) >= width:
                        wait([f for f in pending if not f.done()], return_when=FIRST_COMPLETED)
                        while pending and pending[0].done():
                            done(pending.popleft().result())
                while pending:
                    done(pending.popleft().result())
            except BaseException:
                self.cancel()  # the others stop too; the pool waits for them
                raise

    def run(
        self,
        paragraphs: Iterable[str],
        on_progress: Callable[[SummaryProgress], None] | None = None,
    ) -> SummaryResult:
        """Summarize; on cancel, returns what was finished (``complete`` False)."""
        if self._own_flag:  # a caller's flag set before the start still counts
            self._cancelled.clear()
        self.result = r = SummaryResult("", False, 0)
        budget = self._chunk_budget = self._budget()
        start = time.monotonic()

        def report(stage: str, done: int, total: int) -> None:
            if on_progress is None:
                return
            elapsed = time.monotonic() - start
            eta = elapsed / done * (total - done) if done else None
            on_progress(SummaryProgress(stage, done, total, eta))

        try:
            level: list[str] = []
            chunks = self.chunks(paragraphs, budget)
            first = next(chunks, None)
            if first is None:
                raise UserError("The document has no text to summarize.")
            following = next(chunks, None)
            parts = itertools.chain([first], [following] if following else [], chunks)

            def mapped() -> Iterator[tuple[str, bool]]:
                for chunk in parts:
                    r.chunks += 1
                    report("map", len(level), r.chunks)
                    # A document that fits in one chunk is answered at full length at once.
                    yield chunk, following is None

            def kept(summary: str) -> None:
                level.append(summary)
                r.partials = list(level)
                report("map", len(level), r.chunks)

            self._ask_many(mapped(), kept)
            # Reduce: combine partial summaries, again in chunks if they do not fit.
            while len(level) > 1:
                groups = list(self.chunks(level, budget))
                merged: list[str] = []

                def combined(
                    summary: str, merged: list[str] = merged, n: int = len(groups)
                ) -> None:
                    merged.append(summary)
                    report("reduce", len(merged), n)

                report("reduce", 0, len(groups))
                self._ask_many(((g, len(groups) == 1) for g in groups), combined)
                if len(groups) >= len(level):  # no progress: the last resort is one request
                    merged = [self._ask("\n\n".join(level), final=True)]
                level = merged
            r.text, r.complete = level[0], True
        except Cancelled:
            r.text = "\n\n".join(r.partials)
            r.complete = False
        return r
