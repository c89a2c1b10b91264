"""What llama.cpp said while loading a model, and how the engine child ended, turned into
messages the user can act on.

llama.cpp's return codes only say that a load failed; its log lines say why, so the
engine keeps the last few of them here (filled by its log callback)."""

from __future__ import annotations

import os
import re
import signal
from collections import deque

from assistant.ground.errors import EngineCrashed, UserError

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


def stopped_loading(path: str) -> UserError:
    """The message when the engine child died while loading ``path``."""
    return UserError(
        f"The model file {path} made the engine stop while loading; it is damaged "
        "or asked for more memory than it should. The previous model will be used."
    )


def child_died(code: int | None, memory_ceiling: int | None) -> EngineCrashed:
    """The message when the engine child died: ``memory_ceiling`` when the app's memory
    watch ended it, else its exit code (negative: the signal)."""
    if memory_ceiling is not None:
        return EngineCrashed(
            f"The model used more memory than it should (over "
            f"{memory_ceiling / 2**30:.1f} GiB) and was stopped; the file may be "
            "malicious or damaged. Your next message will start it again."
        )
    how = ""
    if code is not None and code < 0:
        try:
            how = f" ({signal.Signals(-code).name})"
        except ValueError:
            how = f" (signal {-code})"
    return EngineCrashed(
        f"The model stopped unexpectedly{how}. Your next message will start it again."
    )
