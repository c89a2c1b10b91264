"""The documents index: passages of the user's files, their vectors and a full-text index,
in its own SQLite file. It is derived data: a damaged or foreign file is set aside and
started afresh (the next sync fills it again), never a reason to refuse to start.

Vectors are float32 blobs scored with numpy (one matrix product over a collection, the
matrix cached until the collection changes): no SQLite extension to load, which many
Python builds (macOS's, this project's CI machine's) cannot do at all.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.ground.errors import UserError
from assistant.ground.private_files import private_file
from assistant.store.db import BUSY_TIMEOUT_MS, SIDECARS, move_aside, use_wal
from assistant.store.doc_search import TOKENIZE, IndexSearch

log = logging.getLogger(__name__)

# 3: sentences no longer lose the words before a mark inside a word ("llama.cpp");
# an index of an earlier version is built afresh.
INDEX_VERSION = 3
_SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE collections (name TEXT PRIMARY KEY, generation INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE files (id INTEGER PRIMARY KEY, collection TEXT NOT NULL "
    "REFERENCES collections(name) ON DELETE CASCADE, path TEXT NOT NULL, size INTEGER, "
    "mtime_ns INTEGER, sha256 TEXT, status TEXT NOT NULL, reason TEXT, "
    "passages INTEGER NOT NULL DEFAULT 0, tokens INTEGER NOT NULL DEFAULT 0, indexed_at REAL, "
    "UNIQUE (collection, path))",
    "CREATE TABLE passages (id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL "
    "REFERENCES files(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, text TEXT NOT NULL, "
    "page INTEGER, heading TEXT, start INTEGER, end INTEGER, vector BLOB NOT NULL, "
    "title TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX passages_file ON passages(file_id)",
    # The file's title is searched with the passage: people name the document they mean.
    f"CREATE VIRTUAL TABLE passages_fts USING fts5(text, heading, title, content='passages', "
    f"content_rowid='id', tokenize='{TOKENIZE}')",
    "CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN INSERT INTO "
    "passages_fts(rowid, text, heading, title) "
    "VALUES (new.id, new.text, new.heading, new.title); END",
    "CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN INSERT INTO "
    "passages_fts(passages_fts, rowid, text, heading, title) "
    "VALUES ('delete', old.id, old.text, old.heading, old.title); END",
    # How many passages hold each (stemmed) term: very common terms are left out of a
    # keyword search (they barely change BM25's order and make it slow on big indexes).
    "CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row')",
]


_OUTDATED = "outdated index version"


class IndexWriteError(UserError):
    """The index could not be written (a full disk): stop indexing, keep what is there."""


@dataclass(frozen=True)
class FileRow:
    """What the index knows about one file of a collection."""

    id: int
    path: str
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    status: str  # indexed | skipped | indexing (cut short: redone by the next sync)
    reason: str | None
    passages: int
    tokens: int


class DocIndex(IndexSearch):
    """The index file; one connection per thread, safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notes: list[str] = []  # what opening it did (e.g. set a damaged file aside)
        self._local = threading.local()
        self._cache: dict[str, tuple[int, np.ndarray, np.ndarray]] = {}
        self._cache_lock = threading.Lock()
        try:
            self._open()
        except sqlite3.OperationalError as exc:
            self.close()
            if "locked" not in str(exc):
                raise
            raise UserError(
                f"The documents index {self.path} is busy in another program; try again."
            ) from exc

    # -- opening -------------------------------------------------------------------------

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        reason = self._problem()
        if reason is not None and reason.startswith(_OUTDATED):
            # Derived data made by an earlier version: nothing in it is worth keeping.
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            log.info("documents index %s: %s, started afresh", self.path, reason)
            self.notes.append(
                "The documents index was made by an earlier version of the app and has "
                "been started afresh; sync your collections to index them again."
            )
        elif reason is not None:
            aside = move_aside(self.path, "damaged")
            log.warning("documents index %s set aside (%s) as %s", self.path, reason, aside)
            self.notes.append(
                "The documents index was damaged and has been started afresh; "
                "sync your collections to index them again."
            )
            self._local = threading.local()
        conn = self._conn()
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
            with self._write() as c:
                # Asked again inside the write lock: another app opening a new index at
                # the same moment (the window and `assistant docs sync`) may have made it.
                if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                    return
                for sql in _SCHEMA:
                    c.execute(sql)
                c.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))

    def _problem(self) -> str | None:
        if not self.path.exists():
            return None
        try:
            conn = self._conn()
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not names:
                return None
            if "meta" not in names:
                return "not a documents index"
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is not None and row[0].isdigit() and 0 < int(row[0]) < INDEX_VERSION:
                return f"{_OUTDATED} {row[0]}"
            if row is None or row[0] != str(INDEX_VERSION):
                return f"index version {row[0] if row else '?'}"
            check = conn.execute("PRAGMA quick_check(1)").fetchone()
            return None if check == ("ok",) else str(check[0])
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc):
                # Another app holds it longer than the busy wait: busy is not damaged.
                log.warning("documents index %s busy while checking it: %s", self.path, exc)
                return None
            return str(exc)
        finally:
            self.close()

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            private_file(self.path, SIDECARS)
            conn = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            conn.execute("PRAGMA foreign_keys = ON")
            use_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            self._local.conn = conn
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
                raise IndexWriteError(
                    "The disk is full: the documents index could not be written. Free some "
                    "space and sync again (what was indexed is kept)."
                ) from exc
            if isinstance(exc, sqlite3.OperationalError) and (
                "readonly" in str(exc) or "disk I/O" in str(exc)
            ):
                raise IndexWriteError(
                    f"The documents index {self.path} cannot be written ({exc}); check that "
                    "the data folder is writable and the disk works."
                ) from exc
            raise

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- the embedding model -------------------------------------------------------------

    def embedding_model(self) -> str | None:
        row = self._conn().execute("SELECT value FROM meta WHERE key = 'embedding'").fetchone()
        return row[0] if row else None

    def use_embedding_model(self, identity: str) -> bool:
        """Record the embedding model; another model's vectors are dropped (every file is
        indexed again by the next sync). True when that happened."""
        old = self.embedding_model()
        if old == identity:
            return False
        with self._write() as c:
            if old is not None:
                c.execute("DELETE FROM passages")
                c.execute("DELETE FROM files")
                c.execute("UPDATE collections SET generation = generation + 1")
            c.execute("INSERT OR REPLACE INTO meta VALUES ('embedding', ?)", (identity,))
        return old is not None

    # -- collections and files -----------------------------------------------------------

    def indexed_collections(self) -> set[str]:
        """The collections this index has been synced for (a new or rebuilt index has
        none until their next sync)."""
        return {r[0] for r in self._conn().execute("SELECT name FROM collections")}

    def ensure_collection(self, name: str) -> None:
        with self._write() as c:
            c.execute("INSERT OR IGNORE INTO collections(name) VALUES (?)", (name,))

    def drop_collection(self, name: str) -> None:
        with self._write() as c:
            c.execute(
                "DELETE FROM passages WHERE file_id IN (SELECT id FROM files WHERE collection = ?)",
                (name,),
            )
            c.execute("DELETE FROM files WHERE collection = ?", (name,))
            c.execute("DELETE FROM collections WHERE name = ?", (name,))
        with self._cache_lock:
            self._cache.pop(name, None)

    def files(self, collection: str) -> dict[str, FileRow]:
        rows = self._conn().execute(
            "SELECT id, path, size, mtime_ns, sha256, status, reason, passages, tokens "
            "FROM files WHERE collection = ? ORDER BY path",
            (collection,),
        )
        return {r[1]: FileRow(*r) for r in rows}

    def begin_file(self, collection: str, path: str) -> int:
        """Start (re)indexing a file: its old passages go, its status is ``indexing``."""
        with self._write() as c:
            row = self._clear_file(c, collection, path)
            if row is not None:
                c.execute(
                    "UPDATE files SET status = 'indexing', reason = NULL, passages = 0, "
                    "tokens = 0 WHERE id = ?",
                    (row[0],),
                )
                self._bump(c, collection)
                return int(row[0])
            cur = c.execute(
                "INSERT INTO files(collection, path, status) VALUES (?, ?, 'indexing')",
                (collection, path),
            )
            return int(cur.lastrowid or 0)

    def add_passages(
        self, file_id: int, first: int, rows: Sequence[tuple[str, int | None, str, int, int]],
        vectors: np.ndarray, title: str = "",
    ) -> None:  # fmt: skip
        """Store passages (text, page, heading, start, end) numbered from ``first``, of
        the document called ``title``."""
        blobs = np.ascontiguousarray(vectors, dtype=np.float32)
        with self._write() as c:
            c.executemany(
                "INSERT INTO passages(file_id, ordinal, text, page, heading, start, end, vector, "
                "title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (file_id, first + i, *row, blobs[i].tobytes(), title)
                    for i, row in enumerate(rows)
                ],
            )

    def finish_file(
        self, file_id: int, size: int, mtime_ns: int, sha256: str, passages: int, tokens: int
    ) -> None:
        """Mark a file indexed with what it was when it was read."""
        with self._write() as c:
            c.execute(
                "UPDATE files SET status = 'indexed', size = ?, mtime_ns = ?, sha256 = ?, "
                "passages = ?, tokens = ?, indexed_at = ?, reason = NULL WHERE id = ?",
                (size, mtime_ns, sha256, passages, tokens, time.time(), file_id),
            )
            self._bump_file(c, file_id)

    def skip_file(
        self, collection: str, path: str, size: int | None, mtime_ns: int | None, reason: str
    ) -> None:
        """Record a file that is not indexed, and why (shown to the user)."""
        with self._write() as c:
            row = self._clear_file(c, collection, path)
            if row is not None:
                c.execute("DELETE FROM files WHERE id = ?", (row[0],))
            c.execute(
                "INSERT INTO files(collection, path, size, mtime_ns, status, reason, indexed_at) "
                "VALUES (?, ?, ?, ?, 'skipped', ?, ?)",
                (collection, path, size, mtime_ns, reason, time.time()),
            )
            self._bump(c, collection)

    def touch_file(self, file_id: int, mtime_ns: int) -> None:
        """A file whose time changed but not its content."""
        with self._write() as c:
            c.execute("UPDATE files SET mtime_ns = ? WHERE id = ?", (mtime_ns, file_id))

    def remove_files(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        with self._write() as c:
            for file_id in ids:
                self._bump_file(c, file_id)
                c.execute("DELETE FROM passages WHERE file_id = ?", (file_id,))
                c.execute("DELETE FROM files WHERE id = ?", (file_id,))

    @staticmethod
    def _clear_file(c: sqlite3.Connection, collection: str, path: str) -> Any:
        """The file's row (its id first), its passages deleted; None if it is new."""
        row = c.execute(
            "SELECT id FROM files WHERE collection = ? AND path = ?", (collection, path)
        ).fetchone()
        if row is not None:
            c.execute("DELETE FROM passages WHERE file_id = ?", (row[0],))
        return row

    def _bump_file(self, c: sqlite3.Connection, file_id: int) -> None:
        row = c.execute("SELECT collection FROM files WHERE id = ?", (file_id,)).fetchone()
        if row is not None:
            self._bump(c, row[0])

    @staticmethod
    def _bump(c: sqlite3.Connection, collection: str) -> None:
        # Tells every cached vector matrix of the collection (any process) it is stale.
        c.execute(
            "UPDATE collections SET generation = generation + 1 WHERE name = ?", (collection,)
        )

    def stats(self, collection: str) -> dict[str, int]:
        """Files by status, passages and tokens of a collection."""
        out = {"indexed": 0, "skipped": 0, "indexing": 0, "passages": 0, "tokens": 0}
        for status, n, p, t in self._conn().execute(
            "SELECT status, count(*), sum(passages), sum(tokens) FROM files "
            "WHERE collection = ? GROUP BY status",
            (collection,),
        ):
            out[status] = n
            out["passages"] += p or 0
            out["tokens"] += t or 0
        return out
