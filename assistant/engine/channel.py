"""The app's end of the pipe to the engine child: requests numbered, and each answer
routed to the thread that asked, by one reader thread, so that several answers stream
at once (engine/child.py has the protocol)."""

from __future__ import annotations

import contextlib
import copy
import queue
import subprocess
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from assistant.ground.errors import Cancelled, EngineCrashed, UserError

_POLL_SECONDS = 0.1
_START_POLL_SECONDS = 0.05


class EngineBug(RuntimeError):
    """An unexpected exception inside the engine child (a bug; details in the log)."""


def result(kind: str, value: Any) -> Any:
    """The value of a final answer, or the error it reports."""
    if kind == "ok":
        return value
    if kind == "user_error":
        raise UserError(value)
    if kind == "cancelled":
        raise Cancelled()
    raise EngineBug(f"engine error:\n{value}")


class Ticket:
    """One request in flight: its answers arrive in order on :meth:`get`."""

    def __init__(self, rid: int, channel: Channel) -> None:
        self.rid = rid
        self._queue: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._channel = channel
        self._crash: EngineCrashed | None = None

    def put(self, kind: str, value: Any) -> None:
        self._queue.put((kind, value))

    def get(self) -> tuple[str, Any]:
        """The next answer; raises EngineCrashed when the child died (from then on)."""
        while True:
            if self._crash is not None:
                raise copy.copy(self._crash)
            try:
                # A timeout keeps the wait interruptible (Ctrl+C in a terminal).
                kind, value = self._queue.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
            if kind == "crash":
                self._crash = value
                continue
            return kind, value

    def close(self) -> None:
        self._channel.forget(self.rid)


class Channel:
    """Sends numbered requests and routes the child's answers to their tickets.
    ``died()`` is called once, on the reader thread, when the pipe breaks: it returns
    the error every open request then raises."""

    def __init__(self, conn: Connection, died: Callable[[], EngineCrashed]) -> None:
        self._conn, self._died = conn, died
        self._lock = threading.Lock()
        self._tickets: dict[int, Ticket] = {}
        self._next = 1
        self.dead: EngineCrashed | None = None
        self._reader = threading.Thread(target=self._read, name="engine-reader", daemon=True)
        self._reader.start()

    def open(self, kind: str, *args: Any) -> Ticket:
        """Send a request; its answers come through the returned ticket."""
        with self._lock:
            if self.dead is not None:
                raise copy.copy(self.dead)
            rid, self._next = self._next, self._next + 1
            ticket = self._tickets[rid] = Ticket(rid, self)
            # A broken pipe: the reader sees it and fails the ticket.
            with contextlib.suppress(OSError, ValueError):
                self._conn.send((kind, rid, *args))
        return ticket

    def call(self, kind: str, *args: Any) -> Any:
        """Send a request and wait for its one answer."""
        ticket = self.open(kind, *args)
        try:
            return result(*ticket.get())
        finally:
            ticket.close()

    def forget(self, rid: int) -> None:
        with self._lock:
            self._tickets.pop(rid, None)

    def _read(self) -> None:
        while True:
            try:
                rid, kind, value = self._conn.recv()
            except (EOFError, OSError, ValueError):
                break
            with self._lock:
                if kind == "texts":  # several requests' text in one message
                    routed = [(self._tickets.get(r), "text", text) for r, text in value]
                else:
                    routed = [(self._tickets.get(rid), kind, value)]
            for ticket, kind, value in routed:
                if ticket is not None:
                    ticket.put(kind, value)
        error = self._died()
        with self._lock:
            self.dead = error
            tickets = list(self._tickets.values())
        for ticket in tickets:
            ticket.put("crash", error)

    def close(self) -> None:
        """Close the pipe (the child was killed): the reader fails what is open."""
        self._conn.close()

    @property
    def alive(self) -> bool:
        return self.dead is None and self._reader.is_alive()


def drain(ticket: Ticket) -> None:
    """Read a ticket to its end (after its request was cancelled)."""
    try:
        while ticket.get()[0] in ("text", "queued"):
            pass
    except EngineCrashed:
        pass


def wait_briefly(ticket: Ticket, seconds: float) -> None:
    """Wait for a ticket's answer at most ``seconds`` (the child is closing)."""
    done = threading.Event()

    def read() -> None:
        drain(ticket)
        done.set()

    threading.Thread(target=read, daemon=True).start()
    done.wait(seconds)


def first_message(conn: Connection, proc: subprocess.Popen[bytes]) -> tuple[int, str, Any]:
    """The child's first message, or EngineCrashed if it dies before sending it."""
    while True:
        try:
            if conn.poll(_START_POLL_SECONDS):
                msg: tuple[int, str, Any] = conn.recv()
                return msg
        except (EOFError, OSError):
            raise EngineCrashed("engine died at start") from None
        if proc.poll() is not None:
            try:
                if conn.poll(0):
                    msg = conn.recv()
                    return msg
            except (EOFError, OSError):
                pass
            raise EngineCrashed("engine died at start")
