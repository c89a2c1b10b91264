"""The one engine shared by all HTTP clients: requests wait their turn in arrival order,
run on a worker thread, and stream back to the event loop; a client that goes away
stops its generation at once."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

import anyio

from assistant.engine.backend import StreamItem
from assistant.engine.host import EngineHost
from assistant.server.protocol import ApiError

log = logging.getLogger(__name__)


@dataclass
class Started:
    """The request's turn came and this model is loaded for it."""

    model: str


@dataclass
class _Failed:
    error: BaseException


_END = object()
T = TypeVar("T")


class EngineGate:
    """Fair (first come, first served) access to an :class:`EngineHost` from async code."""

    def __init__(
        self,
        host: EngineHost,
        load: Callable[[str | None], str],
        max_waiting: int = 64,
    ) -> None:
        """``load(name)`` makes the named model (None: the default) current and returns the
        name it is known by; it runs on the worker thread, inside the caller's turn."""
        self.host = host
        self._load = load
        self._lock = asyncio.Lock()  # asyncio's lock wakes its waiters in FIFO order
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="engine")
        self.max_waiting = max_waiting
        self.waiting = 0

    async def stream(
        self, model: str | None, make: Callable[[], Generator[StreamItem, None, None]]
    ) -> AsyncGenerator[StreamItem | Started, None]:
        """First :class:`Started`, then the items of ``make()`` run on the engine."""
        await self._wait_turn()
        try:
            loop = asyncio.get_running_loop()
            queue: asyncio.Queue[object] = asyncio.Queue()
            put = queue.put_nowait
            abandoned = threading.Event()

            def work() -> None:
                try:
                    put_from_thread(Started(self._load(model)))
                    items = make()
                    for item in items:
                        if abandoned.is_set():
                            break  # closing the stream stops the child and drains it
                        put_from_thread(item)
                    items.close()
                except BaseException as exc:  # delivered to the client as an error
                    put_from_thread(_Failed(exc))
                finally:
                    put_from_thread(_END)

            def put_from_thread(item: object) -> None:
                loop.call_soon_threadsafe(put, item)

            running = loop.run_in_executor(self._worker, work)
            finished = False
            try:
                while True:
                    item = await queue.get()
                    if item is _END:
                        finished = True
                        return
                    if isinstance(item, _Failed):
                        finished = True
                        raise item.error
                    yield item  # type: ignore[misc]
            finally:
                if not finished:
                    abandoned.set()
                    self.host.cancel()  # the client went away: free the engine for the next
                # Wait for the engine to stop even while this task is being cancelled, so
                # that the next request never finds it still busy.
                with anyio.CancelScope(shield=True):
                    await running
        finally:
            self._lock.release()

    async def call(self, work: Callable[[], T]) -> T:
        """Run ``work`` on the engine's thread in its turn (embeddings: no model switch)."""
        await self._wait_turn()
        try:
            loop = asyncio.get_running_loop()
            with anyio.CancelScope(shield=True):  # the engine finishes what it started
                result = await loop.run_in_executor(self._worker, work)
            return result
        finally:
            self._lock.release()

    async def _wait_turn(self) -> None:
        """Wait for the engine in arrival order (503 when too many already wait); the
        caller releases the lock."""
        if self.waiting >= self.max_waiting:
            raise ApiError(503, "The server is busy; try again shortly.", "server_error")
        self.waiting += 1
        try:
            await self._lock.acquire()
        finally:
            self.waiting -= 1

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)
