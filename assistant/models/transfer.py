"""Resumable, verified transfer of one file over HTTP, on the standard library.

huggingface_hub deletes partial files on failure and checks only sizes, so the bytes
are ours: a part file we append to with Range requests, SHA-256 computed as bytes
arrive, retries with backoff, stall detection, and an atomic move at the end (by the
caller). huggingface_hub still resolves the URL, size, hash and auth headers.

Why urllib and not huggingface_hub's httpx session: on a fast link the byte loop is
CPU-bound, and httpx/h11 hand out 64 KiB ``bytes`` objects through several Python
layers per read (bench/downloads.py: 0.33x curl). ``HTTPResponse.readinto`` fills
reusable 1 MiB buffers with no Python per-packet work.
"""

from __future__ import annotations

import errno
import hashlib
import http.client
import logging
import queue
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from assistant.ground.errors import Cancelled, UserError

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
_BUFFERS = 8  # chunks in flight between the socket reader and the hasher


class Paused(Exception):
    """The transfer was paused; the part file is kept."""


@dataclass
class RetryPolicy:
    """How often and how patiently a transfer retries."""

    attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 30.0
    stall_seconds: float = 30.0
    connect_timeout: float = 15.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_delay, self.base_delay * 2.0**attempt))


@dataclass
class Progress:
    """A progress event: bytes done of total, speed in bytes/s, seconds left."""

    done: int
    total: int
    speed: float  # bytes/s over the last few seconds
    eta: float | None  # seconds


class _RetryableError(Exception):
    pass


class _RangeNotSatisfiable(Exception):
    """416: the part file is stale or already complete."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects, keeping the Hub token only while the host stays the same (a
    CDN that the Hub redirects to must not receive it)."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        token = req.unredirected_hdrs.get("Authorization")
        if new is not None and token and urlsplit(newurl).netloc == urlsplit(req.full_url).netloc:
            new.add_unredirected_header("Authorization", token)
        return new


_opener = urllib.request.build_opener(_Redirects())


class _Pipeline:
    """SHA-256 on a second thread over a ring of reusable buffers (hashlib releases the
    GIL, so hashing overlaps with reading)."""

    def __init__(self, initial: Any = None) -> None:
        self._h = initial or hashlib.sha256()
        self.buffers = [bytearray(CHUNK) for _ in range(_BUFFERS)]
        self.free: queue.Queue[int] = queue.Queue()
        for i in range(_BUFFERS):
            self.free.put(i)
        self._work: queue.Queue[tuple[int, int] | None] = queue.Queue()
        self._t = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._t.start()

    def _run(self) -> None:
        while (item := self._work.get()) is not None:
            index, n = item
            self._h.update(memoryview(self.buffers[index])[:n])
            self.free.put(index)

    def hash(self, index: int, n: int) -> None:
        self._work.put((index, n))

    def hexdigest(self) -> str:
        self.close()
        return str(self._h.hexdigest())

    def close(self) -> None:
        """Wait until every queued block is hashed."""
        if self._t.is_alive():
            self._work.put(None)
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


def _open(
    url: str, headers: dict[str, str], offset: int, policy: RetryPolicy
) -> http.client.HTTPResponse:
    request = urllib.request.Request(url)
    for key, value in headers.items():
        if key.lower() == "authorization":
            request.add_unredirected_header(key, value)
        else:
            request.add_header(key, value)
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    try:
        response = _opener.open(request, timeout=policy.connect_timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        status = exc.code
        if status in (401, 403):
            raise UserError(
                f"The Hub refused the download ({status}). Log in with "
                "`hf auth login` or set HF_TOKEN, and accept the model's license."
            ) from None
        if status == 404:
            raise UserError("The file is no longer on the Hub (404).") from None
        if status == 416:
            raise _RangeNotSatisfiable() from None
        if status >= 500 or status == 429:
            raise _RetryableError(f"server error {status}") from None
        raise UserError(f"Unexpected answer from the server ({status}).") from None
    # The connect timeout bounded the handshake; from here a read that waits longer
    # than the stall limit is a stall.
    sock = _socket_of(response)
    if sock is not None:
        sock.settimeout(policy.stall_seconds)
    return response  # type: ignore[no-any-return]


def _socket_of(response: Any) -> socket.socket | None:
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


class Transfer:
    """One file's download into its part file: open (a Range request from what is on
    disk), receive (append and hash), retry (backoff; the retry budget resets whenever
    bytes arrive), verify (size and SHA-256). On a checksum mismatch the part file is
    deleted; on any other failure it is kept for a later resume."""

    def __init__(
        self,
        url: str,
        part: Path,
        size: int,
        sha256: str | None,
        headers: dict[str, str] | None = None,
        policy: RetryPolicy | None = None,
        control: Callable[[], str | None] = lambda: None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        self.url, self.part, self.size, self.sha256 = url, part, size, sha256
        self.headers = headers or {}
        self.policy = policy or RetryPolicy()
        self.control = control  # returns "pause", "cancel" or None; polled between chunks
        self.on_progress = on_progress
        self.have = 0  # bytes on disk and hashed
        self.attempt = 0  # failed attempts since bytes last arrived
        self._restarted_for_416 = False
        self._window: list[tuple[float, int]] = []
        self._last_report = 0.0
        self._pipe: _Pipeline | None = None

    def run(self) -> None:
        """Download (resuming the part file), then verify. Raises Paused, Cancelled or
        UserError; returns when the part file is complete and verified."""
        self.part.parent.mkdir(parents=True, exist_ok=True)
        have = self.part.stat().st_size if self.part.exists() else 0
        if have > self.size:
            self.part.unlink()
            have = 0
        self._rehash(have)  # resuming in a new process: hash what is on disk, once
        self._window = [(time.monotonic(), self.have)]
        try:
            while self.have < self.size:
                try:
                    self._step()
                except (OSError, http.client.HTTPException, _RetryableError) as exc:
                    self._retry(exc)
            self._report(force=True)
            digest = self._pipeline.hexdigest()
        finally:
            self._pipeline.close()  # on pause, cancel or error too
        self._verify(digest)

    @property
    def _pipeline(self) -> _Pipeline:
        assert self._pipe is not None
        return self._pipe

    def _rehash(self, have: int) -> None:
        """Start hashing afresh over the first ``have`` bytes of the part file."""
        if self._pipe is not None:
            self._pipe.close()
        self.have = have
        self._pipe = _Pipeline(_sha256_of(self.part, have) if have else None)

    def _step(self) -> None:
        """One request: open it, receive what it brings."""
        response = self._open()
        if response is None:
            return
        with response:
            status = response.status
            if status not in (200, 206):
                raise UserError(f"Unexpected answer from the server ({status}).")
            if self.have and (status == 200 or not _range_starts_at(response, self.have)):
                # The server ignored the Range: take the whole body from the start.
                log.info("server ignored Range for %s; restarting from zero", self.url)
                self._rehash(0)
            self._receive(response)
        if self.have < self.size:
            raise _RetryableError("connection closed early")

    def _open(self) -> http.client.HTTPResponse | None:
        """A response from where the part file ends; None to start over (stale part)."""
        try:
            return _open(self.url, self.headers, self.have, self.policy)
        except _RangeNotSatisfiable:  # our part is stale: start over, once
            self.part.unlink(missing_ok=True)
            if self._restarted_for_416:  # the server's file is shorter than listed
                raise UserError(
                    "The file on the Hub is smaller than its listing says; cancel "
                    "the download and start it again."
                ) from None
            self._restarted_for_416 = True
            self._rehash(0)
            return None

    def _receive(self, response: http.client.HTTPResponse) -> None:
        """Append the response body to the part file, hashing as it lands."""
        pipe = self._pipeline
        # Unbuffered writes of whole chunks: a dropped connection keeps every complete
        # chunk received, a kill -9 loses at most the chunk being read.
        with open(self.part, "ab" if self.have else "wb", buffering=0) as f:
            while self.have < self.size:
                index = pipe.free.get()
                view = memoryview(pipe.buffers[index])[: min(CHUNK, self.size - self.have)]
                n = response.readinto(view)
                if not n:
                    pipe.free.put(index)
                    break
                written = 0
                while written < n:
                    written += f.write(view[written:n])
                pipe.hash(index, n)
                self.have += n
                self.attempt = 0  # progress resets the retry budget
                self._report()
                _obey(self.control())

    def _retry(self, exc: BaseException) -> None:
        """After a failed request: give up with a clear message, or wait and go on."""
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise UserError(
                "The disk is full. The download was stopped and what arrived "
                "is kept; free some space and resume it."
            ) from exc
        if self.attempt >= self.policy.attempts:
            raise UserError(
                f"The download failed after {self.attempt + 1} attempts ({_reason(exc)}). "
                "What arrived is kept; resume it later."
            ) from exc
        delay = self.policy.delay(self.attempt)
        log.warning("download %s: %s; retrying in %.1fs", self.url, _reason(exc), delay)
        self.attempt += 1
        _sleep_unless_stopped(delay, self.control)
        on_disk = self.part.stat().st_size if self.part.exists() else 0
        if on_disk != self.have:  # only if the file and our count disagree: hash it again
            self._rehash(on_disk)

    def _verify(self, digest: str) -> None:
        if self.have != self.size or (self.sha256 and digest != self.sha256.lower()):
            self.part.unlink(missing_ok=True)
            raise UserError(
                "The downloaded file is corrupt (its size or SHA-256 does not match the "
                "Hub's); it was deleted. Try the download again."
            )

    def _report(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.on_progress is None or (not force and now - self._last_report < 0.1):
            return
        self._last_report = now
        window = self._window
        window.append((now, self.have))
        while len(window) > 2 and now - window[0][0] > 5:
            window.pop(0)
        dt = now - window[0][0]
        speed = (self.have - window[0][1]) / dt if dt > 0 else 0.0
        eta = (self.size - self.have) / speed if speed > 0 else None
        self.on_progress(Progress(self.have, self.size, speed, eta))


def _obey(request: str | None) -> None:
    if request == "pause":
        raise Paused()
    if request == "cancel":
        raise Cancelled()


def _range_starts_at(response: Any, offset: int) -> bool:
    value = response.headers.get("content-range", "")
    try:
        return int(value.split()[1].split("-")[0]) == offset
    except (IndexError, ValueError):
        return False


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no data arrived for too long"
    if isinstance(exc, urllib.error.URLError):
        return str(exc.reason)
    return str(exc) or type(exc).__name__


def _sleep_unless_stopped(seconds: float, control: Callable[[], str | None]) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        _obey(control())
        time.sleep(min(0.1, max(0.0, end - time.monotonic())))
