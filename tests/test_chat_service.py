"""Conversation turns on the real model, recorded in a real database."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from assistant.engine.backend import SamplingParams
from assistant.engine.host import EngineHost
from assistant.ground.errors import EngineCrashed
from assistant.services.chat import ChatService, LoadedEngine
from assistant.store import Repository

P = SamplingParams(max_tokens=24, seed=5)


@pytest.fixture
def service(engine: EngineHost, tmp_path: Path) -> ChatService:
    repo = Repository(tmp_path / "h.db")
    yield ChatService(LoadedEngine(engine), repo)  # type: ignore[misc]
    repo.close()


def test_send_records_answer_with_figures(service: ChatService) -> None:
    repo = service.repo
    cid = repo.create_conversation(system_prompt="You are terse.")
    seen: list[str] = []
    result = service.send(cid, "Name three fruits.", P, on_text=seen.append, preset="chat")
    answer = repo.message(result.answer_message_id)
    assert answer.status == "complete" and answer.content == "".join(seen)
    assert answer.model_file == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert answer.model_identity and answer.model_identity.startswith("size:")
    assert answer.prompt_tokens and answer.completion_tokens and answer.tokens_per_second
    assert answer.preset == "chat" and answer.params and '"max_tokens": 24' in answer.params
    assert repo.conversation(cid).title == "Name three fruits"
    # The follow-up sees the system prompt and the first exchange.
    history = service.history(cid)
    assert history[0] == {"role": "system", "content": "You are terse."}
    assert [m["role"] for m in history] == ["system", "user", "assistant"]


def test_regenerate_and_step_between_answers(service: ChatService) -> None:
    repo = service.repo
    cid = repo.create_conversation()
    first = service.send(cid, "Say a colour.", P)
    second = service.regenerate(first.answer_message_id, SamplingParams(max_tokens=24, seed=9))
    assert repo.siblings(first.answer_message_id) == [
        first.answer_message_id,
        second.answer_message_id,
    ]
    assert repo.branch(cid)[-1].id == second.answer_message_id
    repo.show_branch(first.answer_message_id)
    assert repo.branch(cid)[-1].id == first.answer_message_id


def test_edit_and_resend_keeps_old_branch(service: ChatService) -> None:
    repo = service.repo
    cid = repo.create_conversation()
    first = service.send(cid, "Say a number.", P)
    assert first.user_message_id is not None
    edited = service.edit_and_resend(first.user_message_id, "Say a letter.", P)
    assert repo.branch(cid)[0].content == "Say a letter."
    assert repo.siblings(first.user_message_id) == [first.user_message_id, edited.user_message_id]


def test_stop_keeps_partial_answer_as_cancelled(service: ChatService) -> None:
    repo = service.repo
    cid = repo.create_conversation()
    pieces: list[str] = []

    def on_text(piece: str) -> None:  # stop once the answer is visibly under way
        pieces.append(piece)
        if len(pieces) == 3:
            service.models.backend.cancel()

    result = service.send(cid, "Write a long story.", SamplingParams(max_tokens=2000), on_text)
    answer = repo.message(result.answer_message_id)
    assert answer.status == "cancelled" and answer.finish_reason == "cancelled"
    assert answer.content


def test_engine_crash_marks_answer_interrupted(starter: Path, tmp_path: Path) -> None:
    host = EngineHost()
    host.load(str(starter))
    repo = Repository(tmp_path / "h.db")
    service = ChatService(LoadedEngine(host), repo)
    cid = repo.create_conversation()
    pid = host.pid
    assert pid is not None

    pieces: list[str] = []

    def on_text(piece: str) -> None:  # kill the engine once the answer is under way
        pieces.append(piece)
        if len(pieces) == 3:
            os.kill(pid, signal.SIGKILL)

    with pytest.raises(EngineCrashed):
        service.send(
            cid, "Write a long story.", SamplingParams(max_tokens=4000, ignore_eos=True), on_text
        )
    answer = repo.branch(cid)[-1]
    assert answer.status == "interrupted" and answer.content
    # The next send starts a new engine and the conversation continues.
    result = service.send(cid, "Say hi.", P)
    assert repo.message(result.answer_message_id).status == "complete"
    repo.close()
    host.close()
