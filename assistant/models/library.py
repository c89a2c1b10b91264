"""The models the user can run: the built-in starter plus GGUF files in the models dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import UserError
from assistant.models.starter import HOW_TO_GET_A_MODEL, STARTER_NAME, starter_model_path


@dataclass(frozen=True)
class LocalModel:
    """A model file on this machine."""

    name: str
    path: Path
    size_bytes: int
    builtin: bool = False


class ModelLibrary:
    """Lists and resolves local models by display name, file name or path."""

    def __init__(self, models_dir: Path) -> None:
        self.models_dir = models_dir

    def list(self) -> list[LocalModel]:
        models: list[LocalModel] = []
        starter = starter_model_path()
        if starter is not None:
            models.append(LocalModel(STARTER_NAME, starter, starter.stat().st_size, True))
        if self.models_dir.is_dir():
            for path in sorted(self.models_dir.rglob("*.gguf")):
                if path.is_file():
                    models.append(LocalModel(path.stem, path, path.stat().st_size))
        return models

    def resolve(self, name: str | None, default: str = "") -> LocalModel:
        """Find a model by name or path; with no name, the default, else the first one."""
        wanted = name or default
        if wanted and (os.sep in wanted or wanted.endswith(".gguf")):
            path = Path(wanted).expanduser()
            if path.exists() or os.sep in wanted:
                return LocalModel(path.stem, path, path.stat().st_size if path.exists() else 0)
        models = self.list()
        if wanted:
            low = wanted.lower()
            for m in models:
                if low in (m.name.lower(), m.path.name.lower(), m.path.stem.lower()):
                    return m
            if name:  # an explicit request that matches nothing
                names = ", ".join(m.name for m in models) or "none installed"
                raise UserError(f"No model named '{name}'. Available: {names}.")
        if not models:
            raise UserError(HOW_TO_GET_A_MODEL)
        return models[0]
