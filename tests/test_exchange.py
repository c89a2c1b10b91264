"""Export to Markdown/JSON and import back."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from assistant.ground.errors import UserError
from assistant.store import Repository
from assistant.store.exchange import export, import_json


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    r = Repository(tmp_path / "h.db")
    cid = r.create_conversation("Trip", system_prompt="Be brief.", params={"temperature": 0.2})
    u = r.append(cid, "user", "Where to go in **Lisbon**?", preset="chat")
    r.append(
        cid,
        "assistant",
        "Alfama.",
        model_file="m.gguf",
        prompt_tokens=12,
        completion_tokens=3,
        tokens_per_second=99.5,
        params={"temperature": 0.2},
    )
    r.append(cid, "assistant", "Belém.", parent_id=u, status="cancelled")
    r.pin(cid)
    r.create_conversation("Empty one")
    yield r  # type: ignore[misc]
    r.close()


def _strip_ids(repo: Repository, cid: int) -> tuple[dict[str, object], list[dict[str, object]]]:
    conv = asdict(repo.conversation(cid))
    msgs = [asdict(m) for m in repo.all_messages(cid)]
    for key in ("id", "current_leaf"):
        conv.pop(key)
    for m in msgs:
        m.pop("id"), m.pop("conversation_id"), m.pop("parent_id")
    return conv, msgs


def test_json_round_trip_is_lossless(repo: Repository, tmp_path: Path) -> None:
    ids = [c.id for c in repo.list_conversations()]
    out = tmp_path / "all.json"
    export(repo, ids, "json", out)
    other = Repository(tmp_path / "other.db")
    new_ids = import_json(other, out)
    assert len(new_ids) == 2
    for old, new in zip(ids, new_ids, strict=True):
        assert _strip_ids(repo, old) == _strip_ids(other, new)
        assert [m.content for m in repo.branch(old)] == [m.content for m in other.branch(new)]
        old_tree = [(m.parent_id is None) for m in repo.all_messages(old)]
        assert old_tree == [(m.parent_id is None) for m in other.all_messages(new)]
    other.close()


def test_markdown_is_readable(repo: Repository, tmp_path: Path) -> None:
    cid = repo.list_conversations()[0].id
    out = tmp_path / "trip.md"
    export(repo, [cid], "md", out)
    text = out.read_text()
    assert text.startswith("# Trip")
    assert "Be brief." in text and "Where to go in **Lisbon**?" in text
    assert "m.gguf" in text or "Belém." in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not JSON"),
        ("[1, 2]", "not a chat export this app knows"),
        (
            '{"format": "offline-assistant-history", "version": 99, "conversations": []}',
            "version 99",
        ),
        (
            '{"format": "offline-assistant-history", "version": 1, "conversations": {}}',
            "must be a list",
        ),
        (
            '{"format": "offline-assistant-history", "version": 1, "conversations": '
            '[{"title": "x", "messages": [{"role": "hacker", "content": "x"}]}]}',
            "unknown role",
        ),
        (
            '{"format": "offline-assistant-history", "version": 1, "conversations": '
            '[{"title": "x", "messages": [{"id": 1, "role": "user", "content": "x", '
            '"parent_id": 7}]}]}',
            "not before it",
        ),
        (
            '{"format": "offline-assistant-history", "version": 1, "conversations": '
            '[{"title": "x", "messages": [{"role": "user"}]}]}',
            "no text",
        ),
    ],
)
def test_malformed_imports_are_refused_and_nothing_is_imported(
    repo: Repository, tmp_path: Path, content: str, message: str
) -> None:
    before = repo.statistics()
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(UserError, match=message):
        import_json(repo, bad)
    assert repo.statistics()["messages"] == before["messages"]
    assert repo.statistics()["conversations"] == before["conversations"]


def test_binary_file_is_refused(repo: Repository, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(UserError, match="not JSON"):
        import_json(repo, bad)


def test_export_to_unwritable_place_leaves_nothing(repo: Repository, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Cannot write"):
        export(repo, [1], "json", tmp_path / "missing-dir" / "x.json")
    assert not (tmp_path / "missing-dir").exists()


def test_export_json_is_versioned(repo: Repository, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    export(repo, [1], "json", out)
    data = json.loads(out.read_text())
    assert data["format"] == "offline-assistant-history" and data["version"] == 1
