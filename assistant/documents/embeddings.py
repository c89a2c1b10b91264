"""The embedding model as the documents code sees it: token counts (to cut passages)
and unit vectors, from the engine child (llama.cpp), as background work that lets the
user's answers go first."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.engine.host import EngineHost


class Embeddings(Protocol):
    """What indexing and search need from an embedding model."""

    @property
    def identity(self) -> str:
        """Which exact model makes the vectors (a changed model means a new index)."""
        ...

    def count(self, texts: list[str]) -> list[int]: ...

    def embed(self, texts: list[str], background: bool = True) -> tuple[np.ndarray, int]: ...


def model_identity(path: Path) -> str:
    """The file's name, size and a digest of its first MiB: cheap, and a different
    model (or a re-converted one) gets a different identity."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        digest.update(f.read(1 << 20))
    return f"{path.name}:{os.path.getsize(path)}:{digest.hexdigest()[:16]}"


class EngineEmbeddings:
    """An embedding model (GGUF) run by the engine child next to the chat model."""

    def __init__(self, host: EngineHost, model_path: Path) -> None:
        self.host = host
        self.model_path = model_path
        self._identity: str | None = None

    @property
    def identity(self) -> str:
        if self._identity is None:
            self._identity = model_identity(self.model_path)
        return self._identity

    def count(self, texts: list[str]) -> list[int]:
        return self.host.embed_counts(str(self.model_path), texts)

    def embed(self, texts: list[str], background: bool = True) -> tuple[np.ndarray, int]:
        vectors, tokens = self.host.embed(str(self.model_path), texts, background=background)
        return np.asarray(vectors, dtype=np.float32), tokens
