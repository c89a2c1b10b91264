"""The engine child process: owns the backend, answers requests from the app.

Several requests run at once: answers advance together, one decode step at a time
(engine/llama/batcher.py), and requests that arrive meanwhile are read between steps.

Protocol (tuples over a multiprocessing pipe; ``rid`` numbers a request), parent -> child:
  ("load", rid, path, LoadOptions) | ("chat", rid, messages, SamplingParams, priority,
  cancel_index) | ("prompt", rid, text, SamplingParams, priority, cancel_index)
  | ("count", rid, messages) | ("count_texts", rid, [str]) | ("info", rid)
  | ("resume", rid, ResumeOptions) | ("clear_states", rid[, owner])
  | ("embed", rid, model_path, [str], priority) | ("embed_count", rid, model_path, [str])
  | ("close", rid)
child -> parent, ``(rid, kind, value)``:
  "ok" result | "text" str | "queued" place | "done" Completion | "cancelled" None
  | "user_error" message | "bug" traceback_text; and ``(0, "texts", [(rid, str), ...])``:
  the text of several requests at once

Cancelling: the parent sets a byte of a shared page (``cancel_index`` of a request; byte
0 for a load), polled per step and from llama.cpp's abort callback.
"""

from __future__ import annotations

import logging
import mmap
import os
import select
import signal
import socket
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator
from multiprocessing.connection import Connection
from typing import Any

from assistant.engine.backend import PERSON
from assistant.ground.errors import Cancelled, UserError

# Text is sent at most this often per request; one IPC message per token would cost
# more than the token itself on a small model.
FLUSH_SECONDS = 0.03
CANCEL_BYTES = 256  # byte 0: a load; the others: one per request in flight

_OUT_OF_MEMORY = (
    "The model needed more memory than it should for its size and was stopped; the file "
    "may be malicious or damaged."
)


class Outbox:
    """What goes back to the parent: text gathered per request, the rest at once."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._text: dict[int, list[str]] = {}
        self._sent: dict[int, float] = {}

    def open(self, rid: int) -> None:
        self._sent[rid] = time.monotonic()

    def emit(self, rid: int, kind: str, value: Any) -> None:
        if kind == "text":
            self._text.setdefault(rid, []).append(value)
            return
        self._send_text(rid)
        self._sent.pop(rid, None)
        self.conn.send((rid, kind, value))

    def flush(self, due: bool = True) -> None:
        """Send text waiting longer than FLUSH_SECONDS (all of it with ``due`` False),
        every request's in one message: one pipe write per flush, however many stream."""
        now = time.monotonic()
        texts: list[tuple[int, str]] = []
        for rid in list(self._text):
            if not due or now - self._sent.get(rid, 0.0) >= FLUSH_SECONDS:
                texts.append((rid, "".join(self._text.pop(rid))))
                self._sent[rid] = now
        if len(texts) == 1:
            self.conn.send((texts[0][0], "text", texts[0][1]))
        elif texts:
            self.conn.send((0, "texts", texts))

    def _send_text(self, rid: int) -> None:
        pieces = self._text.pop(rid, None)
        if pieces:
            self.conn.send((rid, "text", "".join(pieces)))


def main(argv: list[str]) -> None:
    """Entry point of the engine process: ``CONN_FD CANCEL_FD [LOGS_DIR]``."""
    conn_fd, cancel_fd = int(argv[0]), int(argv[1])
    logs_dir = argv[2] if len(argv) > 2 else None
    conn = Connection(socket.socket(fileno=conn_fd).detach())
    cancel_map = mmap.mmap(cancel_fd, CANCEL_BYTES)
    # Ctrl+C in a terminal goes to the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if logs_dir:
        from assistant.ground.logs import setup_child_logging

        setup_child_logging(logs_dir)
    from assistant.engine.llama import LlamaBackend

    out = Outbox(conn)
    backend = LlamaBackend(out.emit)  # loads llama.cpp's kernels and GPU backends
    # One poll object for the life of the pipe: Connection.poll builds a selector per
    # call, and it is asked before every decode step.
    poller = select.poll()
    poller.register(conn.fileno(), select.POLLIN)

    def pending() -> bool:
        return bool(poller.poll(0))

    engine = Engine(backend, out, cancel_map, pending)
    conn.send((0, "ok", None))  # ready: the parent knows a crash from now on is not the start
    busy = False
    while True:
        working = backend.active or bool(engine.background)
        if working != busy:
            busy = working
            backend.busy(busy)  # saving states to disk waits while the engine works
        try:
            if not working or pending():
                # Idle: wait for work. Working: take what arrived before the next step.
                if not engine.handle(conn.recv()):
                    break
                continue
        except (EOFError, OSError):
            break
        engine.step()
        out.flush(due=backend.active)
    backend.close()
    os._exit(0)  # skip interpreter teardown: llama.cpp objects are already freed


class Engine:
    """Requests of the parent, run between and inside decode steps."""

    def __init__(
        self, backend: Any, out: Outbox, cancel_map: mmap.mmap, pending: Callable[[], bool]
    ) -> None:
        """``pending()``: a request of the parent is waiting to be read."""
        self.backend, self.out, self.cancel_map = backend, out, cancel_map
        self.pending = pending
        self.embedders = EmbedderSlot()
        # Embedding work in progress: one encode call per step while answers run.
        self.background: deque[tuple[int, Generator[None, None, Any]]] = deque()
        self.loaded: tuple[str, Any] | None = None

    def step(self) -> None:
        backend = self.backend
        try:
            if backend.active:
                backend.step()
        except MemoryError:
            # The ceiling (engine/limits.py) stopped a runaway allocation in Python code.
            logging.getLogger(__name__).exception("engine step ran out of memory")
            backend.fail_all("user_error", _OUT_OF_MEMORY)
        except Exception:
            logging.getLogger(__name__).exception("engine step failed")
            backend.fail_all("bug", traceback.format_exc())
        if self.background:
            rid, steps = self.background[0]
            try:
                # Alone, until a request comes in; beside answers, one encode call per step.
                while True:
                    next(steps)
                    if backend.active or self.pending():
                        break
            except StopIteration as end:
                self.background.popleft()
                self.out.emit(rid, "ok", end.value)
            except Exception as exc:
                self.background.popleft()
                self._fail(rid, "embed", exc)

    def handle(self, request: tuple[Any, ...]) -> bool:
        """Run or queue one request; False when the engine is to end."""
        kind, rid, args = request[0], request[1], request[2:]
        out = self.out
        try:
            if kind in ("chat", "prompt"):
                payload, params, priority, index = args
                out.open(rid)
                cancelled = self._cancel_check(index)
                submit = self.backend.submit_chat if kind == "chat" else self.backend.submit_prompt
                submit(rid, payload, params, priority, cancelled)
            elif kind == "embed":
                steps = self.embedders.get(args[0]).embed_steps(args[1])
                if args[2] == PERSON:  # a question's words: before indexing under way
                    self.background.appendleft((rid, steps))
                else:
                    self.background.append((rid, steps))
            elif kind == "close":
                self.backend.shutdown()  # pending state writes finish first (bounded)
                out.emit(rid, "ok", None)
                return False
            else:
                out.emit(rid, "ok", self._answer(kind, args))
        except Exception as exc:
            self._fail(rid, kind, exc)
        return True

    def _cancel_check(self, index: int) -> Any:
        cancel_map = self.cancel_map
        return lambda: cancel_map[index] != 0

    def _answer(self, kind: str, args: tuple[Any, ...]) -> Any:
        backend = self.backend
        if kind == "load":
            return self._load(*args)
        if kind == "embed_count":
            return self.embedders.count(args[0], args[1])
        if kind == "resume":
            backend.configure_resume(args[0])
            return None
        if kind == "clear_states":
            backend.clear_saved_states(*args)
            return None
        if kind == "count":
            return backend.count(args[0])
        if kind == "count_texts":
            return backend.count_texts(args[0])
        if kind == "info":
            from assistant.engine.backends import load_backends

            return load_backends()
        raise RuntimeError(f"unknown request {kind!r}")

    def _load(self, path: str, options: Any) -> Any:
        cancel_map = self.cancel_map
        try:
            facts = self.backend.load(path, options, lambda: cancel_map[0] != 0)
        except (UserError, Cancelled, MemoryError):
            # Keep the previous model usable when switching to a bad one (or when the
            # user stopped the switch).
            if self.loaded and self.loaded[0] != path:
                self.backend.load(*self.loaded)
            raise
        self.loaded = (path, options)
        return facts

    def _fail(self, rid: int, kind: str, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.out.emit(rid, "cancelled", None)
        elif isinstance(exc, UserError):
            self.out.emit(rid, "user_error", str(exc))
        elif isinstance(exc, MemoryError):
            logging.getLogger(__name__).exception("engine request %s ran out of memory", kind)
            self.out.emit(rid, "user_error", _OUT_OF_MEMORY)
        else:
            logging.getLogger(__name__).error(
                "engine request %s failed", kind, exc_info=(type(exc), exc, exc.__traceback__)
            )
            text = "".join(traceback.format_exception(exc))
            self.out.emit(rid, "bug", text)


class EmbedderSlot:
    """The embedding model in use, loaded on first request, replaced by another."""

    def __init__(self) -> None:
        self._embedder: Any = None

    def get(self, path: str) -> Any:
        from assistant.engine.llama.embedder import Embedder

        if self._embedder is None or self._embedder.path != path:
            if self._embedder is not None:
                self._embedder.close()
                self._embedder = None
            self._embedder = Embedder(path)
        return self._embedder

    def count(self, path: str, texts: list[str]) -> list[int]:
        """Each text's tokens alone (no [CLS]/[SEP], not cut), for cutting passages."""
        embedder = self.get(path)
        return [embedder.count(t) for t in texts]


if __name__ == "__main__":
    main(sys.argv[1:])
