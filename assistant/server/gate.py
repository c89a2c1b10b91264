"""The one engine shared by all HTTP clients: each request runs on a worker thread with
a lane of its own on the engine (answers are batched there) and streams back to the
event loop; a client that goes away stops its answer at once."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import anyio

from assistant.engine.backend import PROGRAM, StreamItem
from assistant.engine.host import EngineHost
from assistant.engine.lane import Lane
from assistant.ground.rwlock import SharedLock
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


@dataclass
class Queued:
    """The request waits for a free sequence: ``place`` in the engine's queue."""

    place: int


class EngineGate:
    """Access to an :class:`EngineHost` from async code: requests for the loaded model run
    side by side (the engine batches them and queues what does not fit); a request for
    another model waits until they are done, and holds back later ones meanwhile."""

    def __init__(
        self,
        host: EngineHost,
        load: Callable[[str | None], str],
        current: Callable[[str | None], bool],
        max_waiting: int = 64,
    ) -> None:
        """``load(name)`` makes the named model (None: the default) current and returns the
        name it is known by; ``current(name)`` tells whether it is already. Both run on a
        worker thread."""
        self.host = host
        self._load, self._current = load, current
        self._models = SharedLock()  # answers share the model; switching it holds it alone
        self.max_waiting = max_waiting
        self._workers = concurrent.futures.ThreadPoolExecutor(
            max_waiting + 8, thread_name_prefix="engine"
        )
        self.in_flight = 0

    async def stream(
        self,
        model: str | None,
        make: Callable[[Lane], Generator[StreamItem, None, None]],
    ) -> AsyncGenerator[StreamItem | Started | Queued, None]:
        """First :class:`Started`, then the items of ``make(lane)`` run on the engine with
        a lane of its own (:class:`Queued` while it waits for a sequence)."""
        self._enter()
        try:
            loop = asyncio.get_running_loop()
            queue: asyncio.Queue[object] = asyncio.Queue()
            put = queue.put_nowait
            abandoned = threading.Event()

            def put_from_thread(item: object) -> None:
                loop.call_soon_threadsafe(put, item)

            lane = self.host.lane(PROGRAM, lambda place: put_from_thread(Queued(place)))

            def work() -> None:
                try:
                    with self._model_for(model) as name:
                        put_from_thread(Started(name))
                        items = make(lane)
                        for item in items:
                            if abandoned.is_set():
                                break  # closing the stream stops its answer and drains it
                            put_from_thread(item)
                        items.close()
                except BaseException as exc:  # delivered to the client as an error
                    put_from_thread(_Failed(exc))
                finally:
                    put_from_thread(_END)

            running = loop.run_in_executor(self._workers, work)
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
                    lane.cancel()  # the client went away: free its sequence at once
                # Wait for its answer to stop even while this task is being cancelled.
                with anyio.CancelScope(shield=True):
                    await running
        finally:
            self.in_flight -= 1

    @contextmanager
    def _model_for(self, model: str | None) -> Iterator[str]:
        """Hold the model ``model`` names (loading it first if need be) while in use."""
        while True:
            with self._models.read():
                if self._current(model):
                    yield self._load(model)
                    return
            with self._models.write():
                self._load(model)

    async def call(self, work: Callable[[], T]) -> T:
        """Run ``work`` on a worker thread (embeddings: no model switch)."""
        self._enter()
        try:
            loop = asyncio.get_running_loop()
            with anyio.CancelScope(shield=True):  # the engine finishes what it started
                result = await loop.run_in_executor(self._workers, work)
            return result
        finally:
            self.in_flight -= 1

    def _enter(self) -> None:
        """Count a request in (503 when too many are already in flight)."""
        if self.in_flight >= self.max_waiting:
            raise ApiError(503, "The server is busy; try again shortly.", "server_error")
        self.in_flight += 1

    def close(self) -> None:
        self._workers.shutdown(wait=True, cancel_futures=True)
