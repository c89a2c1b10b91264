"""The curated catalog of recommended models (resources/catalog.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from assistant.ground.errors import UserError
from assistant.ground.resources import resources_dir


@dataclass(frozen=True)
class CatalogEntry:
    repo: str
    name: str
    quant: str
    params: float  # billions
    context: int
    license: str
    languages: tuple[str, ...]
    good_at: tuple[str, ...]
    description: str
    kind: str = "chat"  # "embedding" (indexes documents), "speech" (Whisper), "voice" (Piper)
    # A speech model or a voice is several files of the repository, installed together
    # as the folder ``folder`` of the models folder; its size is known beforehand.
    files: tuple[str, ...] = ()
    folder: str = ""
    size_mb: float = 0.0

    @property
    def is_speech(self) -> bool:
        """A speech model or a voice: not run by llama.cpp."""
        return self.kind in ("speech", "voice")


def load_catalog(path: Path | None = None) -> list[CatalogEntry]:
    path = path or resources_dir() / "catalog.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return [
            CatalogEntry(
                repo=m["repo"],
                name=m["name"],
                quant=m["quant"],
                params=float(m["params"]),
                context=int(m["context"]),
                license=m["license"],
                languages=tuple(m["languages"]),
                good_at=tuple(m["good_at"]),
                description=m["description"],
                kind=str(m.get("kind", "chat")),
                files=tuple(m.get("files", ())),
                folder=str(m.get("folder", "")),
                size_mb=float(m.get("size_mb", 0.0)),
            )
            for m in data["model"]
        ]
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise UserError(f"The model catalog {path} is unreadable: {exc}") from exc
