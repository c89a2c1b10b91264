"""What a model file is for: chatting, turning text into vectors (documents search), or
changing another model (a LoRA adapter). Read from the GGUF's first metadata entries,
cached per file version."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Literal

from assistant.engine.gguf_check import read_general

Kind = Literal["chat", "embedding", "adapter"]
# llama.cpp's sentence-embedding architectures (encoders that pool a whole text).
EMBEDDING_ARCHITECTURES = frozenset(
    {"bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "jina-bert-v3", "modern-bert",
     "neo-bert", "gemma-embedding", "t5encoder"}
)  # fmt: skip


def model_kind(path: Path) -> Kind:
    """ "embedding" for a sentence-embedding model, "adapter" for a LoRA adapter, else
    "chat" (also for unreadable files: loading one says what is wrong with it)."""
    try:
        st = os.stat(path)
    except OSError:
        return "chat"
    return _kind(str(path), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=512)
def _kind(path: str, size: int, mtime_ns: int) -> Kind:
    # The first metadata entries only: listing models must not parse vocabularies.
    general = read_general(path)
    if general.get("general.type") == "adapter":
        return "adapter"
    if general.get("general.architecture") in EMBEDDING_ARCHITECTURES:
        return "embedding"
    return "chat"
