"""What llama.cpp said while loading a model, turned into a message the user can act on.

llama.cpp's return codes only say that a load failed; its log lines say why, so the
engine keeps the last few of them here (filled by its log callback)."""

from __future__ import annotations

import os
import re
from collections import deque

from assistant.errors import UserError

recent_log: deque[str] = deque(maxlen=40)


def _error_hint() -> str:
    errors = [ln for ln in recent_log if "error" in ln.lower() or "failed" in ln.lower()]
    return errors[-1].split(":", 1)[-1].strip() if errors else ""


def load_error(path: str, architecture: str) -> UserError:
    """The message for a model file llama.cpp refused to load."""
    name = os.path.basename(path)
    text = "\n".join(recent_log)
    if re.search(r"unknown model architecture", text):
        return UserError(
            f"{name} uses the model architecture '{architecture}', which this version of "
            "llama.cpp does not support."
        )
    hint = _error_hint()
    detail = f" (llama.cpp: {hint})" if hint else ""
    return UserError(f"{name} could not be loaded: the file is damaged or incomplete{detail}.")
