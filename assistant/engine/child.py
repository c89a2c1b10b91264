"""The engine child process: owns the backend, answers requests from the app.

Protocol (tuples over a multiprocessing pipe), parent -> child:
  ("load", path, LoadOptions) | ("chat", messages, SamplingParams)
  | ("prompt", text, SamplingParams) | ("count", messages)
  | ("count_texts", [str]) | ("info",) | ("resume", ResumeOptions)
  | ("clear_states",) | ("clear_states", owner)
  | ("embed", model_path, [str]) | ("embed_count", model_path, [str])
  | ("close",)
child -> parent:
  ("ok", result) | ("text", str) | ("done", Completion) | ("cancelled", None)
  | ("user_error", message) | ("bug", traceback_text)
"""

from __future__ import annotations

import logging
import mmap
import os
import signal
import socket
import sys
import time
import traceback
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from assistant.ground.errors import Cancelled, UserError

# Text is sent at most this often; one IPC message per token would cost more than the
# token itself on a small model.
FLUSH_SECONDS = 0.03

_OUT_OF_MEMORY = (
    "The model needed more memory than it should for its size and was stopped; the file "
    "may be malicious or damaged."
)


def main(argv: list[str]) -> None:
    """Entry point of the engine process: ``CONN_FD CANCEL_FD [LOGS_DIR]``."""
    conn_fd, cancel_fd = int(argv[0]), int(argv[1])
    logs_dir = argv[2] if len(argv) > 2 else None
    conn = Connection(socket.socket(fileno=conn_fd).detach())
    cancel_map = mmap.mmap(cancel_fd, 1)
    # Ctrl+C in a terminal goes to the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if logs_dir:
        from assistant.ground.logs import setup_child_logging

        setup_child_logging(logs_dir)
    from assistant.engine.llama import LlamaBackend

    backend = LlamaBackend()  # loads llama.cpp's kernels and GPU backends
    embedders = EmbedderSlot()
    conn.send(("ok", None))  # ready: the parent knows a crash from now on is not the start
    loaded_path: str | None = None
    loaded_options: Any = None

    def cancelled() -> bool:
        return cancel_map[0] != 0

    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            break
        kind = request[0]
        backend.busy(True)
        try:
            if kind == "load":
                path, options = request[1], request[2]
                try:
                    facts = backend.load(path, options, cancelled)
                except (UserError, Cancelled, MemoryError):
                    # Keep the previous model usable when switching to a bad one (or
                    # when the user stopped the switch).
                    if loaded_path and loaded_path != path:
                        backend.load(loaded_path, loaded_options)
                    raise
                loaded_path, loaded_options = path, options
                conn.send(("ok", facts))
            elif kind == "chat":
                _stream(conn, backend.stream(request[1], request[2], cancelled))
                if request[2].remember:
                    # After "done": the user has the answer already.
                    backend.remember(request[2].owner)
            elif kind == "prompt":
                _stream(conn, backend.stream_prompt(request[1], request[2], cancelled))
                if request[2].remember:
                    backend.remember(request[2].owner)
            elif kind == "embed":
                conn.send(("ok", embedders.embed(request[1], request[2])))
            elif kind == "embed_count":
                conn.send(("ok", embedders.count(request[1], request[2])))
            elif kind == "resume":
                backend.configure_resume(request[1])
                conn.send(("ok", None))
            elif kind == "clear_states":
                backend.clear_saved_states(*request[1:])
                conn.send(("ok", None))
            elif kind == "count":
                conn.send(("ok", backend.count(request[1])))
            elif kind == "info":
                from assistant.engine.backends import load_backends

                conn.send(("ok", load_backends()))
            elif kind == "count_texts":
                conn.send(("ok", backend.count_texts(request[1])))
            elif kind == "close":
                backend.shutdown()  # pending state writes finish first (bounded)
                conn.send(("ok", None))
                break
            else:
                conn.send(("bug", f"unknown request {kind!r}"))
        except Cancelled:
            conn.send(("cancelled", None))
        except UserError as exc:
            conn.send(("user_error", str(exc)))
        except MemoryError:
            # The ceiling (engine/limits.py) stopped a runaway allocation in Python code.
            logging.getLogger(__name__).exception("engine request %s ran out of memory", kind)
            conn.send(("user_error", _OUT_OF_MEMORY))
        except Exception:
            logging.getLogger(__name__).exception("engine request %s failed", kind)
            conn.send(("bug", traceback.format_exc()))
        finally:
            backend.busy(False)
    backend.close()
    os._exit(0)  # skip interpreter teardown: llama.cpp objects are already freed


class EmbedderSlot:
    """The embedding model in use, loaded on first request, replaced by another."""

    def __init__(self) -> None:
        self._embedder: Any = None

    def _get(self, path: str) -> Any:
        from assistant.engine.llama.embedder import Embedder

        if self._embedder is None or self._embedder.path != path:
            if self._embedder is not None:
                self._embedder.close()
                self._embedder = None
            self._embedder = Embedder(path)
        return self._embedder

    def embed(self, path: str, texts: list[str]) -> tuple[list[list[float]], int]:
        """Unit vectors for ``texts`` and the tokens they took."""
        result: tuple[list[list[float]], int] = self._get(path).embed_counted(texts)
        return result

    def count(self, path: str, texts: list[str]) -> list[int]:
        """Each text's tokens alone (no [CLS]/[SEP], not cut), for cutting passages."""
        embedder = self._get(path)
        return [embedder.count(t) for t in texts]


def _stream(conn: Connection, items: Iterator[Any]) -> None:
    from assistant.engine.backend import Completion

    buffer: list[str] = []
    last = time.monotonic()
    for item in items:
        if isinstance(item, Completion):
            if buffer:
                conn.send(("text", "".join(buffer)))
            conn.send(("done", item))
            return
        buffer.append(item)
        now = time.monotonic()
        if now - last >= FLUSH_SECONDS:
            conn.send(("text", "".join(buffer)))
            buffer.clear()
            last = now


if __name__ == "__main__":
    main(sys.argv[1:])
