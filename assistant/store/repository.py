"""The repository the CLI and the window share: conversations and their message trees."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from assistant.store.bulk import insert_conversations
from assistant.store.db import connect, open_database, storage_error
from assistant.store.records import CONV_COLS, MESSAGE_META, MSG_COLS, Conversation, Message
from assistant.store.search import SearchHit, search
from assistant.store.titles import auto_title


def _as_json(meta: dict[str, Any]) -> None:
    """Message fields kept as JSON text (parameters, sources, memories, tool calls), in
    place."""
    for key in ("params", "sources", "memories", "tool_calls"):
        if isinstance(meta.get(key), dict | list):
            meta[key] = json.dumps(meta[key])


class _Auto:
    """Marks "the end of the shown branch" as a parent (None means a root message)."""


AUTO = _Auto()


class Repository:
    """All reads and writes of the history. Safe to use from several threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        opened = open_database(path)
        self.notes = opened.notes  # what happened on open (recovery), for the user
        self._local = threading.local()
        self._local.db = opened.db

    @property
    def db(self) -> Database:
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path)
            self._local.db = db
        return db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self.db.conn
        try:
            with conn:  # one short transaction: commit, or roll back on error
                yield conn
        except sqlite3.OperationalError as exc:
            raise storage_error(exc, self.path) from exc

    def transaction(self) -> Any:
        """One write transaction (for the store's other tables, e.g. collections)."""
        return self._write()

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # -- conversations -------------------------------------------------------------------

    def create_conversation(
        self,
        title: str = "",
        *,
        model: str | None = None,
        preset: str | None = None,
        system_prompt: str | None = None,
        params: dict[str, Any] | None = None,
        created: float | None = None,
    ) -> int:
        now = created if created is not None else time.time()
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO conversations (title, title_is_auto, created, updated, pinned, "
                "archived, model, preset, system_prompt, params) VALUES (?,?,?,?,0,0,?,?,?,?)",
                (
                    title,
                    0 if title else 1,
                    now,
                    now,
                    model,
                    preset,
                    system_prompt,
                    json.dumps(params) if params else None,
                ),
            )
            return int(cur.lastrowid or 0)

    def conversation(self, conversation_id: int) -> Conversation:
        row = self.db.execute(
            f"SELECT {CONV_COLS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            from assistant.ground.errors import UserError

            raise UserError(f"There is no conversation {conversation_id}.")
        return Conversation(*row)

    def list_conversations(
        self, limit: int = 100, offset: int = 0, include_archived: bool = False
    ) -> list[Conversation]:
        """Pinned first, then most recently updated; soft-deleted ones are hidden."""
        where = "deleted_at IS NULL" + ("" if include_archived else " AND archived = 0")
        rows = self.db.execute(
            f"SELECT {CONV_COLS} FROM conversations WHERE {where} "
            "ORDER BY pinned DESC, updated DESC, id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [Conversation(*r) for r in rows]

    def _set(self, conversation_id: int, **values: Any) -> None:
        cols = ", ".join(f"{k} = ?" for k in values)
        with self._write() as c:
            c.execute(
                f"UPDATE conversations SET {cols} WHERE id = ?", (*values.values(), conversation_id)
            )

    def rename(self, conversation_id: int, title: str) -> None:
        self._set(conversation_id, title=title.strip(), title_is_auto=0)

    def pin(self, conversation_id: int, pinned: bool = True) -> None:
        self._set(conversation_id, pinned=int(pinned))

    def archive(self, conversation_id: int, archived: bool = True) -> None:
        self._set(conversation_id, archived=int(archived))

    def set_conversation_settings(self, conversation_id: int, **values: Any) -> None:
        """Update model, preset, system_prompt or params (a dict) of a conversation."""
        allowed = {"model", "preset", "system_prompt", "params"}
        bad = set(values) - allowed
        if bad:
            raise ValueError(f"unknown conversation settings: {bad}")
        if "params" in values and values["params"] is not None:
            values["params"] = json.dumps(values["params"])
        self._set(conversation_id, **values)

    def delete(self, conversation_id: int) -> None:
        """Soft delete: hidden everywhere until :meth:`undo_delete` or :meth:`purge`."""
        self._set(conversation_id, deleted_at=time.time())

    def undo_delete(self, conversation_id: int) -> None:
        self._set(conversation_id, deleted_at=None)

    def purge(self, conversation_id: int | None = None, older_than: float | None = None) -> int:
        """Remove soft-deleted conversations for good (one, or all deleted before a time)."""
        args: tuple[float | int, ...]
        if conversation_id is not None:
            where, args = "id = ? AND deleted_at IS NOT NULL", (conversation_id,)
        else:
            where, args = "deleted_at IS NOT NULL AND deleted_at < ?", (older_than or time.time(),)
        with self._write() as c:
            ids = [r[0] for r in c.execute(f"SELECT id FROM conversations WHERE {where}", args)]
            for cid in ids:
                c.execute("UPDATE conversations SET current_leaf = NULL WHERE id = ?", (cid,))
                c.execute("DELETE FROM messages WHERE conversation_id = ?", (cid,))
                c.execute("DELETE FROM conversations WHERE id = ?", (cid,))
        return len(ids)

    # -- messages ------------------------------------------------------------------------

    def append(
        self,
        conversation_id: int,
        role: str,
        content: str,
        *,
        parent_id: int | _Auto | None = AUTO,
        created: float | None = None,
        **meta: Any,
    ) -> int:
        """Add a message under ``parent_id`` (default: the end of the shown branch).

        The new message becomes the end of the shown branch. Extra keyword arguments are
        message fields: status, model_file, preset, params (dict), token counts...
        """
        bad = set(meta) - MESSAGE_META
        if bad:
            raise ValueError(f"unknown message fields: {bad}")
        _as_json(meta)
        now = created if created is not None else time.time()
        with self._write() as c:
            conv = c.execute(
                "SELECT current_leaf, title_is_auto, "
                "(SELECT COUNT(*) FROM messages WHERE conversation_id = ?) "
                "FROM conversations WHERE id = ?",
                (conversation_id, conversation_id),
            ).fetchone()
            if conv is None:
                raise ValueError(f"no conversation {conversation_id}")
            parent = conv[0] if isinstance(parent_id, _Auto) else parent_id
            cols = ["conversation_id", "parent_id", "role", "content", "created", *meta]
            cur = c.execute(
                f"INSERT INTO messages ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                (conversation_id, parent, role, content, now, *meta.values()),
            )
            mid = int(cur.lastrowid or 0)
            title_sql = ""
            args: list[Any] = [mid, now]
            if (
                conv[1]
                and role == "user"
                and not any(
                    r
                    for r in c.execute(
                        "SELECT 1 FROM messages WHERE conversation_id = ? AND role = 'user' "
                        "AND id != ? LIMIT 1",
                        (conversation_id, mid),
                    )
                )
            ):
                title_sql = ", title = ?"
                args.append(auto_title(content))
            c.execute(
                f"UPDATE conversations SET current_leaf = ?, updated = ?{title_sql} WHERE id = ?",
                (*args, conversation_id),
            )
            return mid

    def update_content(self, message_id: int, content: str, status: str | None = None) -> None:
        """Checkpoint a growing answer (or set its final text)."""
        with self._write() as c:
            if status is None:
                c.execute("UPDATE messages SET content = ? WHERE id = ?", (content, message_id))
            else:
                c.execute(
                    "UPDATE messages SET content = ?, status = ? WHERE id = ?",
                    (content, status, message_id),
                )

    def finish(self, message_id: int, content: str, status: str = "complete", **meta: Any) -> None:
        """Final text, status and figures of an answer."""
        bad = set(meta) - MESSAGE_META
        if bad:
            raise ValueError(f"unknown message fields: {bad}")
        _as_json(meta)
        sets = ", ".join(f"{k} = ?" for k in ("content", "status", *meta))
        with self._write() as c:
            c.execute(
                f"UPDATE messages SET {sets} WHERE id = ?",
                (content, status, *meta.values(), message_id),
            )
            c.execute(
                "UPDATE conversations SET updated = ? WHERE id = "
                "(SELECT conversation_id FROM messages WHERE id = ?)",
                (time.time(), message_id),
            )

    def message(self, message_id: int) -> Message:
        row = self.db.execute(
            f"SELECT {MSG_COLS} FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            raise KeyError(message_id)
        return Message(*row)

    def page(
        self, conversation_id: int, before_id: int | None = None, limit: int = 50
    ) -> list[Message]:
        """A page of the shown branch, oldest first, ending just above ``before_id``.

        Without ``before_id`` it is the newest page. Walks parent links, so only the
        messages on the page are read, however long the conversation.
        """
        if before_id is None:
            row = self.db.execute(
                "SELECT current_leaf FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            start = row[0] if row else None
        else:
            row = self.db.execute(
                "SELECT parent_id FROM messages WHERE id = ?", (before_id,)
            ).fetchone()
            start = row[0] if row else None
        if start is None:
            return []
        rows = self.db.execute(
            f"""WITH RECURSIVE path(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM messages WHERE id = ?
                    UNION ALL
                    SELECT m.id, m.parent_id, p.depth + 1 FROM messages m
                    JOIN path p ON m.id = p.parent_id
                    LIMIT ?)
                SELECT {", ".join("m." + c.strip() for c in MSG_COLS.split(","))}
                FROM path JOIN messages m ON m.id = path.id ORDER BY path.depth DESC""",
            (start, limit),
        ).fetchall()
        return [Message(*r) for r in rows]

    def branch(self, conversation_id: int) -> list[Message]:
        """The whole shown branch, oldest first."""
        return self.page(conversation_id, limit=1_000_000_000)

    def siblings(self, message_id: int) -> list[int]:
        """Ids of the alternatives of a message (itself included), oldest first."""
        row = self.db.execute(
            "SELECT conversation_id, parent_id FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
        if row is None:
            return []
        rows = self.db.execute(
            "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS ? ORDER BY id",
            row,
        ).fetchall()
        return [r[0] for r in rows]

    def show_branch(self, message_id: int) -> None:
        """Show the branch through ``message_id``, following its newest descendants."""
        leaf = message_id
        while True:
            row = self.db.execute(
                "SELECT MAX(id) FROM messages WHERE parent_id = ?", (leaf,)
            ).fetchone()
            if row[0] is None:
                break
            leaf = row[0]
        with self._write() as c:
            c.execute(
                "UPDATE conversations SET current_leaf = ? WHERE id = "
                "(SELECT conversation_id FROM messages WHERE id = ?)",
                (leaf, message_id),
            )

    def all_messages(self, conversation_id: int) -> list[Message]:
        """Every message of every branch, in creation order (for export)."""
        rows = self.db.execute(
            f"SELECT {MSG_COLS} FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        ).fetchall()
        return [Message(*r) for r in rows]

    # -- search and figures --------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return search(self.db, query, limit)

    def statistics(self) -> dict[str, Any]:
        q = self.db.execute(
            "SELECT (SELECT COUNT(*) FROM conversations WHERE deleted_at IS NULL), "
            "(SELECT COUNT(*) FROM messages), "
            "(SELECT COALESCE(SUM(prompt_tokens), 0) FROM messages), "
            "(SELECT COALESCE(SUM(completion_tokens), 0) FROM messages), "
            "(SELECT COUNT(*) FROM conversations WHERE deleted_at IS NOT NULL)"
        ).fetchone()
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return {
            "conversations": q[0],
            "messages": q[1],
            "prompt_tokens": q[2],
            "completion_tokens": q[3],
            "deleted_conversations": q[4],
            "database_bytes": size,
        }

    # -- bulk import ---------------------------------------------------------------------

    def import_conversations(
        self,
        conversations: list[dict[str, Any]],
        conv_fields: tuple[str, ...],
        msg_fields: tuple[str, ...],
    ) -> list[int]:
        """Insert already-validated conversations in one transaction; new ids returned."""
        with self._write() as c:
            return insert_conversations(c, conversations, conv_fields, msg_fields)
