"""Files and folders that hold the person's data are theirs alone: 0700 folders, 0600
files (history, documents index, saved states, logs, settings). Other accounts on a
shared machine must not read a chat. No-ops where POSIX modes do not exist (Windows,
where the profile folder is already private)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
DIR_MODE = 0o700
_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) and make it this user's alone."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _chmod(path, DIR_MODE)
    return path


def private_file(path: Path, sidecars: tuple[str, ...] = ()) -> Path:
    """Create ``path`` empty if it is missing, readable by this user only, before another
    library opens it (SQLite gives its -wal and -shm files the database file's mode);
    files of earlier versions, and the named sidecars beside it, are tightened too."""
    if _POSIX:
        # A folder it cannot write to: the library opening the file reports that.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE))
    for p in (path, *(Path(str(path) + s) for s in sidecars)):
        if p.exists():
            _chmod(p, FILE_MODE)
    return path


def open_private(path: Path, mode: str = "a") -> IO[str]:
    """A text file opened for writing, readable by this user only (logs)."""
    private_file(path)
    return open(path, mode, encoding="utf-8")  # the caller keeps it open


def _chmod(path: Path, mode: int) -> None:
    if not _POSIX:
        return
    # A file of someone else's (a shared folder the user chose) is left as it is.
    with contextlib.suppress(OSError):
        os.chmod(path, mode)
