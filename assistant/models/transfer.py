"""Resumable, verified transfer of one file over HTTP. The only httpx2 importer.

huggingface_hub deletes partial files on failure and checks only sizes, so the bytes
are ours: a part file we append to with Range requests, SHA-256 computed as bytes
arrive, retries with backoff, stall detection, and an atomic move at the end.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2

from assistant.errors import Cancelled, UserError

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


class Paused(Exception):
    """The transfer was paused; the part file is kept."""


@dataclass
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 30.0
    stall_seconds: float = 30.0
    connect_timeout: float = 15.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_delay, self.base_delay * 2.0**attempt))


@dataclass
class Progress:
    done: int
    total: int
    speed: float  # bytes/s over the last few seconds
    eta: float | None  # seconds


class _RetryableError(Exception):
    pass


class _BackgroundSha256:
    """SHA-256 on a second thread: hashlib releases the GIL, so hashing overlaps with
    reading the socket instead of halving the transfer rate (measured: 516 -> 290 MiB/s
    on loopback when hashed inline)."""

    def __init__(self, initial: Any = None) -> None:
        self._h = initial or hashlib.sha256()
        self._q: queue.Queue[bytes | None] = queue.Queue(maxsize=256)
        self._t = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._t.start()

    def _run(self) -> None:
        while (block := self._q.get()) is not None:
            self._h.update(block)

    def update(self, block: bytes) -> None:
        self._q.put(block)

    def hexdigest(self) -> str:
        self._q.put(None)
        self._t.join()
        return str(self._h.hexdigest())

    def close(self) -> None:
        if self._t.is_alive():
            self._q.put(None)
            self._t.join()


def _sha256_of(path: Path, upto: int) -> Any:
    h = hashlib.sha256()
    with path.open("rb") as f:
        remaining = upto
        while remaining > 0:
            block = f.read(min(CHUNK, remaining))
            if not block:
                break
            h.update(block)
            remaining -= len(block)
    return h


def fetch(
    client: httpx2.Client,
    url: str,
    part: Path,
    size: int,
    sha256: str | None,
    headers: dict[str, str] | None = None,
    policy: RetryPolicy | None = None,
    control: Callable[[], str | None] = lambda: None,
    on_progress: Callable[[Progress], None] | None = None,
) -> None:
    """Download ``url`` into ``part`` (resuming it), then verify size and SHA-256.

    ``control()`` returns "pause", "cancel" or None and is polled between chunks. On a
    checksum mismatch the part file is deleted. On any other failure it is kept.
    """
    policy = policy or RetryPolicy()
    part.parent.mkdir(parents=True, exist_ok=True)
    have = part.stat().st_size if part.exists() else 0
    if have > size:
        part.unlink()
        have = 0
    # Resuming in a new process: the bytes already on disk are hashed once, here.
    hasher = _BackgroundSha256(_sha256_of(part, have) if have else None)
    window: list[tuple[float, int]] = [(time.monotonic(), have)]
    last_report = 0.0
    attempt = 0

    def report(done: int, force: bool = False) -> None:
        nonlocal last_report
        now = time.monotonic()
        if on_progress is None or (not force and now - last_report < 0.1):
            return
        last_report = now
        window.append((now, done))
        while len(window) > 2 and now - window[0][0] > 5:
            window.pop(0)
        dt = now - window[0][0]
        speed = (done - window[0][1]) / dt if dt > 0 else 0.0
        eta = (size - done) / speed if speed > 0 else None
        on_progress(Progress(done, size, speed, eta))

    try:
        while have < size:
            req_headers = dict(headers or {})
            if have:
                req_headers["Range"] = f"bytes={have}-"
            try:
                with client.stream(
                    "GET",
                    url,
                    headers=req_headers,
                    follow_redirects=True,
                    timeout=httpx2.Timeout(policy.stall_seconds, connect=policy.connect_timeout),
                ) as resp:
                    status = resp.status_code
                    if status in (401, 403):
                        raise UserError(
                            f"The Hub refused the download ({status}). Log in with "
                            "`hf auth login` or set HF_TOKEN, and accept the model's license."
                        )
                    if status == 404:
                        raise UserError("The file is no longer on the Hub (404).")
                    if status == 416:  # our part is stale or complete: start over
                        part.unlink(missing_ok=True)
                        hasher.close()
                        have, hasher = 0, _BackgroundSha256()
                        continue
                    if status >= 500 or status == 429:
                        raise _RetryableError(f"server error {status}")
                    if status not in (200, 206):
                        raise UserError(f"Unexpected answer from the server ({status}).")
                    if have and (status == 200 or not _range_starts_at(resp, have)):
                        # The server ignored the Range: take the whole body from the start.
                        log.info("server ignored Range for %s; restarting from zero", url)
                        hasher.close()
                        have, hasher = 0, _BackgroundSha256()
                        mode = "wb"
                    else:
                        mode = "ab" if have else "wb"
                    # Blocks are written as they arrive (a 1 MiB buffer): a dropped connection
                    # keeps every byte received, a kill -9 loses at most the buffer.
                    try:
                        with part.open(mode, buffering=CHUNK) as f:
                            for block in resp.iter_bytes():
                                f.write(block)
                                hasher.update(block)
                                have += len(block)
                                attempt = 0  # progress resets the retry budget
                                report(have)
                                request = control()
                                if request == "pause":
                                    raise Paused()
                                if request == "cancel":
                                    raise Cancelled()
                                if have > size:
                                    break
                            f.flush()
                            os.fsync(f.fileno())
                    except OSError as exc:
                        if exc.errno == errno.ENOSPC:
                            raise UserError(
                                "The disk is full. The download was stopped and what arrived "
                                "is kept; free some space and resume it."
                            ) from exc
                        raise
                if have < size:
                    raise _RetryableError("connection closed early")
            except (httpx2.TransportError, httpx2.StreamError, _RetryableError) as exc:
                if attempt >= policy.attempts:
                    raise UserError(
                        f"The download failed after {attempt + 1} attempts ({exc}). What arrived "
                        "is kept; resume it later."
                    ) from exc
                delay = policy.delay(attempt)
                log.warning("download %s: %s; retrying in %.1fs", url, exc, delay)
                attempt += 1
                _sleep_unless_stopped(delay, control)
                on_disk = part.stat().st_size if part.exists() else 0
                if on_disk != have:  # only if the file and our count disagree: hash it again
                    have = on_disk
                    hasher.close()
                    hasher = _BackgroundSha256(_sha256_of(part, have) if have else None)
        report(have, force=True)
        digest = hasher.hexdigest()
    finally:
        hasher.close()  # on pause, cancel or error too
    if have != size or (sha256 and digest != sha256.lower()):
        part.unlink(missing_ok=True)
        raise UserError(
            "The downloaded file is corrupt (its size or SHA-256 does not match the Hub's); "
            "it was deleted. Try the download again."
        )


def _range_starts_at(resp: Any, offset: int) -> bool:
    value = resp.headers.get("content-range", "")
    try:
        return int(value.split()[1].split("-")[0]) == offset
    except (IndexError, ValueError):
        return False


def _sleep_unless_stopped(seconds: float, control: Callable[[], str | None]) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        request = control()
        if request == "pause":
            raise Paused()
        if request == "cancel":
            raise Cancelled()
        time.sleep(min(0.1, max(0.0, end - time.monotonic())))
