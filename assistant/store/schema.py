"""Schema migrations (forward only). Append new steps; never edit a released one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("offline-assistant")


@migrations()
def m001_conversations_and_messages(db: Database) -> None:
    db.table("conversations").create(
        {
            "id": int,
            "title": str,
            "title_is_auto": int,
            "created": float,
            "updated": float,
            "pinned": int,
            "archived": int,
            "deleted_at": float,
            "model": str,
            "preset": str,
            "system_prompt": str,
            "params": str,  # JSON
            "current_leaf": int,  # the last message of the branch being shown
        },
        pk="id",
        not_null={"title", "created", "updated", "pinned", "archived", "title_is_auto"},
        defaults={"pinned": 0, "archived": 0, "title": "", "title_is_auto": 1},
    )
    db.table("messages").create(
        {
            "id": int,
            "conversation_id": int,
            "parent_id": int,
            "role": str,
            "content": str,
            "created": float,
            "status": str,  # complete | streaming | cancelled | error | interrupted
            "finish_reason": str,
            "error": str,
            "model_file": str,
            "model_identity": str,  # sha256:<hex> or size:<bytes>:mtime:<ns>
            "preset": str,
            "params": str,  # JSON
            "prompt_tokens": int,
            "completion_tokens": int,
            "generation_seconds": float,
            "tokens_per_second": float,
        },
        pk="id",
        not_null={"conversation_id", "role", "content", "created", "status"},
        defaults={"content": "", "status": "complete"},
        foreign_keys=[("conversation_id", "conversations", "id"), ("parent_id", "messages", "id")],
    )
    db.execute("CREATE INDEX messages_conversation ON messages(conversation_id, id)")
    db.execute("CREATE INDEX messages_parent ON messages(parent_id)")
    db.execute("CREATE INDEX messages_status ON messages(status) WHERE status = 'streaming'")
    db.execute(
        "CREATE INDEX conversations_listing ON conversations(deleted_at, pinned DESC, updated DESC)"
    )
    db.table("messages").enable_fts(["content"], create_triggers=True, tokenize="unicode61")
    db.table("conversations").enable_fts(["title"], create_triggers=True, tokenize="unicode61")


# Bump with every migration (a test checks it matches); stored in PRAGMA user_version so
# an older app can tell that a database comes from a newer one.
SCHEMA_VERSION = 1
