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
from collections.abc import Generator, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import psutil

from assistant.engine import state_files
from assistant.engine.backend import (
    ChatMessage,
    Completion,
    LoadOptions,
    ModelFacts,
    ResumeOptions,
    SamplingParams,
    StreamItem,
)
from assistant.engine.backends import ENV_GPU, BackendReport
from assistant.engine.gguf_check import GGUFHeader, check_gguf_file
from assistant.engine.limits import with_margin
from assistant.engine.load_errors import child_died, stopped_loading
from assistant.engine.memory import estimate_bytes, resume_bytes
from assistant.engine.memory_watch import MemoryWatch
from assistant.engine.turns import Turns
from assistant.ground.errors import Cancelled, EngineCrashed, UserError

log = logging.getLogger(__name__)

_POLL_SECONDS = 0.05


class EngineBug(RuntimeError):
    """An unexpected exception inside the engine child (a bug; details in the log)."""


def engine_command() -> list[str]:
    """How to start the engine child: this interpreter, or the frozen app binary."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--engine-child"]
    return [sys.executable, "-m", "assistant.engine.child"]


class EngineHost:
    """Runs a model in a child process; one request at a time, cancellable from any thread.

    After the child dies, the next request starts a new one and reloads the last model.
    """

    def __init__(self, options: LoadOptions | None = None, logs_dir: str | None = None) -> None:
        self.options = options or LoadOptions()
        self._logs_dir = logs_dir
        self._open_cancel_flag()
        self._proc: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._lock = Turns()  # answers and loads before background embedding
        self._model_path: str | None = None
        self._gpu_off = False  # set after the GPU backend crashed the engine
        self._gpu_note = ""  # why, for the model's facts
        self._watch = MemoryWatch()
        self._resume_sent: ResumeOptions | None = None  # what the child saves states with
        # States the user cleared (None: all) or whose chats were deleted (their owner
        # tags): the files go at once, the child's copies before its next request.
        self._forget: list[str | None] = []
        self.facts: ModelFacts | None = None

    # -- process management --------------------------------------------------------------

    def _open_cancel_flag(self) -> None:
        # One shared byte the child polls per token and from llama.cpp's abort callback.
        self._cancel_file = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the host)
        self._cancel_file.write(b"\0")
        self._cancel_file.flush()
        self._cancel = mmap.mmap(self._cancel_file.fileno(), 1)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._alive() else None

    def _alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _ensure_child(self) -> Connection:
        if self._alive() and self._conn is not None:
            return self._conn
        self._discard_child()
        if self._cancel.closed:
            self._open_cancel_flag()
        try:
            self._spawn()
        except EngineCrashed:
            if self._gpu_off:
                raise
            # Dead before it was ready: loading the kernels and GPU backends killed it,
            # which a broken GPU driver does. Go on without GPU backends.
            log.error("engine child died while loading its backends; starting it on the CPU")
            self._gpu_off = True
            self._gpu_note = "the GPU driver stopped the engine at start; running on the CPU"
            self._spawn()
        assert self._proc is not None and self._conn is not None
        self._watch.watch(self._proc.pid, self._watch.ceiling)
        if self._model_path is not None:
            # A fresh child after a crash: bring back the model the user had.
            self.facts = self._call(("load", self._model_path, self.options))
        return self._conn

    def _spawn(self) -> None:
        parent_sock, child_sock = socket.socketpair()
        fds = (child_sock.fileno(), self._cancel_file.fileno())
        args = [str(fds[0]), str(fds[1])] + ([self._logs_dir] if self._logs_dir else [])
        env = {**os.environ, ENV_GPU: "0"} if self._gpu_off else None
        proc = subprocess.Popen(engine_command() + args, pass_fds=fds, env=env)
        child_sock.close()
        self._proc, self._conn = proc, Connection(parent_sock.detach())
        self._resume_sent = None
        self._result(*self._recv())  # ("ok", None) once its backends are loaded

    def _discard_child(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait(timeout=10)
        self._proc, self._conn = None, None

    def _crashed(self) -> EngineCrashed:
        pid = self._proc.pid if self._proc is not None else 0
        code = self._proc.wait(timeout=10) if self._proc is not None else None
        self._discard_child()
        tripped = self._watch.tripped(pid)
        if not tripped:
            log.error("engine child died, exit code %s", code)
        return child_died(code, self._watch.ceiling if tripped else None)

    def _recv(self) -> tuple[str, Any]:
        assert self._conn is not None and self._proc is not None
        while True:
            try:
                if self._conn.poll(_POLL_SECONDS):
                    msg: tuple[str, Any] = self._conn.recv()
                    return msg
            except (EOFError, OSError):
                raise self._crashed() from None
            if self._proc.poll() is not None:
                # The pipe may still hold the last messages of a child that just exited.
                try:
                    if self._conn.poll(0):
                        msg = self._conn.recv()
                        return msg
                except (EOFError, OSError):
                    pass
                raise self._crashed()

    def _call(self, request: tuple[Any, ...]) -> Any:
        assert self._conn is not None
        try:
            self._conn.send(request)
        except (BrokenPipeError, OSError):
            raise self._crashed() from None
        kind, value = self._recv()
        return self._result(kind, value)

    @staticmethod
    def _result(kind: str, value: Any) -> Any:
        if kind == "ok":
            return value
        if kind == "user_error":
            raise UserError(value)
        if kind == "cancelled":
            raise Cancelled()
        raise EngineBug(f"engine error:\n{value}")

    # -- the Backend-like interface ------------------------------------------------------

    def load(self, path: str, options: LoadOptions | None = None) -> ModelFacts:
        """Load (or switch to) a model; on failure the previous model stays loaded."""
        header = check_gguf_file(path)  # fast, clear errors without touching the child
        with self._lock:
            opts = options or self.options
            self._ensure_child()
            self._watch_load(path, header, opts)
            self._cancel[0] = 0  # cancel() now stops this load
            try:
                facts: ModelFacts = self._call(("load", path, opts))
                if self._gpu_note and opts.n_gpu_layers != 0:
                    facts = replace(facts, gpu_fallback=True, offload=self._gpu_note)
            except KeyboardInterrupt:
                # Ctrl+C in a terminal: stop the load and read the child's answer to it,
                # so the next request finds the pipe in step.
                self._cancel[0] = 1
                try:
                    facts = self._result(*self._recv())
                except (UserError, Cancelled, EngineBug):
                    raise KeyboardInterrupt from None
                self.options, self._model_path, self.facts = opts, path, facts  # done first
                raise
            except EngineCrashed:
                if opts.n_gpu_layers != 0 and not self._gpu_off:
                    facts = self._load_on_cpu(path, opts)
                    self.options, self._model_path, self.facts = opts, path, facts
                    return facts
                raise stopped_loading(path) from None
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
        need = estimate_bytes(os.path.getsize(path), header, opts.n_ctx)
        need += resume_bytes(header, opts)
        self._watch.watch(self._proc.pid, with_margin(rss, need))

    def _load_on_cpu(self, path: str, opts: LoadOptions) -> ModelFacts:
        """After a crash while loading with GPU offload: a broken GPU driver must not cost
        the user the model. Every later engine child runs without GPU backends."""
        log.error("engine crashed loading %s with GPU offload; retrying on the CPU", path)
        self._gpu_off = True
        self._gpu_note = "the GPU backend stopped the engine while loading; running on the CPU"
        self._ensure_child()
        try:
            facts: ModelFacts = self._call(("load", path, opts))
        except EngineCrashed:
            raise stopped_loading(path) from None
        return replace(facts, gpu_fallback=True, offload=self._gpu_note)

    def backend_info(self) -> BackendReport:
        """Which CPU kernels and GPU devices the engine child runs with."""
        with self._lock:
            self._ensure_child()
            report: BackendReport = self._call(("info",))
            return report

    def embed(
        self, model_path: str, texts: Sequence[str], background: bool = False
    ) -> tuple[list[list[float]], int]:
        """Unit vectors for ``texts`` from an embedding model (loaded in the engine child
        next to the chat model), and how many tokens they took. ``background`` work
        (indexing) lets every waiting answer or load go first."""
        with self._lock.background() if background else self._lock:
            self._ensure_child()
            result: tuple[list[list[float]], int] = self._call(("embed", model_path, list(texts)))
            return result

    def embed_counts(self, model_path: str, texts: Sequence[str]) -> list[int]:
        """Each text's tokens for the embedding model (no special tokens), to cut passages."""
        with self._lock.background():
            self._ensure_child()
            counts: list[int] = self._call(("embed_count", model_path, list(texts)))
            return counts

    def count(self, messages: Sequence[ChatMessage]) -> int:
        with self._lock:
            self._require_model()
            self._ensure_child()
            n: int = self._call(("count", list(messages)))
            return n

    def count_texts(self, texts: Sequence[str]) -> list[int]:
        """Token counts of plain texts, one round trip for the whole list."""
        with self._lock:
            self._require_model()
            self._ensure_child()
            counts: list[int] = self._call(("count_texts", list(texts)))
            return counts

    def stream(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]:
        """Yield text pieces (batched every ~30 ms) and finally a :class:`Completion`.

        A cancelled answer ends with a Completion whose finish_reason is "cancelled"
        (or raises :class:`Cancelled` if it was stopped before the first token).
        """
        yield from self._stream(("chat", list(messages), self._params(params)))

    def stream_prompt(
        self, prompt: str, params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]:
        """Like :meth:`stream`, for a raw text prompt continued without a chat template."""
        yield from self._stream(("prompt", prompt, self._params(params)))

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

    def _send_forgets(self) -> None:
        while self._forget:
            owner = self._forget.pop(0)
            # Also what a save in progress then wrote.
            self._call(("clear_states", owner) if owner else ("clear_states",))

    def _stream(self, request: tuple[Any, ...]) -> Generator[StreamItem, None, None]:
        with self._lock:
            self._require_model()
            conn = self._ensure_child()
            if self._resume_sent != self.options.resume:
                # A changed cache budget applies from this answer on, without a reload.
                self._call(("resume", self.options.resume))
                self._resume_sent = self.options.resume
            self._send_forgets()
            self._cancel[0] = 0
            try:
                conn.send(request)
            except (BrokenPipeError, OSError):
                raise self._crashed() from None
            finished = False
            try:
                while True:
                    kind, value = self._recv()
                    if kind == "text":
                        yield value
                    elif kind == "done":
                        finished = True
                        yield value
                        return
                    else:
                        finished = True
                        self._result(kind, value)
                        return
            finally:
                if not finished and self._alive():
                    # The consumer went away mid-answer: stop the child, keep the pipe in step.
                    self._cancel[0] = 1
                    self._drain()

    def _drain(self) -> None:
        try:
            while True:
                kind, _ = self._recv()
                if kind not in ("text",):
                    return
        except EngineCrashed:
            return

    def cancel(self) -> None:
        """Stop the current answer, prompt prefill or model load; safe from any thread."""
        self._cancel[0] = 1

    def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Completion:
        """Run one answer to the end and return it."""
        result: Completion | None = None
        for item in self.stream(messages, params):
            if isinstance(item, Completion):
                result = item
        assert result is not None
        return result

    def _require_model(self) -> None:
        if self._model_path is None:
            raise UserError("No model is loaded.")

    def close(self) -> None:
        """Free the model and end the child process."""
        with self._lock:
            if self._alive() and self._conn is not None:
                try:
                    self._send_forgets()  # before the child saves what it holds
                    self._conn.send(("close",))
                    self._conn.poll(5)
                except (OSError, EOFError, UserError, EngineBug):
                    pass  # it is going away: its files were deleted already
            self._discard_child()
            self._watch.close()
            self.facts = None
            self._cancel.close()
            self._cancel_file.close()

    def __enter__(self) -> EngineHost:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
