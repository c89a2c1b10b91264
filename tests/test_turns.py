"""The engine's turns: a user's request goes before background work waiting with it."""

from __future__ import annotations

import threading
import time

from assistant.engine.turns import Turns


def test_a_foreground_request_goes_before_waiting_background_work() -> None:
    turns = Turns()
    order: list[str] = []
    turns.acquire()  # an answer in progress

    def background() -> None:
        with turns.background():
            order.append("background")

    def foreground() -> None:
        with turns:
            order.append("foreground")

    bg = threading.Thread(target=background)
    bg.start()
    time.sleep(0.05)  # the indexer waits first...
    fg = threading.Thread(target=foreground)
    fg.start()
    time.sleep(0.05)  # ...then the user asks
    assert turns.foreground_waiting
    turns.release()
    fg.join(5)
    bg.join(5)
    assert order == ["foreground", "background"]
    assert turns.acquire(timeout=1)
    turns.release()


def test_background_work_runs_when_nobody_waits() -> None:
    turns = Turns()
    with turns.background():
        assert not turns.acquire(timeout=0.01)  # held
    assert turns.acquire(timeout=0.1)
    turns.release()
