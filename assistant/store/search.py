"""Full-text search over messages and titles (FTS5, bm25)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

# Highlight marks in snippets: control characters cannot occur in typed text, so the
# GUI can escape HTML first and then turn these into tags.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass
class SearchHit:
    conversation_id: int
    message_id: int | None  # None for a title match
    title: str
    snippet: str
    rank: float


def fts_query(text: str) -> str | None:
    """Quote every word so FTS5 syntax in user input (``"foo``, ``AND OR``) is literal.

    The last word matches as a prefix, for search-as-you-type.
    """
    words = [w for w in re.findall(r"\w+", text, flags=re.UNICODE) if w]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Best matches first; soft-deleted conversations are left out."""
    q = fts_query(text)
    if q is None:
        return []
    try:
        rows = db.execute(
            f"""
            SELECT * FROM (
                SELECT m.conversation_id, m.id, c.title,
                       snippet(messages_fts, 0, '{MARK_START}', '{MARK_END}', '…', 12),
                       bm25(messages_fts) AS rank
                FROM messages_fts
                JOIN messages m ON m.id = messages_fts.rowid
                JOIN conversations c ON c.id = m.conversation_id
                WHERE messages_fts MATCH :q AND c.deleted_at IS NULL
                ORDER BY rank LIMIT :limit)
            UNION ALL
            SELECT * FROM (
                SELECT c.id, NULL, c.title,
                       highlight(conversations_fts, 0, '{MARK_START}', '{MARK_END}'),
                       bm25(conversations_fts) - 5 AS rank
                FROM conversations_fts
                JOIN conversations c ON c.id = conversations_fts.rowid
                WHERE conversations_fts MATCH :q AND c.deleted_at IS NULL
                ORDER BY rank LIMIT :limit)
            ORDER BY rank LIMIT :limit
            """,
            {"q": q, "limit": limit},
        ).fetchall()
    except sqlite3.OperationalError:
        return []  # a query FTS5 still cannot parse finds nothing, never an error
    return [SearchHit(r[0], r[1], r[2], r[3], r[4]) for r in rows]
