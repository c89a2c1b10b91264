"""EngineHost: the backend in a child process, with the same interface in the parent.

llama.cpp is native code: a segfault, an abort on a corrupt file or an OOM kill there
must cost the user an error message, never the app or a conversation.
"""

from __future__ import annotations

import logging
import mmap
import os
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import psutil

from assistant.engine import state_files
from assistant.engine.backend import (
    BACKGROUND,
    PERSON,
    ChatMessage,
    Completion,
    LoadOptions,
    ModelFacts,
    ResumeOptions,
    SamplingParams,
    StreamItem,
)
from assistant.engine.backends import ENV_GPU, BackendReport
from assistant.engine.channel import (
    Channel,
    EngineBug,
    drain,
    first_message,
    result,
    wait_briefly,
)
from assistant.engine.child import CANCEL_BYTES
from assistant.engine.gguf_check import GGUFHeader, check_gguf_file
from assistant.engine.lane import Lane
from assistant.engine.limits import with_margin
from assistant.engine.load_errors import child_died, stopped_loading
from assistant.engine.memory import answers_at_once, estimate_bytes, resume_bytes
from assistant.engine.memory_watch import MemoryWatch
from assistant.ground.errors import Cancelled, EngineCrashed, UserError
from assistant.ground.rwlock import SharedLock

log = logging.getLogger(__name__)


__all__ = ["EngineBug", "EngineHost", "Lane"]


def engine_command() -> list[str]:
    """How to start the engine child: this interpreter, or the frozen app binary."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--engine-child"]
    return [sys.executable, "-m", "assistant.engine.child"]


class EngineHost:
    """Runs a model in a child process; answers from any number of threads run side by
    side there (continuous batching), a load waits for them. Cancellable from any
    thread. After the child dies, the next request starts a new one and reloads the
    last model."""

    def __init__(self, options: LoadOptions | None = None, logs_dir: str | None = None) -> None:
        self.options = options or LoadOptions()
        self._logs_dir = logs_dir
        self._open_cancel_flags()
        self._proc: subprocess.Popen[bytes] | None = None
        self._channel: Channel | None = None
        self._use = SharedLock()  # answers share the engine; loads and closing hold it alone
        self._spawning = threading.RLock()
        self._syncing = threading.Lock()
        self._model_path: str | None = None
        self._gpu_off = False  # set after the GPU backend crashed the engine
        self._gpu_note = ""  # why, for the model's facts
        self._watch = MemoryWatch()
        self._resume_sent: ResumeOptions | None = None  # what the child saves states with
        # States the user cleared (None: all) or whose chats were deleted (their owner
        # tags): the files go at once, the child's copies before its next request.
        self._forget: list[str | None] = []
        self._closing = False
        self.facts: ModelFacts | None = None
        self.person = Lane(self, PERSON)  # the window's and the terminal's own answers

    def lane(self, priority: int = PERSON, on_queued: Callable[[int], None] | None = None) -> Lane:
        """A new party on the engine with its own priority and cancel."""
        return Lane(self, priority, on_queued)

    # -- process management --------------------------------------------------------------

    def _open_cancel_flags(self) -> None:
        # A shared page the child polls per step and from llama.cpp's abort callback:
        # byte 0 stops a load, each other byte one answer in flight.
        self._cancel_file = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the host)
        self._cancel_file.write(b"\0" * CANCEL_BYTES)
        self._cancel_file.flush()
        self._cancel = mmap.mmap(self._cancel_file.fileno(), CANCEL_BYTES)
        self._free_indices = list(range(CANCEL_BYTES - 1, 0, -1))
        self._indices_free = threading.Condition()

    def _take_index(self) -> int:
        with self._indices_free:
            self._indices_free.wait_for(lambda: bool(self._free_indices))
            index = self._free_indices.pop()
        self._cancel[index] = 0
        return index

    def _give_index(self, index: int) -> None:
        with self._indices_free:
            self._free_indices.append(index)
            self._indices_free.notify()

    @property
    def answers(self) -> int:
        """Answers in flight (running or waiting in the engine)."""
        with self._indices_free:
            return CANCEL_BYTES - 1 - len(self._free_indices)

    def cancel_index(self, index: int) -> None:
        if not self._cancel.closed:
            self._cancel[index] = 1

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._alive() else None

    def _alive(self) -> bool:
        return (
            self._proc is not None
            and self._proc.poll() is None
            and self._channel is not None
            and self._channel.alive
        )

    def _ensure_child(self) -> Channel:
        with self._spawning:
            if self._alive():
                assert self._channel is not None
                return self._channel
            self._discard_child()
            if self._cancel.closed:
                self._open_cancel_flags()
            try:
                self._spawn()
            except EngineCrashed:
                if self._gpu_off:
                    raise
                # Dead before it was ready: loading the kernels and GPU backends killed
                # it, which a broken GPU driver does. Go on without GPU backends.
                log.error("engine child died while loading its backends; starting it on the CPU")
                self._gpu_off = True
                self._gpu_note = "the GPU driver stopped the engine at start; running on the CPU"
                self._spawn()
            assert self._proc is not None and self._channel is not None
            self._watch.watch(self._proc.pid, self._watch.ceiling)
            if self._model_path is not None:
                # A fresh child after a crash: bring back the model the user had.
                self.facts = self._channel.call("load", self._model_path, self.options)
            return self._channel

    def _spawn(self) -> None:
        parent_sock, child_sock = socket.socketpair()
        fds = (child_sock.fileno(), self._cancel_file.fileno())
        args = [str(fds[0]), str(fds[1])] + ([self._logs_dir] if self._logs_dir else [])
        env = {**os.environ, ENV_GPU: "0"} if self._gpu_off else None
        proc = subprocess.Popen(engine_command() + args, pass_fds=fds, env=env)
        child_sock.close()
        conn = Connection(parent_sock.detach())
        self._proc, self._resume_sent = proc, None
        try:
            result(*first_message(conn, proc)[1:])  # (0, "ok", None) once its backends are loaded
        except EngineCrashed:
            conn.close()
            proc.wait(timeout=10)
            self._proc = None
            raise self._died(proc) from None
        self._channel = Channel(conn, lambda: self._died(proc))

    def _discard_child(self) -> None:
        proc, channel = self._proc, self._channel
        self._proc, self._channel = None, None
        if proc is not None and proc.poll() is None:
            proc.kill()
        if channel is not None:
            channel.close()
        if proc is not None:
            proc.wait(timeout=10)

    def _died(self, proc: subprocess.Popen[bytes]) -> EngineCrashed:
        """The error for requests of a child that died (called once per child)."""
        if self._closing:
            return EngineCrashed("The engine was closed.")
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()  # its pipe broke but it lives on: it is of no use any more
            code = proc.wait(timeout=10)
        tripped = self._watch.tripped(proc.pid)
        if not tripped:
            log.error("engine child died, exit code %s", code)
        return child_died(code, self._watch.ceiling if tripped else None)

    # -- the Backend-like interface ------------------------------------------------------

    def load(self, path: str, options: LoadOptions | None = None) -> ModelFacts:
        """Load (or switch to) a model once the answers running finish; on failure the
        previous model stays loaded."""
        header = check_gguf_file(path)  # fast, clear errors without touching the child
        with self._use.write():
            opts = options or self.options
            channel = self._ensure_child()
            self._watch_load(path, header, opts)
            self._cancel[0] = 0  # cancel() now stops this load
            ticket = channel.open("load", path, opts)
            try:
                facts: ModelFacts = result(*ticket.get())
                if self._gpu_note and opts.n_gpu_layers != 0:
                    facts = replace(facts, gpu_fallback=True, offload=self._gpu_note)
            except KeyboardInterrupt:
                # Ctrl+C in a terminal: stop the load and read the child's answer to it.
                self._cancel[0] = 1
                try:
                    facts = result(*ticket.get())
                except (UserError, Cancelled, EngineBug, EngineCrashed):
                    raise KeyboardInterrupt from None
                self.options, self._model_path, self.facts = opts, path, facts  # done first
                raise
            except EngineCrashed:
                if opts.n_gpu_layers != 0 and not self._gpu_off:
                    facts = self._load_on_cpu(path, opts)
                    self.options, self._model_path, self.facts = opts, path, facts
                    return facts
                raise stopped_loading(path) from None
            finally:
                ticket.close()
            self.options, self._model_path, self.facts = opts, path, facts
            self._resume_sent = opts.resume
            return facts

    def _watch_load(self, path: str, header: GGUFHeader, opts: LoadOptions) -> None:
        """The resident-memory ceiling the child keeps from this load on (MemoryWatch):
        what it holds now (the old model, freed during the load) plus the new one."""
        assert self._proc is not None
        try:
            rss = psutil.Process(self._proc.pid).memory_info().rss
        except psutil.Error:
            return
        n_tokens = opts.n_ctx * answers_at_once(opts, header)
        need = estimate_bytes(os.path.getsize(path), header, n_tokens)
        need += resume_bytes(header, opts)
        self._watch.watch(self._proc.pid, with_margin(rss, need))

    def _load_on_cpu(self, path: str, opts: LoadOptions) -> ModelFacts:
        """After a crash while loading with GPU offload: a broken GPU driver must not cost
        the user the model. Every later engine child runs without GPU backends."""
        log.error("engine crashed loading %s with GPU offload; retrying on the CPU", path)
        self._gpu_off = True
        self._gpu_note = "the GPU backend stopped the engine while loading; running on the CPU"
        channel = self._ensure_child()
        try:
            facts: ModelFacts = channel.call("load", path, opts)
        except EngineCrashed:
            raise stopped_loading(path) from None
        return replace(facts, gpu_fallback=True, offload=self._gpu_note)

    def _call(self, kind: str, *args: Any, model: bool = False) -> Any:
        """One request with one answer, beside any answers running."""
        with self._use.read():
            if model:
                self._require_model()
            return self._ensure_child().call(kind, *args)

    def backend_info(self) -> BackendReport:
        """Which CPU kernels and GPU devices the engine child runs with."""
        report: BackendReport = self._call("info")
        return report

    def embed(
        self, model_path: str, texts: Sequence[str], background: bool = False
    ) -> tuple[list[list[float]], int]:
        """Unit vectors for ``texts`` from an embedding model (loaded in the engine child
        next to the chat model), and how many tokens they took. Run between the steps of
        answers; ``background`` work (indexing) after any that is not."""
        got: tuple[list[list[float]], int] = self._call(
            "embed", model_path, list(texts), BACKGROUND if background else PERSON
        )
        return got

    def embed_counts(self, model_path: str, texts: Sequence[str]) -> list[int]:
        """Each text's tokens for the embedding model (no special tokens), to cut passages."""
        counts: list[int] = self._call("embed_count", model_path, list(texts))
        return counts

    def count(self, messages: Sequence[ChatMessage]) -> int:
        n: int = self._call("count", list(messages), model=True)
        return n

    def count_texts(self, texts: Sequence[str]) -> list[int]:
        """Token counts of plain texts, one round trip for the whole list."""
        counts: list[int] = self._call("count_texts", list(texts), model=True)
        return counts

    def stream(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]:
        """The person's answer (:meth:`Lane.stream`)."""
        yield from self.person.stream(messages, params)

    def stream_prompt(
        self, prompt: str, params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]:
        """The person's continuation of a raw prompt (:meth:`Lane.stream_prompt`)."""
        yield from self.person.stream_prompt(prompt, params)

    def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Completion:
        """Run one of the person's answers to the end and return it."""
        return self.person.complete(messages, params)

    def _params(self, params: SamplingParams | None) -> SamplingParams:
        """A request's params, with the engine's speculative setting where it says none
        (the setting applies from the next answer, without a reload)."""
        p = params or SamplingParams()
        return p if p.speculative is not None else replace(p, speculative=self.options.speculative)

    def clear_saved_states(self, owner: str = "") -> None:
        """Forget every saved conversation state, or those of the chat ``owner`` (it was
        deleted): the files now, the engine's RAM copies before its next request or when
        it closes (never waits for an answer in progress)."""
        if self.options.resume.directory:
            state_files.clear(Path(self.options.resume.directory), owner)
        self._forget.append(owner or None)

    def _sync(self, channel: Channel) -> None:
        """Settings the child takes before an answer: the cache budget (applies without a
        reload) and states to forget (also what a save in progress then wrote)."""
        with self._syncing:
            if self._resume_sent != self.options.resume:
                channel.call("resume", self.options.resume)
                self._resume_sent = self.options.resume
            self._send_forgets(channel)

    def _send_forgets(self, channel: Channel) -> None:
        while self._forget:
            owner = self._forget.pop(0)
            channel.call("clear_states", *([owner] if owner else []))

    def run_stream(
        self, kind: str, payload: Any, params: SamplingParams | None, lane: Lane
    ) -> Generator[StreamItem, None, None]:
        """A lane's request ("chat" messages or a "prompt" text), streamed."""
        with self._use.read():
            self._require_model()
            channel = self._ensure_child()
            self._sync(channel)
            index = self._take_index()
            lane.indices.add(index)
            ticket = channel.open(kind, payload, self._params(params), lane.priority, index)
            finished = False
            try:
                while True:
                    what, value = ticket.get()
                    if what == "text":
                        yield value
                    elif what == "queued":
                        if lane.on_queued is not None:
                            lane.on_queued(value)
                    elif what == "done":
                        finished = True
                        yield value
                        return
                    else:
                        finished = True
                        result(what, value)
                        return
            finally:
                if not finished:
                    # The consumer went away mid-answer: stop it, and read its end so
                    # that its sequence is free before this returns.
                    self.cancel_index(index)
                    drain(ticket)
                ticket.close()
                lane.indices.discard(index)
                self._give_index(index)

    def cancel(self) -> None:
        """Stop the person's answers and a model load; safe from any thread."""
        if not self._cancel.closed:
            self._cancel[0] = 1
        self.person.cancel()

    def _require_model(self) -> None:
        if self._model_path is None:
            raise UserError("No model is loaded.")

    def close(self) -> None:
        """Free the model and end the child process (after the answers running)."""
        with self._use.write():
            channel = self._channel
            if self._alive() and channel is not None:
                try:
                    self._send_forgets(channel)  # before the child saves what it holds
                    self._closing = True
                    ticket = channel.open("close")
                    wait_briefly(ticket, 5)
                except (OSError, EOFError, UserError, EngineBug, EngineCrashed):
                    pass  # it is going away: its files were deleted already
            self._closing = True
            self._discard_child()
            self._watch.close()
            self.facts = None
            self._cancel.close()
            self._cancel_file.close()

    def __enter__(self) -> EngineHost:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
