"""Finding the passages that answer a question: keyword search (FTS5, BM25) and vector
search (cosine similarity of the embedding model's vectors), merged by reciprocal rank
fusion — keywords catch names and numbers, vectors catch paraphrases."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.docs.embeddings import Embeddings
from assistant.errors import UserError
from assistant.store.doc_index import DocIndex, Found

Mode = Literal["hybrid", "keyword", "vector"]
# How many candidates each search contributes, and RRF's damping constant (the value
# of the original paper; results are not sensitive to it).
CANDIDATES = 50
RRF_K = 60


@dataclass(frozen=True)
class Hit:
    """A passage found for a question, with its place and score."""

    passage: Found
    score: float

    @property
    def name(self) -> str:
        return os.path.basename(self.passage.path)

    def where(self) -> str:
        """ "p. 3", "§ Notice periods" or "" — where in the file the passage is."""
        p = self.passage
        if p.page is not None:
            return f"p. {p.page}"
        return f"§ {p.heading}" if p.heading else ""


def fuse(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: each list adds 1/(k + rank) to an item's score."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, 1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


class Retriever:
    """Searches collections of a :class:`DocIndex` with an embedding model."""

    def __init__(self, index: DocIndex, embeddings: Embeddings) -> None:
        self.index = index
        self.embeddings = embeddings

    def search(
        self, collections: Sequence[str], query: str, limit: int = 5, mode: Mode = "hybrid"
    ) -> list[Hit]:
        """The ``limit`` passages that best match ``query``, best first."""
        query = query.strip()
        if not query or not collections:
            return []
        model = self.index.embedding_model()
        if model is not None and model != self.embeddings.identity and mode != "keyword":
            raise UserError(
                "The documents were indexed with another embedding model; "
                "sync the collection to index them again."
            )
        rankings: list[list[int]] = []
        if mode in ("hybrid", "keyword"):
            rankings.append(self.index.keyword(collections, query, CANDIDATES))
        if mode in ("hybrid", "vector"):
            vectors, _ = self.embeddings.embed([query], background=False)
            rankings.append(self.index.vector(collections, vectors[0], CANDIDATES))
        ranked = fuse(rankings)[:limit]
        found = self.index.passages([pid for pid, _ in ranked])
        return [Hit(found[pid], score) for pid, score in ranked if pid in found]
