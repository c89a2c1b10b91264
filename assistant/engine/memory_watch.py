"""A second memory ceiling for the engine child, watched from the app's side.

RLIMIT_DATA (engine/limits.py) makes a runaway allocation fail inside the child on
Linux. macOS does not enforce such limits on mmap'd memory and Windows has none of
them, so the app also watches the child's resident memory and ends it past the ceiling:
the user gets a message, the system's OOM killer never has to pick a victim.
"""

from __future__ import annotations

import logging
import threading

import psutil

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 0.1


class MemoryWatch:
    """Ends the watched process when its resident memory passes the ceiling."""

    def __init__(self, interval: float = INTERVAL_SECONDS) -> None:
        self._interval = interval
        self._lock = threading.Lock()
        self._process: psutil.Process | None = None
        self._ceiling = 0
        self._tripped: set[int] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def watch(self, pid: int, ceiling: int) -> None:
        """Watch ``pid`` against ``ceiling`` bytes (0: stop watching)."""
        with self._lock:
            try:
                self._process = psutil.Process(pid) if ceiling else None
            except psutil.Error:
                self._process = None
            self._ceiling = ceiling
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="engine-memory", daemon=True)
            self._thread.start()

    @property
    def ceiling(self) -> int:
        return self._ceiling

    def tripped(self, pid: int) -> bool:
        """Whether this watch ended ``pid`` for its memory."""
        return pid in self._tripped

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            with self._lock:
                process, ceiling = self._process, self._ceiling
            if process is None:
                continue
            try:
                rss = process.memory_info().rss
                if rss > ceiling:
                    log.error(
                        "engine child %d at %d MiB, over its ceiling of %d MiB: ended",
                        process.pid,
                        rss >> 20,
                        ceiling >> 20,
                    )
                    self._tripped.add(process.pid)
                    process.kill()
                    with self._lock:
                        self._process = None
            except psutil.Error:
                with self._lock:
                    if self._process is process:
                        self._process = None

    def close(self) -> None:
        self._stop.set()
