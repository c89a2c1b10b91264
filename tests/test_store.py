"""The history store on a real SQLite file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from assistant.ground.errors import UserError
from assistant.store import Repository
from assistant.store.recorder import AnswerRecorder
from assistant.store.schema import SCHEMA_VERSION, migrations
from assistant.store.search import MARK_END, MARK_START, fts_query
from assistant.store.titles import auto_title
from tests.conftest import tmpfs


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    r = Repository(tmp_path / "history.db")
    yield r  # type: ignore[misc]
    r.close()


def test_pragmas_and_schema_version(repo: Repository) -> None:
    db = repo.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert len(migrations.applied(db)) == SCHEMA_VERSION
    assert migrations.pending(db) == []


def test_list_pinned_first_newest_first_and_paged(repo: Repository) -> None:
    ids = [repo.create_conversation(f"c{i}", created=1000 + i) for i in range(5)]
    repo.pin(ids[1])
    listed = [c.id for c in repo.list_conversations()]
    assert listed == [ids[1], ids[4], ids[3], ids[2], ids[0]]
    assert [c.id for c in repo.list_conversations(limit=2, offset=2)] == [ids[3], ids[2]]
    repo.archive(ids[4])
    assert ids[4] not in [c.id for c in repo.list_conversations()]
    assert ids[4] in [c.id for c in repo.list_conversations(include_archived=True)]


def test_auto_title_and_rename(repo: Repository) -> None:
    cid = repo.create_conversation()
    repo.append(cid, "user", "## How do I boil an egg properly in the mountains at high altitude?")
    repo.append(cid, "assistant", "Longer.")
    repo.append(cid, "user", "thanks")
    title = repo.conversation(cid).title
    assert title.startswith("How do I boil an egg") and len(title) <= 61
    repo.rename(cid, "Eggs")
    repo.append(cid, "user", "again")
    assert repo.conversation(cid).title == "Eggs"
    assert auto_title("\n\n  hi   there  ") == "hi there"
    assert auto_title("") == "New chat"


def test_branches_regenerate_and_edit(repo: Repository) -> None:
    cid = repo.create_conversation()
    u1 = repo.append(cid, "user", "q1")
    a1 = repo.append(cid, "assistant", "a1")
    a1b = repo.append(cid, "assistant", "a1 again", parent_id=u1)  # regenerate
    assert repo.siblings(a1) == [a1, a1b]
    assert [m.content for m in repo.branch(cid)] == ["q1", "a1 again"]
    repo.show_branch(a1)
    assert [m.content for m in repo.branch(cid)] == ["q1", "a1"]
    u2 = repo.append(cid, "user", "q2")
    repo.append(cid, "assistant", "a2")
    u2b = repo.append(cid, "user", "q2 edited", parent_id=a1)  # edit and resend
    repo.append(cid, "assistant", "a2b")
    assert [m.content for m in repo.branch(cid)] == ["q1", "a1", "q2 edited", "a2b"]
    assert repo.siblings(u2) == [u2, u2b]
    repo.show_branch(u2)
    assert [m.content for m in repo.branch(cid)] == ["q1", "a1", "q2", "a2"]


def test_lazy_pages_of_a_long_conversation(repo: Repository) -> None:
    cid = repo.create_conversation()
    for i in range(500):
        repo.append(cid, "user" if i % 2 == 0 else "assistant", f"m{i}")
    newest = repo.page(cid, limit=50)
    assert [m.content for m in newest] == [f"m{i}" for i in range(450, 500)]
    older = repo.page(cid, before_id=newest[0].id, limit=50)
    assert [m.content for m in older] == [f"m{i}" for i in range(400, 450)]
    first = repo.page(cid, before_id=repo.page(cid, limit=500)[0].id)
    assert first == []


def test_soft_delete_undo_purge(repo: Repository) -> None:
    keep = repo.create_conversation("keep")
    gone = repo.create_conversation("gone")
    repo.append(gone, "user", "findme please")
    repo.delete(gone)
    assert [c.id for c in repo.list_conversations()] == [keep]
    assert repo.search("findme") == []
    repo.undo_delete(gone)
    assert len(repo.search("findme")) == 1
    repo.delete(gone)
    assert repo.purge(gone) == 1
    assert repo.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
    assert repo.db.execute("SELECT COUNT(*) FROM messages_fts").fetchone()[0] == 0


def test_search_ranks_highlights_and_survives_syntax(repo: Repository) -> None:
    a = repo.create_conversation("Gardening")
    repo.append(a, "user", "How deep should I plant tulip bulbs?")
    repo.append(a, "assistant", "Plant tulip bulbs about 20 cm deep; tulip tulip.")
    b = repo.create_conversation("Cooking")
    repo.append(b, "user", "A recipe with a tulip-shaped pastry")
    hits = repo.search("tulip")
    assert hits[0].message_id is not None
    assert {h.conversation_id for h in hits} == {a, b}
    assert all(f"{MARK_START}tulip" in h.snippet.lower() for h in hits)
    assert MARK_END in hits[0].snippet
    assert repo.search("garden")[0].message_id is None  # a title hit, by prefix
    for nasty in ['"foo', "AND OR", "NOT", "*", "tulip)", "NEAR(", "'", "-", ""]:
        repo.search(nasty)  # never raises
    assert fts_query('say "hi') == '"say" "hi"*'


def test_streaming_checkpoints_and_interrupted_on_reopen(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    repo = Repository(path)
    cid = repo.create_conversation()
    u = repo.append(cid, "user", "tell me")
    rec = AnswerRecorder(repo, cid, u, interval=0.0)
    rec.add("Once ")
    rec.add("upon")
    assert repo.message(rec.message_id).content == "Once upon"
    assert repo.message(rec.message_id).status == "streaming"
    repo.close()  # the app "dies" here without finishing
    again = Repository(path)
    msg = again.message(rec.message_id)
    assert msg.status == "interrupted" and msg.content == "Once upon"
    assert any("cut off" in n for n in again.notes)
    again.close()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    Repository(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="newer version"):
        Repository(path)
    assert path.read_bytes() == before


def test_not_a_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    path.write_text("this is not sqlite" * 100)
    repo = Repository(path)
    aside = list(tmp_path.glob("h.db.damaged-*"))
    assert len(aside) == 1 and aside[0].read_text().startswith("this is not sqlite")
    assert repo.notes and "damaged" in repo.notes[0]
    assert repo.list_conversations() == []
    repo.close()


def test_corrupted_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    repo = Repository(path)
    cid = repo.create_conversation("x")
    for i in range(300):
        repo.append(cid, "user", f"message number {i} " * 20)
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # smash a b-tree page
    path.write_bytes(bytes(data))
    repo = Repository(path)
    assert repo.notes and "damaged" in repo.notes[0]
    aside = [p for p in tmp_path.glob("h.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].stat().st_size == len(data)
    repo.close()


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory nobody can write to (root ignores modes, so make it immutable)."""
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0:
        ro.chmod(0o500)
        yield ro
        ro.chmod(0o700)
        return
    if subprocess.run(["chattr", "+i", str(ro)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available on this file system")
    yield ro
    subprocess.run(["chattr", "-i", str(ro)], check=True)


def test_read_only_directory(read_only_dir: Path) -> None:
    with pytest.raises(UserError, match="cannot be written"):
        Repository(read_only_dir / "h.db")
    assert list(read_only_dir.iterdir()) == []


FULL_DISK_WRITER = """
import resource, signal, sys
from pathlib import Path
from assistant.store import Repository
from assistant.ground.errors import UserError
repo = Repository(Path(sys.argv[1]))
cid = repo.create_conversation("big")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
limit = Path(sys.argv[1]).stat().st_size + 300_000
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
saved = 0
try:
    for i in range(10_000):
        repo.append(cid, "user", f"{i} " + "x" * 5000)
        saved += 1
        print(saved, flush=True)
except UserError as e:
    print("USER_ERROR", e, flush=True)
"""


@pytest.fixture(params=["file-size-limit", "tiny-tmpfs"])
def small_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    d = tmp_path / "disk"
    d.mkdir()
    if request.param == "file-size-limit":
        yield d
        return
    with tmpfs(d, "2m"):
        yield d


def test_full_disk_keeps_what_was_saved(small_disk: Path) -> None:
    path = small_disk / "h.db"
    Repository(path).close()
    r = subprocess.run(
        [sys.executable, "-c", FULL_DISK_WRITER, str(path)], capture_output=True, text=True
    )
    lines = r.stdout.strip().splitlines()
    assert lines[-1].startswith("USER_ERROR") and "full" in lines[-1], r.stdout + r.stderr
    saved = int(lines[-2])
    repo = Repository(path)
    assert repo.notes == []  # not treated as damaged
    cid = repo.list_conversations()[0].id
    assert len(repo.branch(cid)) == saved
    repo.close()


def test_statistics(repo: Repository) -> None:
    cid = repo.create_conversation()
    repo.append(cid, "user", "hi")
    mid = repo.append(cid, "assistant", "", status="streaming")
    repo.finish(mid, "hello", prompt_tokens=10, completion_tokens=3, tokens_per_second=50.0)
    stats = repo.statistics()
    assert stats["conversations"] == 1 and stats["messages"] == 2
    assert stats["prompt_tokens"] == 10 and stats["completion_tokens"] == 3
    assert stats["database_bytes"] > 0
    assert time.time() - repo.conversation(cid).updated < 5


def _fts_ok(repo: Repository) -> None:
    repo.db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")


def test_streaming_answers_join_the_index_when_finished(repo: Repository) -> None:
    cid = repo.create_conversation()
    u = repo.append(cid, "user", "question")
    rec = AnswerRecorder(repo, cid, u, interval=0.0)
    rec.add("partial zebra ")
    assert repo.search("zebra") == []  # not indexed while streaming
    rec.add("giraffe")
    rec.finish()
    assert [h.message_id for h in repo.search("giraffe")] == [rec.message_id]
    repo.update_content(rec.message_id, "edited okapi")
    assert repo.search("giraffe") == [] and len(repo.search("okapi")) == 1
    _fts_ok(repo)
    repo.delete(cid)
    repo.purge(cid)
    _fts_ok(repo)


def test_migration_from_schema_1(tmp_path: Path) -> None:
    from assistant.store.db import connect

    path = tmp_path / "old.db"
    db = connect(path)
    migrations.apply(db, stop_before="m002_fts_prefix_index_and_skip_streaming")
    db.execute("PRAGMA user_version = 1")
    db.table("conversations").insert(
        {
            "id": 1,
            "title": "old chat",
            "created": 1.0,
            "updated": 1.0,
            "pinned": 0,
            "archived": 0,
            "title_is_auto": 0,
            "current_leaf": 2,
        }
    )
    db.table("messages").insert_all(
        [
            {
                "id": 1,
                "conversation_id": 1,
                "role": "user",
                "content": "hello walrus",
                "created": 1.0,
                "status": "complete",
            },
            {
                "id": 2,
                "conversation_id": 1,
                "parent_id": 1,
                "role": "assistant",
                "content": "walrus facts",
                "created": 2.0,
                "status": "streaming",
            },
        ]
    )
    db.conn.commit()
    db.close()
    repo = Repository(path)
    assert repo.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [m.status for m in repo.branch(1)] == ["complete", "interrupted"]
    assert {h.message_id for h in repo.search("walrus")} == {1, 2}
    _fts_ok(repo)
    repo.close()


def database_at(path: Path, version: int, stop_before: str, leaf: int) -> Database:
    """A history database as an older version left it, with one conversation."""
    from assistant.store.db import connect

    db = connect(path)
    migrations.apply(db, stop_before=stop_before)
    db.execute(f"PRAGMA user_version = {version}")
    db.table("conversations").insert(
        {"id": 1, "title": "chat", "created": 1.0, "updated": 1.0, "pinned": 0,
         "archived": 0, "title_is_auto": 0, "current_leaf": leaf}
    )  # fmt: skip
    return db


def test_migration_from_schema_2_keeps_answers_and_adds_draft_figures(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    db = database_at(path, 2, "m003_speculative_decoding_figures", leaf=2)
    db.table("messages").insert_all(
        [
            {"id": 1, "conversation_id": 1, "role": "user", "content": "hi okapi",
             "created": 1.0, "status": "complete"},
            {"id": 2, "conversation_id": 1, "parent_id": 1, "role": "assistant",
             "content": "okapi facts", "created": 2.0, "status": "complete",
             "tokens_per_second": 99.0},
        ]
    )  # fmt: skip
    db.conn.commit()
    db.close()
    repo = Repository(path)
    assert repo.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old = repo.message(2)
    assert old.content == "okapi facts" and old.tokens_per_second == 99.0
    assert old.drafted_tokens is None and old.accepted_tokens is None
    repo.finish(2, "okapi facts, again", drafted_tokens=40, accepted_tokens=31)
    again = repo.message(2)
    assert (again.drafted_tokens, again.accepted_tokens) == (40, 31)
    assert {h.message_id for h in repo.search("okapi")} == {1, 2}
    repo.close()


def test_migration_from_schema_3_moves_reasoning_out_of_answers(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    db = database_at(path, 3, "m004_reasoning_apart", leaf=4)
    thought = "<think>\nThe user wants a capybara fact.\n</think>\n\nCapybaras swim well."
    db.table("messages").insert_all(
        [
            {"id": 1, "conversation_id": 1, "role": "user", "content": "<think> is a tag",
             "created": 1.0, "status": "complete"},
            {"id": 2, "conversation_id": 1, "parent_id": 1, "role": "assistant",
             "content": thought, "created": 2.0, "status": "complete", "drafted_tokens": 3},
            {"id": 3, "conversation_id": 1, "parent_id": 2, "role": "assistant",
             "content": "Plain answer about <think> tags.", "created": 3.0,
             "status": "complete"},
            {"id": 4, "conversation_id": 1, "parent_id": 3, "role": "assistant",
             "content": "  <think>unfinished", "created": 4.0, "status": "cancelled"},
        ]
    )  # fmt: skip
    db.conn.commit()
    db.close()
    repo = Repository(path)
    assert repo.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert repo.message(1).content == "<think> is a tag"  # a user's text is left alone
    two = repo.message(2)
    assert two.content == "Capybaras swim well." and two.drafted_tokens == 3
    assert two.reasoning == "\nThe user wants a capybara fact.\n"
    assert repo.message(3).content == "Plain answer about <think> tags."
    assert repo.message(3).reasoning is None
    four = repo.message(4)
    assert four.content == "" and four.reasoning == "unfinished"
    # Search finds answers, not the reasoning that was moved out of them.
    assert [h.message_id for h in repo.search("capybaras")] == [2]
    assert repo.search("capybara fact") == []
    repo.close()
