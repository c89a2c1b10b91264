"""kill -9 of a writer, and two processes sharing one database."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.store import Repository

ROOT = Path(__file__).parent.parent


@pytest.mark.slow
def test_kill_minus_9_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    Repository(path).close()
    rng = random.Random(7)
    committed: dict[int, int] = {}
    mid_stream_kills = 0
    for _ in range(30):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.fixtures.store_writer", str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        time.sleep(rng.uniform(0.4, 1.2))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        checkpoints: dict[int, int] = {}
        for line in out.splitlines():
            kind, mid, length = line.split()
            if kind == "done":
                committed[int(mid)] = int(length)
                checkpoints.pop(int(mid), None)
            else:
                checkpoints[int(mid)] = int(length)

        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        mid_stream_kills += bool(checkpoints)
        repo = Repository(path)
        for mid, length in committed.items():
            m = repo.message(mid)
            assert len(m.content) == length and m.status in ("complete", "interrupted")
        for mid, length in checkpoints.items():
            m = repo.message(mid)
            # The in-flight answer: marked interrupted, text up to its last checkpoint
            # (or a later one that committed after the report).
            assert m.status == "interrupted"
            assert len(m.content) >= length
        repo.close()
    assert len(committed) > 30 and mid_stream_kills >= 5


CONCURRENT_WRITER = """
import sys
from pathlib import Path
from assistant.store import Repository
repo = Repository(Path(sys.argv[1]))
for i in range(200):
    cid = repo.create_conversation(f"{sys.argv[2]} {i}")
    repo.append(cid, "user", "hello " * 50)
    repo.search("hello")
    repo.list_conversations(limit=20)
print("ok")
"""


def test_two_processes_share_the_database(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    Repository(path).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT_WRITER, str(path), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in ("gui", "cli")
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0 and out.strip() == "ok", err
        assert "locked" not in err
    repo = Repository(path)
    assert len(repo.list_conversations(limit=1000)) == 400
    repo.close()


OPENER = """
import sys, time
from pathlib import Path
from assistant.store.db import open_database
from assistant.store.doc_index import DocIndex
root, start = Path(sys.argv[1]), float(sys.argv[2])
while time.time() < start:
    pass
for i in range(25):
    open_database(root / f"history{i}.db").db.close()
    index = DocIndex(root / f"documents{i}.db")
    assert not index.notes, index.notes
    index.close()
print("ok")
"""


def test_apps_starting_together_on_new_files_all_open_them(tmp_path: Path) -> None:
    """The first launch of the window and a command in a terminal at the same moment both
    create the history and the documents index: neither fails ('table already exists',
    'database is locked' from switching a new file to WAL) and neither sets a sound file
    aside as damaged."""
    start = time.time() + 2.0  # every process is up and spinning before the first opens
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(tmp_path), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(3)
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0 and out.strip() == "ok", err
    assert not [p.name for p in tmp_path.iterdir() if "damaged" in p.name]
    repo = Repository(tmp_path / "history0.db")
    assert repo.list_conversations() == []
    repo.close()


def test_a_file_held_by_another_program_is_busy_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A history or index another program holds locked (say, a database browser in the
    middle of a write) is reported busy; it is not moved aside as damaged, and the next
    start opens it with everything in it."""
    from assistant.ground.errors import UserError
    from assistant.store import db, doc_index
    from assistant.store.doc_index import DocIndex

    history, index = tmp_path / "h.db", tmp_path / "documents.db"
    repo = Repository(history)
    repo.create_conversation("kept")
    repo.close()
    DocIndex(index).close()
    for module in (db, doc_index):
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 300)
    for path, opener in ((history, Repository), (index, DocIndex)):
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE other_program (x)")
        with pytest.raises(UserError, match="busy in another program"):
            opener(path)
        holder.execute("ROLLBACK")
        holder.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.db", "h.db"]
    repo = Repository(history)
    assert [c.title for c in repo.list_conversations()] == ["kept"]
    repo.close()
    fresh = DocIndex(index)
    assert not fresh.notes
    fresh.close()
