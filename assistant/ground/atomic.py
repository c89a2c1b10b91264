"""Replacing a small file whole (settings, presets, download records, the model registry):
never half-written after a crash, and safe when two of the app's processes (the window
and a command in a terminal) write the same file at once."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text(path: Path, text: str, mode: int = 0o600) -> None:
    """Write ``path`` through a temporary file of its own beside it, then rename it into
    place (a reader sees the old file or the new one). A shared temporary name would let
    one writer rename the other's half-written file, or find its own gone."""
    write_bytes(path, text.encode("utf-8"), mode)


def write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """As :func:`write_text`, for bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes it 0600
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
