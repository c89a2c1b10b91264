"""A lock many readers share and one writer holds alone (the engine: answers run side by
side; loading a model waits for them and holds back new ones)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class SharedLock:
    """Shared (``read``) and exclusive (``write``) holds. A waiting writer goes before
    readers that come after it, so a model switch is not starved by a stream of answers;
    a thread that already reads may read again (an answer that counts tokens)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer: int | None = None
        self._writers_waiting = 0
        self._mine = threading.local()

    def _held(self) -> int:
        return int(getattr(self._mine, "reads", 0))

    @contextmanager
    def read(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._held() == 0 and self._writer != me:
                self._cond.wait_for(lambda: self._writer is None and self._writers_waiting == 0)
            self._readers += 1
        self._mine.reads = self._held() + 1
        try:
            yield
        finally:
            self._mine.reads = self._held() - 1
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        me = threading.get_ident()
        if self._held():
            raise RuntimeError("a thread reading the engine cannot also take it alone")
        with self._cond:
            reentered = self._writer == me
            if not reentered:
                self._writers_waiting += 1
                try:
                    self._cond.wait_for(lambda: self._writer is None and self._readers == 0)
                finally:
                    self._writers_waiting -= 1
                self._writer = me
        try:
            yield
        finally:
            if not reentered:
                with self._cond:
                    self._writer = None
                    self._cond.notify_all()
