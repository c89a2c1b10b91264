"""Every file in the data folders after real use (chats on the real model, saved states,
a documents sync, settings, logs) is readable by this user only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assistant.app import build_core
from assistant.engine.backend import SamplingParams
from assistant.ground.private_files import private_dir, private_file
from tests.conftest import TEST_CTX

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def modes(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if not p.is_symlink()
    }


@pytest.mark.slow
def test_private_data_is_readable_by_this_user_only(app_home: Path, starter: Path) -> None:
    core = build_core(str(app_home))
    try:
        core.config.change(context_length=TEST_CTX, server_api_key="k3y")
        core.models.load_local()
        params = SamplingParams(max_tokens=8, seed=1)
        first = core.repo.create_conversation()
        second = core.repo.create_conversation()
        core.chat.send(first, "Remember: my PIN is 4711.", params)
        core.chat.send(second, "Name a colour.", params)  # saves the first chat's state
        core.chat.send(first, "What is my PIN?", params)
        notes = app_home / "notes"
        notes.mkdir()
        (notes / "bank.txt").write_text("My bank PIN is 4711.\n", encoding="utf-8")
        core.documents.add("private", [str(notes)])
        core.documents.sync("private")
    finally:
        core.close()
    found = modes(app_home)
    private = [
        name
        for name in found
        if not name.startswith("notes")  # the user's own folder, left as it was
    ]
    kinds = {
        "history": "data/history.db",
        "index": "data/documents.db",
        "settings": "config/settings.toml",
        "log": "logs/assistant.log",
        "states": "cache/states/",
    }
    for kind, prefix in kinds.items():
        assert any(n.startswith(prefix) for n in private), f"no {kind} file was written"
    for top in ("data", "config", "cache", "logs"):
        assert found[top] == 0o700, top
    for name in private:
        path = app_home / name
        expected = 0o700 if path.is_dir() else 0o600
        assert found[name] & 0o077 == 0, f"{name} is {oct(found[name])}, expected {oct(expected)}"


def test_files_of_earlier_versions_are_tightened(tmp_path: Path) -> None:
    db = tmp_path / "old" / "history.db"
    db.parent.mkdir(mode=0o755)
    db.write_bytes(b"")
    db.chmod(0o644)
    Path(str(db) + "-wal").write_bytes(b"")
    Path(str(db) + "-wal").chmod(0o644)
    private_dir(db.parent)
    private_file(db, ("-wal", "-shm"))
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(Path(str(db) + "-wal").stat().st_mode) == 0o600
    assert not Path(str(db) + "-shm").exists()
    fresh = tmp_path / "new.db"
    private_file(fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600 and fresh.read_bytes() == b""
