"""Full-text search over messages and titles (FTS5, bm25)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

# Highlight marks in snippets: control characters cannot occur in typed text, so the
# GUI can escape HTML first and then turn these into tags.
MARK_START, MARK_END = "\x02", "\x03"

# bm25 costs time per matching row; a word found in most messages would need all of them
# ranked. Rank only the newest RANK_WINDOW matches: newer chats are the likelier target.
RANK_WINDOW = 1000
# Title matches weigh more than a word inside a long message.
TITLE_BOOST = 5.0


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


def _ranked(db: Database, table: str, q: str, limit: int) -> list[tuple[int, float]]:
    """(rowid, rank) of the best matches among the newest RANK_WINDOW ones."""
    row = db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (q, RANK_WINDOW),
    ).fetchone()
    floor = row[0] if row else 0
    return db.execute(
        f"SELECT rowid, rank FROM {table} WHERE {table} MATCH ? AND rowid > ? "
        "ORDER BY rank LIMIT ?",
        (q, floor, limit),
    ).fetchall()


def snippet(text: str, words: list[str], width: int = 12) -> str:
    """About ``width`` words around the first match, matches marked.

    Done here rather than with FTS5's snippet(), which re-reads the whole doclist of a
    common word for every row (~7 ms a row on a 100k-message history).
    """
    if not words:
        return text[:200]
    pattern = re.compile(
        r"\b("
        + "|".join(
            re.escape(w) + (r"\w*" if i == len(words) - 1 else r"\b") for i, w in enumerate(words)
        )
        + ")",
        re.IGNORECASE,
    )
    tokens = text.split()
    first = next((i for i, t in enumerate(tokens) if pattern.search(t)), 0)
    start = max(0, first - width // 3)
    window = tokens[start : start + width]
    out = " ".join(pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", t) for t in window)
    return ("…" if start > 0 else "") + out + ("…" if start + width < len(tokens) else "")


def search(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Best matches first; soft-deleted conversations are left out."""
    q = fts_query(text)
    if q is None:
        return []
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    try:
        # Over-fetch a little: some matches may sit in deleted conversations.
        msgs = dict(_ranked(db, "messages_fts", q, limit * 2))
        titles = dict(_ranked(db, "conversations_fts", q, limit))
    except sqlite3.OperationalError:
        return []  # a query FTS5 still cannot parse finds nothing, never an error
    hits: list[SearchHit] = []
    if msgs:
        marks = ",".join("?" * len(msgs))
        for mid, cid, title, content in db.execute(
            # CROSS JOIN keeps SQLite from walking every conversation first.
            "SELECT m.id, m.conversation_id, c.title, m.content FROM messages m "
            f"CROSS JOIN conversations c ON c.id = m.conversation_id WHERE m.id IN ({marks}) "
            "AND c.deleted_at IS NULL",
            list(msgs),
        ):
            hits.append(SearchHit(cid, mid, title, snippet(content, words), msgs[mid]))
    if titles:
        marks = ",".join("?" * len(titles))
        for cid, title in db.execute(
            f"SELECT id, title FROM conversations WHERE id IN ({marks}) AND deleted_at IS NULL",
            list(titles),
        ):
            hits.append(
                SearchHit(cid, None, title, snippet(title, words, 30), titles[cid] - TITLE_BOOST)
            )
    hits.sort(key=lambda h: h.rank)
    return hits[:limit]
