"""One sync of an index at a time, across processes: the window and `assistant docs
sync` in a terminal may start one together, and two writers of one file's passages
would store them twice. A lock file beside the index, through filelock (already
installed with huggingface_hub; it handles Windows and POSIX locking)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.errors import Cancelled

_POLL = 0.2  # seconds between looks at the cancel flag while waiting


@contextmanager
def sync_lock(index_path: Path, cancel: threading.Event | None = None) -> Iterator[None]:
    """Hold the index's sync lock (waiting for another sync to end; ``cancel`` stops the
    wait)."""
    # thread_local=False: the lock is held by this sync, whichever thread releases it.
    lock = FileLock(f"{index_path}.sync-lock", thread_local=False)
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
