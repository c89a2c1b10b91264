"""Finding the passages that answer a question: keyword search (FTS5, BM25) and vector
search (cosine similarity of the embedding model's vectors), merged by reciprocal rank
fusion — keywords catch names and numbers, vectors catch paraphrases."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.documents.embeddings import Embeddings
from assistant.ground.errors import UserError
from assistant.store.doc_index import DocIndex
from assistant.store.doc_search import Found

Mode = Literal["hybrid", "keyword", "vector"]
# How many candidates each search contributes, and RRF's damping constant (the value
# of the original paper; results are not sensitive to it).
CANDIDATES = 50
RRF_K = 60
# What counts as on the question: among the first keyword matches, or this close in
# meaning (all-MiniLM-L6-v2 puts unrelated texts at 0.0–0.15, paraphrases at 0.4–0.8).
KEYWORD_CONVINCING = 3
MIN_SIMILARITY = 0.25


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
        self,
        collections: Sequence[str],
        query: str,
        limit: int = 5,
        mode: Mode = "hybrid",
        relevant_only: bool = False,
    ) -> list[Hit]:
        """The ``limit`` passages that best match ``query``, best first.
        ``relevant_only``: leave out passages neither search found convincing (what a
        model is given should be on the question, not merely the best of a bad lot)."""
        query = query.strip()
        if not query or not collections:
            return []
        model = self.index.embedding_model()
        if model is not None and model != self.embeddings.identity and mode != "keyword":
            raise UserError(
                "The documents were indexed with another embedding model; "
                "sync the collection to index them again."
            )
        synced = self.index.indexed_collections()
        never = [c for c in collections if c not in synced]
        if never:
            raise UserError(
                f"The collection '{never[0]}' is not indexed yet; sync it (Documents → Sync now, "
                f"or `assistant docs sync {never[0]}`)."
            )
        rankings: list[list[int]] = []
        convincing: set[int] = set()
        if mode in ("hybrid", "keyword"):
            keyword = self.index.keyword(collections, query, CANDIDATES)
            rankings.append(keyword)
            convincing.update(keyword[:KEYWORD_CONVINCING])
        if mode in ("hybrid", "vector"):
            vectors, _ = self.embeddings.embed([query], background=False)
            scored = self.index.vector(collections, vectors[0], CANDIDATES)
            rankings.append([pid for pid, _ in scored])
            convincing.update(pid for pid, sim in scored if sim >= MIN_SIMILARITY)
        ranked = fuse(rankings)
        if relevant_only:
            ranked = [(pid, score) for pid, score in ranked if pid in convincing]
        ranked = ranked[:limit]
        found = self.index.passages([pid for pid, _ in ranked])
        return [Hit(found[pid], score) for pid, score in ranked if pid in found]
