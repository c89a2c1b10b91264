"""The default embedding model (all-MiniLM-L6-v2): made once from its PyPI package into
the data folder (models/bert_gguf.py), kept apart from the chat models."""

from __future__ import annotations

import threading
from pathlib import Path

DEFAULT_NAME = "all-minilm-l6-v2"
_FILE = "all-MiniLM-L6-v2.gguf"
_lock = threading.Lock()


def default_embedding_model(data_dir: Path) -> Path:
    """The default embedding model's GGUF, converted on first use (about a second)."""
    path = data_dir / "embeddings" / _FILE
    with _lock:
        if not path.exists():
            from assistant.models.bert_gguf import minilm_gguf

            path.parent.mkdir(parents=True, exist_ok=True)
            minilm_gguf(path)
    return path
