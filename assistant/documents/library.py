"""Document collections as the CLI, the window and the API use them: the collections in
the history database, their index, the embedding model, search and grounding."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.documents.embeddings import EngineEmbeddings
from assistant.documents.grounding import Grounded, ground
from assistant.documents.indexer import Indexer, SyncProgress, SyncReport
from assistant.documents.retrieval import Hit, Mode, Retriever
from assistant.engine.backend import ChatMessage
from assistant.engine.host import EngineHost
from assistant.ground.errors import UserError
from assistant.models.embedding import default_embedding_model
from assistant.store.collections import Collection, Collections
from assistant.store.doc_index import DocIndex
from assistant.store.repository import Repository

# Passages offered to the model per question (before fitting them into the context).
PASSAGES_PER_QUESTION = 6


class Documents:
    """Collections, their index and search; the embedding model runs in the engine child."""

    def __init__(
        self,
        repo: Repository,
        index_path: Path,
        host: EngineHost,
        data_dir: Path,
        model_path: Path | None = None,
    ) -> None:
        self.collections = Collections(repo)
        self._index_path = index_path
        self._host = host
        self._data_dir = data_dir
        self._model_path = model_path
        self._index: DocIndex | None = None
        self._embeddings: EngineEmbeddings | None = None
        self._lock = threading.Lock()

    @property
    def index(self) -> DocIndex:
        with self._lock:
            if self._index is None:
                self._index = DocIndex(self._index_path)
            return self._index

    @property
    def embeddings(self) -> EngineEmbeddings:
        with self._lock:
            if self._embeddings is None:
                path = self._model_path or default_embedding_model(self._data_dir)
                self._embeddings = EngineEmbeddings(self._host, path)
            return self._embeddings

    def use_model(self, path: Path | None) -> None:
        """Index and search with another embedding model (None: the built-in one); the
        next sync of each collection indexes it again."""
        with self._lock:
            self._model_path, self._embeddings = path, None

    @property
    def model_name(self) -> str:
        """The embedding model in use, as people call it."""
        if self._model_path is None:
            return "all-MiniLM-L6-v2 (built-in)"
        return self._model_path.stem

    def add(self, name: str, paths: Sequence[str | os.PathLike[str]]) -> Collection:
        """Create a collection or add folders and files to it (they must exist)."""
        resolved = []
        for p in paths:
            path = Path(p).expanduser()
            if not path.exists():
                raise UserError(f"Not found: {path}")
            resolved.append(str(path.resolve()))
        return self.collections.add(name, resolved)

    def remove(self, name: str) -> None:
        """Delete a collection and its index (the files themselves stay where they are)."""
        self.collections.delete(name)
        self.index.drop_collection(name)

    def sync(
        self,
        name: str,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
        pause: threading.Event | None = None,
    ) -> SyncReport:
        collection = self.collections.get(name)
        return Indexer(self.index, self.embeddings).sync(collection, progress, cancel, pause)

    def search(
        self,
        names: Sequence[str],
        query: str,
        limit: int = 5,
        mode: Mode = "hybrid",
        relevant_only: bool = False,
    ) -> list[Hit]:
        for name in names:
            self.collections.get(name)  # a clear error for an unknown name
        retriever = Retriever(self.index, self.embeddings)
        return retriever.search(names, query, limit, mode, relevant_only)

    def warm(self, names: Sequence[str]) -> None:
        """Get ready to answer from ``names``: their vectors in memory and the embedding
        model loaded in the engine child (as background work: answers go first)."""
        known = {c.name for c in self.collections.all()}
        names = [n for n in names if n in known]
        if names:
            self.index.warm(names)
            self.embeddings.embed(["warm up"])

    def ground(
        self,
        names: Sequence[str],
        question: str,
        budget: int,
        count: Callable[[list[str]], list[int]],
    ) -> Grounded:
        """The question with the passages that answer it, fitted into ``budget`` tokens."""
        hits = self.search(names, question, PASSAGES_PER_QUESTION, relevant_only=True)
        return ground(question, hits, budget, count)

    def ground_messages(
        self, names: Sequence[str], messages: list[ChatMessage], max_tokens: int, engine: Any
    ) -> Grounded | None:
        """Ground the last (user) message of a conversation for ``engine``: as many
        passages as fit next to the conversation and room for the answer."""
        known = {c.name for c in self.collections.all()}
        names = [n for n in names if n in known]  # a chat may name one deleted since
        if not names or not messages or messages[-1]["role"] != "user":
            return None
        facts = getattr(engine, "facts", None)
        context = facts.context if facts is not None else 2048
        count_texts = getattr(engine, "count_texts", None)
        count_messages = getattr(engine, "count", None)

        def count(texts: list[str]) -> list[int]:
            if count_texts is not None:
                return list(count_texts(texts))
            return [len(t) // 3 + 1 for t in texts]  # a remote model: a safe estimate

        if count_messages is not None:
            used = count_messages(messages)
        else:
            used = sum(count([str(m["content"]) for m in messages]))
        reserve = min(max_tokens or 512, context // 4)
        budget = max(0, min(context - used - reserve, context // 2))
        return self.ground(names, str(messages[-1]["content"]), budget, count)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
