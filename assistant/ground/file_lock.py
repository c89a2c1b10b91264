"""Locks shared between the app's processes (the window, commands in a terminal, the API
server), through filelock (already installed with huggingface_hub; it handles Windows
and POSIX locking): a lock file beside the file it guards."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.ground.errors import Cancelled

_POLL = 0.2  # seconds between looks at the cancel flag while waiting


@contextmanager
def file_lock(path: Path, cancel: threading.Event | None = None) -> Iterator[None]:
    """Hold the lock file ``path`` (waiting while another process holds it; ``cancel``
    stops the wait with :class:`Cancelled`)."""
    # thread_local=False: the lock is held by this work, whichever thread releases it.
    lock = FileLock(str(path), mode=0o600, thread_local=False)
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


def try_lock(path: Path) -> Callable[[], None] | None:
    """Take the lock file ``path`` if no other process holds it: its release function,
    or None when it is held elsewhere."""
    lock = FileLock(str(path), mode=0o600, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return None
    return lock.release


def held_elsewhere(path: Path) -> bool:
    """Whether another process (or another holder in this one) holds the lock ``path``."""
    release = try_lock(path)
    if release is None:
        return True
    release()
    return False
