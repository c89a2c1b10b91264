"""Conversations from other apps (store/chat_imports.py) into a real SQLite history:
fixture files shaped like ChatGPT's, Open WebUI's and LM Studio's exports, with
branches, empty and hidden messages, tool turns and non-Latin text; bad files import
nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from assistant.ground.errors import UserError
from assistant.store.exchange import import_json
from assistant.store.repository import Repository

EXPORTS = Path(__file__).parent / "fixtures" / "chat_exports"


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    r = Repository(tmp_path / "history.db")
    yield r  # type: ignore[misc]
    r.close()


def contents(repo: Repository, cid: int) -> list[tuple[str, str]]:
    return [(m.role, m.content) for m in repo.branch(cid)]


def test_chatgpt_export_with_branches_and_hidden_turns(repo: Repository) -> None:
    ids = import_json(repo, EXPORTS / "chatgpt_conversations.json")
    assert len(ids) == 2
    otters = repo.conversation(ids[0])
    assert otters.title == "Über Otter 🦦" and otters.created == 1716200000.5
    # The shown branch ends where ChatGPT's did (the regenerated answer); the hidden
    # system message is left out.
    assert contents(repo, ids[0]) == [
        ("user", "Wie schlafen Otter? 🦦"),
        ("assistant", "Sie treiben auf dem Rücken – 睡觉."),
    ]
    answer = repo.branch(ids[0])[-1]
    assert answer.model_file == "ChatGPT gpt-4o"
    assert len(repo.siblings(answer.id)) == 2  # the first answer is an alternative
    # A tool turn and an empty answer are skipped; the code answer hangs on the question.
    assert contents(repo, ids[1]) == [
        ("user", "[attachment]\nWhat is in this picture?"),
        ("assistant", "```\nprint('a cat')\n```"),
    ]
    assert repo.search("Rücken")[0].conversation_id == ids[0]


def test_chatgpt_export_zip(repo: Repository, tmp_path: Path) -> None:
    archive = tmp_path / "chatgpt-export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(EXPORTS / "chatgpt_conversations.json", "conversations.json")
        z.writestr("chat.html", "<html></html>")
    assert len(import_json(repo, archive)) == 2


def test_open_webui_export(repo: Repository) -> None:
    (cid,) = import_json(repo, EXPORTS / "open_webui_export.json")
    assert repo.conversation(cid).title == "Rivers"
    assert contents(repo, cid)[-1] == ("assistant", "The Nile, or the Amazon by some measures.")
    last = repo.branch(cid)[-1]
    assert last.model_file == "qwen3:4b" and len(repo.siblings(last.id)) == 2


def test_lm_studio_conversation(repo: Repository) -> None:
    (cid,) = import_json(repo, EXPORTS / "lmstudio.conversation.json")
    assert repo.conversation(cid).title == "Haiku"
    assert contents(repo, cid) == [
        ("user", "Write a haiku about tea."),
        ("assistant", "Green leaves slowly swirl"),  # the selected version
        ("user", "Another, please."),
    ]
    chosen = repo.branch(cid)[1]
    assert len(repo.siblings(chosen.id)) == 2


def broken(tmp_path: Path, name: str, edit: object) -> Path:
    data = json.loads((EXPORTS / name).read_text(encoding="utf-8"))
    edit(data)  # type: ignore[operator]
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "edit", "words"),
    [
        ("chatgpt_conversations.json", lambda d: d[1].pop("mapping"), "no message tree"),
        (
            "chatgpt_conversations.json",
            lambda d: d[0]["mapping"]["root"].update(parent="a1"),
            "loop",
        ),
        ("open_webui_export.json", lambda d: d[0]["chat"].pop("history"), "no message history"),
        (
            "lmstudio.conversation.json",
            lambda d: d["messages"][1].update(versions=[]),
            "no versions",
        ),
        (
            "chatgpt_conversations.json",
            lambda d: [c["mapping"].clear() for c in d],
            "holds no messages",
        ),
    ],
)
def test_bad_exports_import_nothing(
    repo: Repository, tmp_path: Path, name: str, edit: object, words: str
) -> None:
    import_json(repo, EXPORTS / "open_webui_export.json")  # something already there
    before = repo.statistics()
    with pytest.raises(UserError, match=words) as caught:
        import_json(repo, broken(tmp_path, name, edit))
    assert "Nothing was imported" in str(caught.value)
    assert repo.statistics() == before


def test_truncated_and_unknown_files(repo: Repository, tmp_path: Path) -> None:
    cut = tmp_path / "conversations.json"
    text = (EXPORTS / "chatgpt_conversations.json").read_text(encoding="utf-8")
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(UserError, match="not JSON"):
        import_json(repo, cut)
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(UserError, match="not a chat export this app knows"):
        import_json(repo, other)
    empty_zip = tmp_path / "export.zip"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("readme.txt", "nothing")
    with pytest.raises(UserError, match=r"no conversations\.json"):
        import_json(repo, empty_zip)
    assert repo.statistics()["conversations"] == 0


def test_a_very_deep_chatgpt_chat_imports(repo: Repository, tmp_path: Path) -> None:
    mapping = {"n0": {"id": "n0", "message": None, "parent": None, "children": ["n1"]}}
    for i in range(1, 3001):
        role = "user" if i % 2 else "assistant"
        mapping[f"n{i}"] = {
            "id": f"n{i}",
            "parent": f"n{i - 1}",
            "children": [f"n{i + 1}"],
            "message": {
                "author": {"role": role},
                "content": {"content_type": "text", "parts": [f"turn {i}"]},
            },
        }
    path = tmp_path / "deep.json"
    path.write_text(json.dumps([{"title": "deep", "mapping": mapping, "current_node": "n3000"}]))
    (cid,) = import_json(repo, path)
    assert len(repo.branch(cid)) == 3000


def test_jan_thread(repo: Repository, tmp_path: Path) -> None:
    (cid,) = import_json(repo, EXPORTS / "jan_thread" / "messages.jsonl")
    conv = repo.conversation(cid)
    assert conv.title == "Bread at home" and conv.created == 1716600001.0
    assert contents(repo, cid) == [
        ("user", "How long should dough rise?"),
        ("assistant", "About an hour, until doubled — ½ that when warm."),
    ]
    bad = tmp_path / "messages.jsonl"
    bad.write_text('{"role": "user", "content": "plain"}\n', encoding="utf-8")
    with pytest.raises(UserError, match="line 1 is not a Jan message"):
        import_json(repo, bad)
