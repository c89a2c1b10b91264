"""Memories across chats: the store, which memories an answer is given (all when few,
the relevant ones by meaning when many, with the real embedding model), private chats,
presets, answers on the real model recording what they were given, and the CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.app import build_core
from assistant.engine.backend import ChatMessage, SamplingParams
from assistant.ground.errors import UserError
from assistant.personal.memory import ALL_UP_TO, HEADER, Recall
from assistant.store.memories import MAX_CHARS, Memories, Memory
from assistant.store.repository import Repository
from tests.conftest import TEST_CTX

FOOD = "I am vegetarian and never eat meat or fish."


def test_memories_are_kept_edited_switched_off_and_deleted(tmp_path: Path) -> None:
    repo = Repository(tmp_path / "h.db")
    try:
        memories = Memories(repo)
        first = memories.add("  I am   vegetarian. ")
        assert first.text == "I am vegetarian." and first.enabled
        assert memories.add("I am vegetarian.") == first  # the same fact is kept once
        second = memories.add("Answer in metric units.")
        memories.enable(second.id, False)
        assert [m.text for m in memories.all(enabled_only=True)] == ["I am vegetarian."]
        assert memories.edit(first.id, "I am vegan.").text == "I am vegan."
        memories.delete(first.id)
        assert [m.id for m in memories.all()] == [second.id]
        for bad, message in (("   ", "needs some text"), ("x" * (MAX_CHARS + 1), "one fact")):
            with pytest.raises(UserError, match=message):
                memories.add(bad)
        with pytest.raises(UserError, match="no memory 99"):
            memories.delete(99)
    finally:
        repo.close()
    # Nothing half-written: the rows are whole after the process is gone.
    rows = sqlite3.connect(tmp_path / "h.db").execute("SELECT text, enabled FROM memories")
    assert rows.fetchall() == [("Answer in metric units.", 0)]


def memory(i: int, text: str) -> Memory:
    return Memory(i, text, True, float(i), float(i))


def test_few_memories_go_whole_into_the_system_prompt() -> None:
    recall = Recall(embed=None)
    chat: list[ChatMessage] = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Plan a dinner."},
    ]
    out = recall.apply([memory(1, FOOD), memory(2, "Use metric units.")], chat)
    assert [m.text for m in out.memories] == [FOOD, "Use metric units."]
    assert out.messages[0]["content"].startswith("You are terse.\n\n" + HEADER)
    assert f"- {FOOD}" in out.messages[0]["content"] and out.messages[1:] == chat[1:]
    bare = recall.apply([memory(1, FOOD)], chat[1:])
    assert bare.messages[0]["role"] == "system" and bare.messages[1] == chat[1]
    assert recall.apply([], chat).messages == chat


def test_many_memories_are_searched_and_go_with_the_question() -> None:
    """The embedding here is a toy (word overlap); the real model is tested below."""

    def embed(texts: list[str]) -> np.ndarray:
        vocab = ["dinner", "meat", "car", "train", "music", "cat", "city"]
        rows = [[float(w in t.lower()) for w in vocab] + [0.01] for t in texts]
        m = np.asarray(rows, dtype=np.float32)
        return m / np.linalg.norm(m, axis=1, keepdims=True)

    memories = [memory(i, f"Fact {i} about my cat and the city.") for i in range(ALL_UP_TO + 5)]
    memories[7] = memory(7, "I eat no meat, so dinner must be meatless.")
    chat: list[ChatMessage] = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "What should I cook for dinner?"},
    ]
    out = Recall(embed).apply(memories, chat)
    assert out.memories[0].id == 7 or 7 in [m.id for m in out.memories]
    assert len(out.memories) == 5 and out.messages[:2] == chat[:2]
    assert out.messages[-1]["content"].endswith("What should I cook for dinner?")
    assert "I eat no meat" in out.messages[-1]["content"]

    def broken(_texts: list[str]) -> np.ndarray:
        raise UserError("The embedding model could not be loaded.")

    fallback = Recall(broken).apply(memories, chat)  # the answer still gets the newest
    assert [m.id for m in fallback.memories] == [m.id for m in memories[-5:]]


@pytest.mark.slow
def test_answers_on_the_real_model_record_their_memories(
    app_home: Path, starter: Path, minilm: Path
) -> None:
    core = build_core(str(app_home))
    try:
        core.config.change(context_length=TEST_CTX)
        core.models.load_local()
        memories = Memories(core.repo)
        memories.add(FOOD)
        params = SamplingParams(max_tokens=16, seed=1, temperature=0)
        cid = core.repo.create_conversation()
        result = core.chat.send(cid, "Suggest a dinner.", params)
        assert result.memories == [{"id": 1, "text": FOOD}]
        answer = core.repo.message(result.answer_message_id)
        assert answer.memories_list == [{"id": 1, "text": FOOD}]
        # A private chat: nothing given, nothing recorded.
        private = core.repo.create_conversation(params={"private": True})
        alone = core.chat.send(private, "Suggest a dinner.", params)
        assert alone.memories == [] and core.repo.message(alone.answer_message_id).memories is None
        # A task preset on the person's text gets none either.
        task = core.repo.create_conversation()
        core.repo.append(task, "user", "Bonjour")
        translated = core.chat.send(task, "Good night", params, preset="translate")
        assert translated.memories == []
        # Many memories: the real embedding model finds the one that matters.
        for i in range(30):
            memories.add(f"My neighbour number {i} owns a {['bike', 'boat', 'piano'][i % 3]}.")
        memories.add("My sister lives in Lisbon and works as a nurse.")
        ask = core.repo.create_conversation()
        result = core.chat.send(ask, "Which food should I avoid when I cook?", params)
        assert FOOD in [m["text"] for m in result.memories] and len(result.memories) <= 5
        result = core.chat.send(ask, "Where does my sister live?", params)
        assert "My sister lives in Lisbon and works as a nurse." in [
            m["text"] for m in result.memories
        ]
    finally:
        core.close()


@pytest.mark.slow
def test_the_memory_commands_and_private_asks(app_home: Path, starter: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=300
        )

    assert cli("memory", "add", "I", "am", "vegetarian.").stdout == "1\tI am vegetarian.\n"
    assert cli("memory", "add", "Use metric units.").returncode == 0
    assert cli("memory", "off", "2").returncode == 0
    assert cli("memory", "list").stdout == "1\tI am vegetarian.\n2\tUse metric units.\t(off)\n"
    assert cli("memory", "edit", "1", "I am vegan.").stdout == "1\tI am vegan.\n"
    missing = cli("memory", "rm", "7")
    assert missing.returncode == 1 and "no memory 7" in missing.stderr
    assert cli("ask", "--max-tokens", "8", "Suggest a dinner.").returncode == 0
    assert cli("ask", "--private", "--max-tokens", "8", "Suggest a dinner.").returncode == 0
    repo = Repository(app_home / "data" / "history.db")
    try:
        chats = sorted(repo.list_conversations(), key=lambda c: c.id)
        answers = [repo.branch(c.id)[-1] for c in chats]
        assert answers[0].memories_list == [{"id": 1, "text": "I am vegan."}]  # "off" is off
        assert answers[1].memories is None and chats[1].params_dict["private"] is True
    finally:
        repo.close()
    assert cli("memory", "rm", "1").returncode == 0
    assert cli("memory", "list").stdout == "2\tUse metric units.\t(off)\n"
