"""Searching the documents index (store/doc_index.py): keyword search with FTS5 and
BM25, vector search with numpy over each collection's cached matrix, passages by id."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.ground.errors import UserError

TOKENIZE = "porter unicode61 remove_diacritics 2"
# A keyword search uses the terms in at most this share of the passages (and, if every
# term is more common, the rarest two); candidates are taken from the top of BM25.
COMMON_TERM_SHARE = 0.1
COMMON_TERM_MIN = 2000
KEYWORD_FETCH = 4

# Words that carry no meaning for a keyword search; OR-ing them only slows it down.
_STOP = frozenset(
    "a an and are as at be but by can do does for from has have how i if in is it its "
    "me my of on or our so than that the their them then there these they this to was "
    "we were what when where which who why will with you your".split()
)


@dataclass(frozen=True)
class Found:
    """A passage found by a search, with its file and place."""

    id: int
    collection: str
    path: str
    text: str
    page: int | None
    heading: str
    start: int
    end: int


class IndexSearch:
    """The index's queries; mixed into DocIndex, which provides the connections."""

    _cache: dict[str, tuple[int, np.ndarray, np.ndarray]]
    _cache_lock: threading.Lock

    def _conn(self) -> sqlite3.Connection:
        raise NotImplementedError

    def keyword(self, collections: Sequence[str], query: str, limit: int) -> list[int]:
        """Passage ids best first by BM25 over the words of ``query`` (any of them)."""
        words = [w for w in dict.fromkeys(re.findall(r"\w+", query.lower())) if w not in _STOP]
        if not words or not collections:
            return []
        words = self._distinctive(words)
        match = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        marks = ",".join("?" * len(collections))
        rows = self._conn().execute(
            "SELECT p.id FROM (SELECT rowid, bm25(passages_fts) AS score FROM passages_fts "
            "WHERE passages_fts MATCH ? ORDER BY score LIMIT ?) AS hit "
            "JOIN passages p ON p.id = hit.rowid JOIN files f ON f.id = p.file_id "
            f"WHERE f.collection IN ({marks}) AND f.status = 'indexed' ORDER BY hit.score LIMIT ?",
            (match, limit * KEYWORD_FETCH, *collections, limit),
        )
        return [r[0] for r in rows]

    def _distinctive(self, words: list[str]) -> list[str]:
        """The query words whose terms are not in most passages (see COMMON_TERM_SHARE)."""
        conn = self._conn()
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_words "
            f"USING fts5(w, tokenize='{TOKENIZE}')"
        )
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_terms "
            "USING fts5vocab(temp, query_words, 'instance')"
        )
        conn.execute("DELETE FROM temp.query_words")
        conn.executemany(
            "INSERT INTO temp.query_words(rowid, w) VALUES (?, ?)", list(enumerate(words))
        )
        term_of = dict(conn.execute("SELECT doc, term FROM temp.query_terms").fetchall())
        terms = sorted(set(term_of.values()))
        marks = ",".join("?" * len(terms))
        df = dict(
            conn.execute(f"SELECT term, doc FROM passages_vocab WHERE term IN ({marks})", terms)
        )
        total = conn.execute(
            "SELECT coalesce(sum(passages), 0) FROM files WHERE status = 'indexed'"
        ).fetchone()[0]
        # Only where it saves real work: on a small index every term is cheap and counts.
        cap = max(total * COMMON_TERM_SHARE, COMMON_TERM_MIN)
        kept = [w for i, w in enumerate(words) if df.get(term_of.get(i, ""), 0) <= cap]
        if kept:
            return kept
        ranked = sorted(range(len(words)), key=lambda i: df.get(term_of.get(i, ""), 0))
        return [words[i] for i in ranked[:2]]

    def vector(
        self, collections: Sequence[str], query: np.ndarray, limit: int
    ) -> list[tuple[int, float]]:
        """(passage id, cosine similarity to ``query``, a unit vector), best first."""
        ids: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        q = np.asarray(query, dtype=np.float32)
        for name in collections:
            pids, matrix = self._matrix(name)
            if len(pids):
                if matrix.shape[1] != q.shape[0]:
                    raise UserError(
                        "The documents index was made with another embedding model; "
                        "sync the collection to index it again."
                    )
                ids.append(pids)
                scores.append(matrix @ q)
        if not ids:
            return []
        all_ids, all_scores = np.concatenate(ids), np.concatenate(scores)
        k = min(limit, len(all_ids))
        top = np.argpartition(-all_scores, k - 1)[:k]
        top = top[np.argsort(-all_scores[top])]
        return [(int(all_ids[i]), float(all_scores[i])) for i in top]

    def warm(self, collections: Sequence[str]) -> None:
        """Load the collections' vectors now, so the first question does not wait for
        them (100,000 passages: about a second)."""
        for collection in collections:
            self._matrix(collection)

    def _matrix(self, collection: str) -> tuple[np.ndarray, np.ndarray]:
        conn = self._conn()
        row = conn.execute(
            "SELECT generation FROM collections WHERE name = ?", (collection,)
        ).fetchone()
        if row is None:
            return np.zeros(0, np.int64), np.zeros((0, 0), np.float32)
        with self._cache_lock:
            cached = self._cache.get(collection)
            if cached is not None and cached[0] == row[0]:
                return cached[1], cached[2]
        conn.execute("BEGIN")  # one snapshot: the generation and the rows it stands for
        try:
            generation = conn.execute(
                "SELECT generation FROM collections WHERE name = ?", (collection,)
            ).fetchone()[0]
            rows = conn.execute(
                "SELECT p.id, p.vector FROM passages p JOIN files f ON f.id = p.file_id "
                "WHERE f.collection = ? AND f.status = 'indexed' ORDER BY p.id",
                (collection,),
            ).fetchall()
        finally:
            conn.execute("COMMIT")
        pids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
        if rows:
            matrix = np.frombuffer(b"".join(r[1] for r in rows), np.float32).reshape(len(rows), -1)
        else:
            matrix = np.zeros((0, 0), np.float32)
        with self._cache_lock:
            self._cache[collection] = (generation, pids, matrix)
        return pids, matrix

    def passages(self, ids: Sequence[int]) -> dict[int, Found]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._conn().execute(
            "SELECT p.id, f.collection, f.path, p.text, p.page, p.heading, p.start, p.end "
            f"FROM passages p JOIN files f ON f.id = p.file_id WHERE p.id IN ({marks})",
            list(ids),
        )
        return {r[0]: Found(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7]) for r in rows}
