"""Continuous batching: every running request advances in each llama_decode step.

Each step decodes, for every answer being generated, its next token together (and a
prompt-lookup draft when it runs alone), then reads chunks of the prompts still to be
read, about one batch of them: a new request joins at the next step, and running answers
keep flowing while a long prompt is read. Generation is memory-bound, so several answers in
one decode cost little more than one.

Order: waiting requests are taken by priority (the person at the keyboard, programs on
the API, background work), older first; waiting raises a request's rank over time, so
nothing starves. When every sequence is busy and the person's request waits, the
youngest request of lower priority is paused: its sequence is copied out to RAM and
put back, exactly, when a sequence is free again.

Exactness: a request's tokens, sampler and seed are its own; a seeded answer depends on
other requests only through how llama.cpp's CPU kernels round rows by batch layout.
Each prompt is read in decodes of its own, in the chunks it is read in alone (a
prompt's rows round by what shares their decode: beside other prompts, greedy answers
started differently), so an answer starts as it does alone. Its later tokens are
decoded one row per answer, with the other answers' rows: attention over one row takes
another kernel (it splits a cache view of 512 cells or more) than over several, and
from 8 rows the matrix kernels take over (engine/drafts.py: MAX_DRAFT). Logits then
differ in their last bits, which can change a token where two were nearly equally
likely; from there the answer goes its own way (tests/test_batching.py).

LoRA adapters are the context's, not a sequence's: answers under different adapter sets
are decoded in steps of their own (engine/llama/adapters.py).
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import llama_cpp as lc

from assistant.engine.backend import PERSON, ChatMessage, Completion, SamplingParams
from assistant.engine.drafts import DecodeCosts
from assistant.engine.llama.adapters import NONE, Adapters, AdapterSet
from assistant.engine.llama.generation import Generation
from assistant.engine.llama.slots import Slot, Slots
from assistant.engine.reasoning import OPEN as THINK_OPEN
from assistant.engine.reasoning import MarkerTranslator

# A waiting request moves up one priority level per this many seconds.
AGING_SECONDS = 20.0
# Steps reading at least this many prompt tokens can be stopped inside llama_decode.
_ABORT_ROWS = 64
_DECODE_ABORTED = 2

Emit = Callable[[int, str, Any], None]


@dataclass(eq=False)
class Job:
    """One request: its prompt, and where it is (waiting, reading, generating)."""

    rid: int
    prompt: list[int]
    params: SamplingParams
    gen: Generation
    translate: MarkerTranslator
    priority: int = PERSON
    dropped: list[ChatMessage] = field(default_factory=list)
    opened: bool = False  # the prompt opened a reasoning block
    adapters: AdapterSet = NONE
    arrived: float = field(default_factory=time.monotonic)
    slot: Slot | None = None
    todo: list[int] = field(default_factory=list)  # prompt tokens still to read
    decoding: bool = False  # the prompt is read: it generates
    parked: tuple[list[int], bytearray | None] | None = None
    reused: int = 0
    started: float = 0.0
    prompted: float = 0.0
    pieces: list[str] = field(default_factory=list)
    position: int = 0  # place in the queue last reported

    def rank(self, now: float) -> tuple[float, float]:
        return (self.priority - (now - self.arrived) / AGING_SECONDS, self.arrived)


class Batcher:
    """Runs the requests of one loaded model, step by step; ``emit(rid, kind, value)``
    reports text, the end ("done" with a Completion, "cancelled", "user_error") and a
    waiting request's place in the queue ("queued")."""

    def __init__(
        self,
        ctx: Any,
        slots: Slots,
        n_batch: int,
        n_ctx: int,
        costs: DecodeCosts,
        can_draft: bool,
        emit: Emit,
        adapters: Adapters,
    ) -> None:
        self.ctx, self.slots, self.n_batch, self.n_ctx = ctx, slots, n_batch, n_ctx
        self.costs, self.can_draft, self.emit = costs, can_draft, emit
        self.adapters = adapters
        self._batch = lc.llama_batch_init(n_batch, 0, 1)
        self.waiting: list[Job] = []
        self.running: list[Job] = []

    @property
    def active(self) -> bool:
        return bool(self.waiting or self.running)

    def submit(self, job: Job) -> None:
        self.waiting.append(job)

    def step(self) -> None:
        """Admit what fits, decode one step for every running request, report."""
        self._drop_cancelled()
        self._admit()
        if self.running:
            self._decode_step()
        self._report_queue()

    # -- admission -----------------------------------------------------------------------

    def _admit(self) -> None:
        now = time.monotonic()
        for job in sorted(self.waiting, key=lambda j: j.rank(now)):
            tokens = job.parked[0] if job.parked else job.prompt
            slot = self.slots.take(tokens, job.adapters.key)
            if slot is None and job.priority == PERSON:
                slot = self._pause_one(tokens, job.adapters.key)
            if slot is None:
                return
            self.waiting.remove(job)
            self.running.append(job)
            self._place(job, slot)

    def _pause_one(self, tokens: list[int], adapters: str) -> Slot | None:
        """Free a sequence for the person: pause the youngest lower-priority request."""
        others = [j for j in self.running if j.priority > PERSON and j.slot is not None]
        if not others:
            return None
        victim = max(others, key=lambda j: (j.priority, j.arrived))
        assert victim.slot is not None
        victim.parked = self.slots.park(victim.slot)
        victim.slot = None
        self.running.remove(victim)
        self.waiting.append(victim)
        return self.slots.take(tokens, adapters)

    def _place(self, job: Job, slot: Slot) -> None:
        job.slot = slot
        if job.parked is not None:
            tokens, state = job.parked
            job.parked = None
            if not self.slots.unpark(slot, tokens, state, job.adapters.key):
                job.todo = tokens + job.todo  # recompute what could not be put back
        else:
            job.started = time.monotonic()
            job.reused = self.slots.begin(slot, job.prompt, job.adapters.key)
            job.todo = job.prompt[len(slot.tokens) :]
        job.gen.seq, job.gen.cached = slot.seq, slot.tokens

    def _report_queue(self) -> None:
        now = time.monotonic()
        for place, job in enumerate(sorted(self.waiting, key=lambda j: j.rank(now)), 1):
            if job.position != place:
                job.position = place
                self.emit(job.rid, "queued", place)

    # -- one step ------------------------------------------------------------------------

    def _decode_step(self) -> None:
        # In sequence order: with a KV cache per sequence, llama.cpp computes together
        # only rows of consecutive, increasing sequence numbers; rows out of order cost
        # another pass over the weights (measured: 8 answers took 45 ms a step instead
        # of 33 when the first two were swapped).
        gens = sorted(
            (j for j in self.running if j.decoding and not j.todo),
            key=lambda j: j.slot.seq if j.slot else 0,
        )
        reading = [j for j in self.running if j.todo]
        alone = len(gens) == 1 and not reading
        drafting = alone and self.can_draft and gens[0].params.speculative is not False
        # One step per adapter set (usually one: the bare model).
        groups: dict[str, list[Job]] = {}
        for job in gens:
            groups.setdefault(job.adapters.key, []).append(job)
        for group in groups.values():
            self.adapters.apply(group[0].adapters)
            self._step(group, [], drafting)
        # Each prompt is read in decodes of its own, in the chunks it is read in alone:
        # its rows round by what shares the decode (measured: greedy answers then start
        # differently). A step reads about one batch of prompts.
        budget = self.n_batch
        now = time.monotonic()
        for job in sorted(reading, key=lambda j: j.rank(now)):
            if budget <= 0:
                break
            budget -= min(len(job.todo), self.n_batch)
            self.adapters.apply(job.adapters)
            self._step([], [job], drafting=False)

    def _step(self, gens: list[Job], reading: list[Job], drafting: bool) -> None:
        """Decode the answers' next tokens, or a chunk of a prompt, in one llama_decode."""
        batch = self._batch
        n = 0
        first: dict[Job, int] = {}

        def put(tok: int, pos: int, seq: int, logits: bool) -> None:
            nonlocal n
            batch.token[n], batch.pos[n], batch.n_seq_id[n] = tok, pos, 1
            batch.seq_id[n][0], batch.logits[n] = seq, logits
            n += 1

        for job in gens:
            assert job.slot is not None
            first[job] = n
            base, seq = len(job.slot.tokens), job.slot.seq
            for i, tok in enumerate(job.gen.rows(drafting)):
                put(tok, base + i, seq, True)
        chunks: list[tuple[Job, int, int]] = []
        for job in reading:
            assert job.slot is not None
            chunk = job.todo[: self.n_batch - n]
            ends = len(chunk) == len(job.todo) and not job.decoding
            base, seq = len(job.slot.tokens), job.slot.seq
            for i, tok in enumerate(chunk):
                put(tok, base + i, seq, ends and i == len(chunk) - 1)
            chunks.append((job, len(chunk), n - 1))
        if n == 0:
            return
        batch.n_tokens = n
        stepping = gens + [c[0] for c in chunks]
        t = time.perf_counter()
        rc = self._decode(stepping, sum(c[1] for c in chunks) >= _ABORT_ROWS)
        if rc != 0:
            self._failed(rc, stepping)
            return
        if len(gens) == 1 and not chunks:
            self.costs.observe(n, time.perf_counter() - t)
        for job, count, last in chunks:
            assert job.slot is not None
            job.slot.tokens.extend(job.todo[:count])
            del job.todo[:count]
            if not job.todo and not job.decoding:
                self._start(job, last)
        for job in gens:
            self._texts(job, job.gen.after(first[job]))
            if job.gen.finish:
                self._done(job)

    def _decode(self, jobs: list[Job], abortable: bool) -> int:
        if not abortable:
            return int(lc.llama_decode(self.ctx, self._batch))

        @lc.ggml_abort_callback  # type: ignore[untyped-decorator]
        def abort(_data: ctypes.c_void_p) -> bool:
            # Only when every request in the step is cancelled: an aborted step leaves
            # the sequences in it unknown.
            return all(j.gen.cancelled() for j in jobs)

        # The callback runs between graph nodes: installed only for steps that read a
        # prompt, where one llama_decode can take seconds.
        lc.llama_set_abort_callback(self.ctx, abort, None)
        try:
            return int(lc.llama_decode(self.ctx, self._batch))
        finally:
            lc.llama_set_abort_callback(self.ctx, lc.ggml_abort_callback(), None)

    def _start(self, job: Job, row: int) -> None:
        assert job.slot is not None
        job.prompted = time.monotonic()
        job.decoding = True
        job.gen.limit = min(job.params.max_tokens, self.n_ctx - len(job.slot.tokens))
        if job.opened:
            # The answer starts inside a reasoning block: the caller sees a whole block.
            job.pieces.append(THINK_OPEN)
            self.emit(job.rid, "text", THINK_OPEN)
        self._texts(job, job.gen.start(row))
        if job.gen.finish:
            self._done(job)

    def _texts(self, job: Job, texts: list[str]) -> None:
        for piece in texts:
            # A model's own reasoning markers become <think> and </think> for everyone.
            if text := job.translate.feed(piece):
                job.pieces.append(text)
                self.emit(job.rid, "text", text)

    # -- endings -------------------------------------------------------------------------

    def _done(self, job: Job) -> None:
        if tail := job.translate.finish():
            job.pieces.append(tail)
            self.emit(job.rid, "text", tail)
        now = time.monotonic()
        stats = job.gen.lookup.stats if job.gen.lookup is not None else None
        self.emit(
            job.rid,
            "done",
            Completion(
                text="".join(job.pieces),
                finish_reason=job.gen.finish,  # type: ignore[arg-type]
                prompt_tokens=len(job.prompt),
                completion_tokens=job.gen.produced,
                reused_tokens=job.reused,
                prompt_seconds=job.prompted - job.started,
                generation_seconds=now - job.prompted,
                dropped_messages=len(job.dropped),
                dropped=job.dropped,
                drafted=stats.drafted if stats else 0,
                accepted=stats.accepted if stats else 0,
            ),
        )
        if job.params.remember and job.slot is not None:
            self.slots.remember(job.slot, job.params.owner)  # after "done": off its path
        self._end(job)

    def _cancel(self, job: Job) -> None:
        """A cancelled answer ends with what it has; before its first token, with
        "cancelled"."""
        if job.decoding:
            self._texts(job, job.gen.cut("cancelled"))
            self._done(job)
        else:
            self.emit(job.rid, "cancelled", None)
            self._end(job)

    def _drop_cancelled(self) -> None:
        for job in [*self.waiting, *self.running]:
            if job.gen.cancelled():
                self._cancel(job)

    def _failed(self, rc: int, jobs: list[Job]) -> None:
        for job in jobs:
            assert job.slot is not None
            self.slots.clear(job.slot)  # a failed step leaves these sequences unknown
            if rc == _DECODE_ABORTED:
                self._cancel(job)  # every one was cancelled: that is why it stopped
            else:
                self.emit(job.rid, "user_error", "The model could not process the prompt.")
                self._end(job)

    def fail_all(self, kind: str, message: str) -> None:
        """End every request with an error (a bug or a memory limit hit in a step)."""
        for job in [*self.waiting, *self.running]:
            if job.slot is not None:
                self.slots.clear(job.slot)
            self.emit(job.rid, kind, message)
            self._end(job)

    def cancel_all(self) -> None:
        for job in [*self.waiting, *self.running]:
            self._cancel(job)

    def _end(self, job: Job) -> None:
        job.gen.close()
        if job in self.running:
            self.running.remove(job)
        if job in self.waiting:
            self.waiting.remove(job)
        if job.slot is not None:
            self.slots.release(job.slot)
            job.slot = None

    def close(self) -> None:
        self.cancel_all()
        if self._batch is not None:
            lc.llama_batch_free(self._batch)
            self._batch = None
