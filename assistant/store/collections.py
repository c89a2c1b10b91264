"""Document collections the user made: a name and the folders and files it covers.
They live in the history database (user data); their passages in the documents index."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.ground.errors import UserError
from assistant.store.repository import Repository


@dataclass(frozen=True)
class Collection:
    name: str
    paths: tuple[str, ...]
    created: float


def check_name(name: str) -> str:
    """A collection name as typed, or a clear refusal."""
    name = name.strip()
    if not name:
        raise UserError("A collection needs a name.")
    if len(name) > 80 or any(ch in name for ch in "\n\r\t"):
        raise UserError("A collection name is one line of at most 80 characters.")
    return name


class Collections:
    """Reads and writes collections in the history database."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def all(self) -> list[Collection]:
        rows = self.repo.db.execute(
            "SELECT name, paths, created FROM collections ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [Collection(r[0], tuple(json.loads(r[1])), r[2]) for r in rows]

    def get(self, name: str) -> Collection:
        row = self.repo.db.execute(
            "SELECT name, paths, created FROM collections WHERE name = ?", (name,)
        ).fetchone()
        if row is None:
            known = ", ".join(c.name for c in self.all()) or "none yet"
            raise UserError(f"No document collection named {name!r} (collections: {known}).")
        return Collection(row[0], tuple(json.loads(row[1])), row[2])

    def add(self, name: str, paths: Sequence[str] = ()) -> Collection:
        """Create the collection if needed and add folders or files to it."""
        name = check_name(name)
        with self.repo.transaction() as c:
            row = c.execute("SELECT paths FROM collections WHERE name = ?", (name,)).fetchone()
            known = json.loads(row[0]) if row else []
            merged = list(dict.fromkeys([*known, *paths]))
            if row is None:
                c.execute(
                    "INSERT INTO collections(name, paths, created) VALUES (?, ?, ?)",
                    (name, json.dumps(merged), time.time()),
                )
            else:
                c.execute(
                    "UPDATE collections SET paths = ? WHERE name = ?", (json.dumps(merged), name)
                )
        return self.get(name)

    def remove_paths(self, name: str, paths: Sequence[str]) -> Collection:
        current = self.get(name)
        kept = [p for p in current.paths if p not in set(paths)]
        with self.repo.transaction() as c:
            c.execute("UPDATE collections SET paths = ? WHERE name = ?", (json.dumps(kept), name))
        return self.get(name)

    def delete(self, name: str) -> None:
        self.get(name)  # a clear error for an unknown name
        with self.repo.transaction() as c:
            c.execute("DELETE FROM collections WHERE name = ?", (name,))
