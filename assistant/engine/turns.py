"""Whose turn it is in the engine child: the user's requests (answers, loads, counts)
go before background work (indexing documents), which waits while any is waiting."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Turns:
    """A lock whose ordinary holders go first: ``with turns:`` is a foreground turn,
    ``with turns.background():`` waits until no foreground request is waiting."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = threading.Condition()
        self._waiting = 0

    def acquire(self, timeout: float = -1) -> bool:
        """Take a foreground turn (as ``threading.Lock.acquire``)."""
        with self._state:
            self._waiting += 1
        try:
            return self._lock.acquire(timeout=timeout)
        finally:
            with self._state:
                self._waiting -= 1
                self._state.notify_all()

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> Turns:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release()

    @property
    def foreground_waiting(self) -> bool:
        """A user's request is waiting for the engine (background work should pause)."""
        return self._waiting > 0

    @contextmanager
    def background(self) -> Iterator[None]:
        while True:
            with self._state:
                self._state.wait_for(lambda: self._waiting == 0)
            self._lock.acquire()
            if self._waiting == 0:
                break
            # A user's request came in meanwhile: let it go first.
            self._lock.release()
        try:
            yield
        finally:
            self._lock.release()
