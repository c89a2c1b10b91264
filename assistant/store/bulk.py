"""Bulk insert of imported conversations with their message trees (one transaction,
given by the caller); message ids are remapped to the new rows."""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any


def insert_conversations(
    c: sqlite3.Connection,
    conversations: list[dict[str, Any]],
    conv_fields: tuple[str, ...],
    msg_fields: tuple[str, ...],
) -> list[int]:
    """Insert already-validated conversations; returns their new ids."""
    new_ids: list[int] = []
    for conv in conversations:
        values = {k: conv.get(k) for k in conv_fields}
        values["title"] = values["title"] or ""
        values["title_is_auto"] = values["title_is_auto"] or 0
        values["pinned"] = values["pinned"] or 0
        values["archived"] = values["archived"] or 0
        now = time.time()
        values["created"] = values["created"] or now
        values["updated"] = values["updated"] or now
        if isinstance(values.get("params"), dict):
            values["params"] = json.dumps(values["params"])
        cols = list(values)
        cur = c.execute(
            f"INSERT INTO conversations ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            list(values.values()),
        )
        cid = int(cur.lastrowid or 0)
        id_map: dict[Any, int] = {}
        for m in conv["messages"]:
            mv = {k: m.get(k) for k in msg_fields}
            mv["created"] = mv["created"] or now
            mv["status"] = mv["status"] or "complete"
            for key in ("params", "sources", "tool_calls"):
                if isinstance(mv.get(key), dict | list):
                    mv[key] = json.dumps(mv[key])
            mcols = ["conversation_id", "parent_id", *mv]
            cur = c.execute(
                f"INSERT INTO messages ({', '.join(mcols)}) VALUES ({', '.join('?' * len(mcols))})",
                [cid, id_map.get(m.get("parent_id")), *mv.values()],
            )
            id_map[m.get("id")] = int(cur.lastrowid or 0)
        leaf = id_map.get(conv.get("current_leaf"))
        if leaf is None and id_map:
            leaf = max(id_map.values())
        c.execute("UPDATE conversations SET current_leaf = ? WHERE id = ?", (leaf, cid))
        new_ids.append(cid)
    return new_ids
