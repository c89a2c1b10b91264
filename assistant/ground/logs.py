"""Logging to a rotating file in the log dir; uncaught exceptions go there too."""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import time
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from assistant.ground.paths import AppPaths
from assistant.ground.private_files import open_private, private_file

LOG_NAME = "assistant.log"
CRASH_NAME = "crash.log"
LOG_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_crash_stream: IO[str] | None = None
# The crash report left by the previous run (native faults, uncaught exceptions), if any.
previous_crash: Path | None = None


def _keep_previous_crash(crash_file: Path) -> Path | None:
    """Move a non-empty crash log aside so it is offered once, on this start."""
    try:
        if crash_file.stat().st_size == 0:
            return None
    except FileNotFoundError:
        return None
    target = crash_file.with_name(f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log")
    os.replace(crash_file, target)
    return target


class _Private(logging.FileHandler):
    """A log file readable by this user only (log lines can quote a chat's error)."""

    def _open(self) -> Any:
        private_file(Path(self.baseFilename))
        return super()._open()


class _PrivateRotatingFileHandler(_Private, RotatingFileHandler):
    pass


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Send log records to ``assistant.log`` and native crash dumps to ``crash.log``."""
    global _crash_stream, previous_crash
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = _PrivateRotatingFileHandler(
            paths.log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    if _crash_stream is None:
        previous_crash = _keep_previous_crash(paths.crash_file)
        # faulthandler needs a real file that stays open for the life of the process.
        _crash_stream = open_private(paths.crash_file)
        faulthandler.enable(_crash_stream)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_thread_uncaught


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    logging.getLogger("assistant").critical("uncaught exception", exc_info=(kind, exc, tb))
    if _crash_stream is not None:
        traceback.print_exception(kind, exc, tb, file=_crash_stream)
        _crash_stream.flush()
    sys.__excepthook__(kind, exc, tb)


def _log_thread_uncaught(args: threading.ExceptHookArgs) -> None:
    """An exception that ended a thread: a bug, logged with its traceback."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "a thread"
    logging.getLogger("assistant").error(
        "uncaught exception in %s",
        name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
    )


def setup_child_logging(logs_dir: str) -> None:
    """Logging for the engine child: the same files as the app (the parent rotates)."""
    root = logging.getLogger()
    handler = _Private(os.path.join(logs_dir, LOG_NAME), encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    crash = open_private(Path(logs_dir) / CRASH_NAME)
    faulthandler.enable(crash)
