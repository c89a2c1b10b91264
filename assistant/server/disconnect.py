"""Work for a client that may hang up: a non-streamed answer or a transcription stops
when its client goes away (a queued request also frees its turn)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio
from starlette.requests import Request

T = TypeVar("T")


async def while_connected(
    request: Request,
    work: Callable[[], Awaitable[T]],
    on_gone: Callable[[], None] | None = None,
) -> T | None:
    """The result of ``work()``, or None when the client went away first. ``on_gone``
    asks work that cannot be cancelled (a thread) to stop, and its end is waited for;
    without it the work is cancelled. An error of the work itself is raised as is."""
    result: T | None = None

    async def run() -> None:
        nonlocal result
        result = await work()
        tg.cancel_scope.cancel()

    async def watch() -> None:
        while not await request.is_disconnected():
            await anyio.sleep(0.2)
        if on_gone is None:
            tg.cancel_scope.cancel()
        else:
            on_gone()

    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(run)
            tg.start_soon(watch)
    except* Exception as group:  # an error of the work itself, not of the group
        raise group.exceptions[0] from None
    return result
