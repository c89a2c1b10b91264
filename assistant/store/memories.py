"""Memories: facts the person asked the assistant to keep across chats ("I'm vegetarian",
"answer in metric units"), in the history database. Only the person adds one; the
assistant may propose, never store."""

from __future__ import annotations

import time
from dataclasses import dataclass

from assistant.ground.errors import UserError
from assistant.store.repository import Repository

MAX_CHARS = 500  # a fact, not a document


@dataclass(frozen=True)
class Memory:
    id: int
    text: str
    enabled: bool
    created: float
    updated: float


def check_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise UserError("A memory needs some text.")
    if len(text) > MAX_CHARS:
        raise UserError(
            f"A memory is one fact of at most {MAX_CHARS} characters; this one has {len(text)}."
        )
    return text


class Memories:
    """Reads and writes memories."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def all(self, enabled_only: bool = False) -> list[Memory]:
        where = " WHERE enabled = 1" if enabled_only else ""
        rows = self.repo.db.execute(
            f"SELECT id, text, enabled, created, updated FROM memories{where} ORDER BY id"
        ).fetchall()
        return [Memory(r[0], r[1], bool(r[2]), r[3], r[4]) for r in rows]

    def get(self, memory_id: int) -> Memory:
        row = self.repo.db.execute(
            "SELECT id, text, enabled, created, updated FROM memories WHERE id = ?", (memory_id,)
        ).fetchone()
        if row is None:
            raise UserError(f"There is no memory {memory_id}.")
        return Memory(row[0], row[1], bool(row[2]), row[3], row[4])

    def add(self, text: str) -> Memory:
        text = check_text(text)
        now = time.time()
        with self.repo.transaction() as c:
            known = c.execute("SELECT id FROM memories WHERE text = ?", (text,)).fetchone()
            if known is not None:  # the same fact twice is kept once
                return self.get(int(known[0]))
            cur = c.execute(
                "INSERT INTO memories (text, enabled, created, updated) VALUES (?, 1, ?, ?)",
                (text, now, now),
            )
            memory_id = int(cur.lastrowid or 0)
        return self.get(memory_id)

    def edit(self, memory_id: int, text: str) -> Memory:
        text = check_text(text)
        self.get(memory_id)
        with self.repo.transaction() as c:
            c.execute(
                "UPDATE memories SET text = ?, updated = ? WHERE id = ?",
                (text, time.time(), memory_id),
            )
        return self.get(memory_id)

    def enable(self, memory_id: int, enabled: bool = True) -> Memory:
        self.get(memory_id)
        with self.repo.transaction() as c:
            c.execute(
                "UPDATE memories SET enabled = ?, updated = ? WHERE id = ?",
                (int(enabled), time.time(), memory_id),
            )
        return self.get(memory_id)

    def delete(self, memory_id: int) -> None:
        self.get(memory_id)
        with self.repo.transaction() as c:
            c.execute("DELETE FROM memories WHERE id = ?", (memory_id,))
