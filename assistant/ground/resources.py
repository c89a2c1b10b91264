"""Where the app's shipped data files are (source tree, installed package or bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parents[1]  # assistant/
    # An installed wheel: assistant/data (pyproject's force-include); the source tree
    # (and an editable install): the top-level resources/ folder.
    for candidate in (package / "data", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing")
