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


@migrations()
def m002_fts_prefix_index_and_skip_streaming(db: Database) -> None:
    """Rebuild the message index with prefix indexes (fast search-as-you-type) and keep
    answers out of it while they stream: re-indexing on every checkpoint would steal CPU
    from generation."""
    for trigger in ("messages_ai", "messages_ad", "messages_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS messages_fts")
    db.execute(
        "CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', "
        "content_rowid='id', tokenize='unicode61', prefix='2 3 4')"
    )
    db.execute(
        "INSERT INTO messages_fts(rowid, content) "
        "SELECT id, content FROM messages WHERE status != 'streaming'"
    )
    for sql in (
        "CREATE TRIGGER messages_ai AFTER INSERT ON messages WHEN new.status != 'streaming' "
        "BEGIN INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END",
        "CREATE TRIGGER messages_ad AFTER DELETE ON messages WHEN old.status != 'streaming' "
        "BEGIN INSERT INTO messages_fts(messages_fts, rowid, content) "
        "VALUES ('delete', old.id, old.content); END",
        # One UPDATE trigger, delete before insert: SQLite does not promise an order
        # between two triggers on the same event.
        "CREATE TRIGGER messages_au AFTER UPDATE ON messages BEGIN "
        "INSERT INTO messages_fts(messages_fts, rowid, content) "
        "SELECT 'delete', old.id, old.content WHERE old.status != 'streaming'; "
        "INSERT INTO messages_fts(rowid, content) "
        "SELECT new.id, new.content WHERE new.status != 'streaming'; END",
    ):
        # One statement at a time: executescript would commit the migration half-done.
        db.execute(sql)


@migrations()
def m003_speculative_decoding_figures(db: Database) -> None:
    """How many drafted tokens an answer's speculative decoding verified and kept."""
    messages = db.table("messages")
    messages.add_column("drafted_tokens", int)
    messages.add_column("accepted_tokens", int)


@migrations()
def m004_reasoning_apart(db: Database) -> None:
    """A thinking model's reasoning in its own field: answers saved before kept it in
    their text between <think> and </think>, where copy, export and search saw it."""
    from assistant.engine.reasoning import OPEN, split_reasoning

    messages = db.table("messages")
    messages.add_column("reasoning", str)
    messages.add_column("reasoning_seconds", float)
    rows = db.execute(
        "SELECT id, content FROM messages WHERE role = 'assistant' AND status != 'streaming' "
        "AND ltrim(content, ' ' || char(9, 10, 13)) LIKE ?",
        (OPEN + "%",),
    ).fetchall()
    for message_id, content in rows:
        split = split_reasoning(content)
        db.execute(
            "UPDATE messages SET content = ?, reasoning = ? WHERE id = ?",
            (split.answer, split.reasoning, message_id),
        )


@migrations()
def m005_document_collections(db: Database) -> None:
    """Document collections (a name and the folders and files it covers; the passages
    live in the separate, derived documents index) and the sources an answer cited."""
    db.execute(
        "CREATE TABLE collections (name TEXT PRIMARY KEY, paths TEXT NOT NULL DEFAULT '[]', "
        "created REAL NOT NULL)"
    )
    db.table("messages").add_column("sources", str)


@migrations()
def m006_memories(db: Database) -> None:
    """Facts the person asked to keep across chats, and the ones an answer was given."""
    db.execute(
        "CREATE TABLE memories (id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
        "enabled INTEGER NOT NULL DEFAULT 1, created REAL NOT NULL, updated REAL NOT NULL)"
    )
    db.table("messages").add_column("memories", str)


@migrations()
def m007_tool_calls(db: Database) -> None:
    """Tool calls in the conversation: an answer's calls (JSON, OpenAI's shape), and each
    result as a ``tool`` message naming its call and tool."""
    messages = db.table("messages")
    messages.add_column("tool_calls", str)
    messages.add_column("tool_call_id", str)
    messages.add_column("tool_name", str)


# Bump with every migration (a test checks it matches); stored in PRAGMA user_version so
# an older app can tell that a database comes from a newer one.
SCHEMA_VERSION = 7
