"""Background work for the window, one way everywhere: a :class:`Worker` runs jobs in
order on its own thread; results, progress and errors come back on the GUI thread.

A job gets its :class:`Job` handle (the cancel flag, passed in); a user error reaches
the job's ``failed`` handler (or the worker's ``failed`` signal, which the window shows
in its banner) as its own sentence; any other exception is logged with its traceback
and reported as "…(details in the log)"."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from assistant.ground.errors import Cancelled, UserError
from assistant.gui.shared.i18n import tr

log = logging.getLogger(__name__)

T = TypeVar("T")
Failed = Callable[[str, Exception], None]  # the user's sentence, the exception


class Job:
    """One piece of background work and its cancel flag (the work polls it)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        self.cancelled.set()


class Worker(QObject):
    """A thread that runs jobs one after another (the engine's, the search's…)."""

    failed = Signal(str)  # for jobs without their own failure handler: show it
    _deliver = Signal(object)  # a callable to run on the GUI thread

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._deliver.connect(self._on_gui)

    def submit(
        self,
        work: Callable[[Job], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
        bug: str = "",
        name: str = "",
    ) -> Job:
        """Queue ``work(job)``; ``done(result)`` or ``failed(message, exc)`` follows on
        the GUI thread. ``bug`` is what the user reads when the work hits a bug."""
        job = Job(name or self.name)
        bug = bug or tr("Something went wrong (details in the log).")

        def run() -> None:
            try:
                result = work(job)
            except UserError as exc:
                self._fail(failed, str(exc), exc)
            except Cancelled as exc:  # the user asked for it: not a bug
                self._fail(failed, tr("Stopped."), exc)
            except Exception as exc:
                log.error("%s failed", job.name, exc_info=exc)
                self._fail(failed, bug, exc)
            else:
                if done is not None:
                    self.post(done, result)

        self._start()
        self._jobs.put(run)
        return job

    def post(self, fn: Callable[..., Any], *args: Any) -> None:
        """Call ``fn(*args)`` on the GUI thread (progress, partial results)."""
        self._deliver.emit(lambda: fn(*args))

    def _fail(self, failed: Failed | None, message: str, exc: Exception) -> None:
        if failed is not None:
            self.post(failed, message, exc)
        else:
            self.post(self.failed.emit, message)

    def _on_gui(self, call: Callable[[], None]) -> None:
        try:
            call()
        except Exception:  # a handler's bug: logged, the window goes on
            log.exception("%s: a result handler failed", self.name)

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while (run := self._jobs.get()) is not None:
            run()

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish the queued jobs (up to ``timeout`` seconds) and stop the thread."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout)
            self._thread = None
