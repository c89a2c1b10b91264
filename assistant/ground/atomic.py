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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes it 0600
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
