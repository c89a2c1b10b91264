"""Opening the history database: pragmas, recovery from damage, migrations."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from assistant.ground.errors import UserError
from assistant.ground.private_files import private_file
from assistant.store.schema import SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
SIDECARS = ("-wal", "-shm")


@dataclass
class OpenResult:
    """An open database plus what happened while opening it (shown to the user)."""

    db: Database
    notes: list[str] = field(default_factory=list)


def connect(path: Path) -> Database:
    """A configured connection (one per thread: sqlite3 connections are not shared)."""
    private_file(path, SIDECARS)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL + NORMAL: a committed transaction survives a crash or kill -9 of the app.
    use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    return Database(conn)


def use_wal(conn: sqlite3.Connection) -> None:
    """Put the database in WAL mode. Two apps turning a new file to WAL at the same moment
    (the window and a command in a terminal) get "database is locked" at once, without
    SQLite's busy wait, so this waits and asks again, as long as a busy wait would."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def move_aside(path: Path, reason: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in SIDECARS:
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    return target


def _check(path: Path) -> str | None:
    """None if the file is a sound database, else why not."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            # Another app holds it longer than the busy wait: opening it says so; moving
            # a sound history aside would look to the user like every chat was lost.
            log.warning("history database %s busy while checking it: %s", path, exc)
            return None
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


def open_database(path: Path, check: bool = True) -> OpenResult:
    """Open (creating or migrating) the history database.

    A damaged file or one that is not a database is moved aside with a timestamp and a
    fresh database is started; nothing is deleted. A database from a newer app version
    is refused untouched.
    """
    notes: list[str] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder for the history database: {exc}") from exc
    if check and path.exists() and path.stat().st_size > 0:
        problem = _check(path)
        if problem is not None:
            moved = move_aside(path, "damaged")
            log.error(
                "history database %s failed its check (%s); moved to %s", path, problem, moved
            )
            notes.append(
                f"The history database was damaged ({problem}). It was kept as {moved.name} "
                "and a new, empty history was started."
            )
    try:
        db = connect(path)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            db.close()
            raise UserError(
                f"The history database {path} was written by a newer version of Offline "
                f"Assistant (schema {version}; this version knows up to {SCHEMA_VERSION}). "
                "Update the app; the file was left untouched."
            )
        if migrations.pending(db):
            _migrate(db)
        interrupted = db.execute(
            "UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'"
        ).rowcount
        db.conn.commit()
    except sqlite3.OperationalError as exc:
        raise storage_error(exc, path) from exc
    if interrupted:
        notes.append(f"{interrupted} answer(s) were cut off when the app last stopped.")
    return OpenResult(db, notes)


def _migrate(db: Database) -> None:
    """Apply pending migrations holding the write lock from the check to the last step:
    two apps starting on a new file at once (the window and a command in a terminal)
    would otherwise both create the tables and one would fail."""
    db.execute("BEGIN IMMEDIATE")
    try:
        if migrations.pending(db):  # asked again: the other app may have done it
            migrations.apply(db)  # each step nests in this transaction as a savepoint
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


def storage_error(exc: sqlite3.Error, path: Path) -> UserError:
    """Turn an SQLite failure into a message the user can act on."""
    text = str(exc).lower()
    if "full" in text:
        return UserError(f"The disk is full: the history could not be saved ({path.parent}).")
    if "disk i/o error" in text:
        return UserError(
            f"The history could not be saved: writing to {path.parent} failed. "
            "The disk may be full or failing; free some space and try again."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return UserError(
            f"The history database cannot be written at {path}: check that the folder "
            "exists and is writable."
        )
    if "locked" in text or "busy" in text:
        return UserError("The history database is busy in another program; try again.")
    return UserError(f"The history database failed: {exc}")
