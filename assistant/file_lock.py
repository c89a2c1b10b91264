"""Locks shared between the app's processes (the window, commands in a terminal, the API
server), through filelock (already installed with huggingface_hub; it handles Windows
and POSIX locking): a lock file beside the file it guards."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.errors import Cancelled

_POLL = 0.2  # seconds between looks at the cancel flag while waiting


@contextmanager
def file_lock(path: Path, cancel: threading.Event | None = None) -> Iterator[None]:
    """Hold the lock file ``path`` (waiting while another process holds it; ``cancel``
    stops the wait with :class:`Cancelled`)."""
    # thread_local=False: the lock is held by this work, whichever thread releases it.
    lock = FileLock(str(path), thread_local=False)
    while True:
        try:
            lock.acquire(timeout=_POLL)
            break
        except Timeout:
            if cancel is not None and cancel.is_set():
                raise Cancelled() from None
    try:
        yield
    finally:
        lock.release()
