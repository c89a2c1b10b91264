"""Running the speech child (speech/child.py) from the app's side: one JSON request in,
one JSON message per line out; Stop kills it, a crash becomes a message."""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

from assistant.ground.errors import Cancelled, UserError

log = logging.getLogger(__name__)


def child_command(request: str) -> list[str]:
    """How to start the speech child: this interpreter, or the frozen app binary."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-child", request]
    return [sys.executable, "-m", "assistant.speech.child", request]


def run_child(
    request: dict[str, Any],
    on_message: Callable[[dict[str, Any]], None],
    cancelled: threading.Event | None,
    crashed: str,
    on_start: Callable[[subprocess.Popen[str]], None] | None = None,
) -> None:
    """Run one request; each message but the last goes to ``on_message``. Raises
    :class:`Cancelled` when ``cancelled`` was set, :class:`UserError` with the child's
    message, or with ``crashed`` when it ended without one. ``on_start``: the child may
    be given more on its stdin (a pipe then; else nothing)."""
    proc = subprocess.Popen(
        child_command(json.dumps(request)),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.PIPE if on_start is not None else subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    if on_start is not None:
        on_start(proc)
    stop = cancelled or threading.Event()
    done = threading.Event()
    threading.Thread(target=_kill_on, args=(proc, stop, done), daemon=True).start()
    finished, error = False, ""
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            message = json.loads(line)
            if "error" in message:
                error = str(message["error"])
            elif message.get("done"):
                finished = True
            else:
                on_message(message)
        code = proc.wait()
    finally:
        done.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stdin):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
    if stop.is_set():
        raise Cancelled()
    if error:
        raise UserError(error)
    if not finished:
        log.error("speech child ended with code %s (%s)", code, crashed)
        raise UserError(crashed)


def _kill_on(proc: subprocess.Popen[str], stop: threading.Event, done: threading.Event) -> None:
    while not done.is_set():
        if stop.wait(0.1):
            proc.kill()
            return
