"""Reasoning models on the real engine: the starter model under Qwen3's and
DeepSeek-R1's chat templates (tests/fixtures/*_chat_template.jinja). Reasoning is told
apart from the answer and stored apart; structured presets turn it off."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.engine.backend import LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.presets import PresetLibrary
from assistant.services.chat import ChatService, LoadedEngine
from assistant.store.repository import Repository
from tests.conftest import TEST_CTX

GREEDY = SamplingParams(temperature=0.0, max_tokens=24)


def host_for(model: Path) -> EngineHost:
    host = EngineHost(LoadOptions(n_ctx=TEST_CTX, n_threads=os.cpu_count() or 2))
    host.load(str(model))
    return host


def test_qwen3_template_can_turn_reasoning_off(thinking_models: dict[str, Path]) -> None:
    with host_for(thinking_models["qwen3"]) as host:
        assert host.facts is not None and host.facts.thinking == "toggle"
        question = [{"role": "user", "content": "Name a colour."}]
        default = host.complete(question, GREEDY)  # type: ignore[arg-type]
        off = host.complete(question, SamplingParams(temperature=0.0, max_tokens=24, think=False))  # type: ignore[arg-type]
        # enable_thinking=false closes an empty reasoning block in the prompt.
        assert off.prompt_tokens > default.prompt_tokens


@pytest.mark.parametrize("model", ["qwen3", "r1"])
def test_a_labels_preset_on_a_reasoning_model_gives_exactly_one_label(
    thinking_models: dict[str, Path], model: str, tmp_path: Path
) -> None:
    preset = PresetLibrary(tmp_path / "presets").get("classify")
    labels = {"question", "complaint", "praise"}
    with host_for(thinking_models[model]) as host:
        for text in ("Why is my order late?", "The soup was cold again!", "Great service."):
            rendered = preset.render(text, {})
            assert rendered.params.grammar
            done = host.complete(rendered.messages, rendered.params)
            assert done.text.strip() in labels, done.text


def test_r1_template_answers_start_inside_a_reasoning_block_stored_apart(
    thinking_models: dict[str, Path], tmp_path: Path
) -> None:
    with host_for(thinking_models["r1"]) as host:
        assert host.facts is not None and host.facts.thinking == "always"
        pieces: list[str] = []
        done = host.complete([{"role": "user", "content": "What is 2 + 3?"}], GREEDY)  # type: ignore[list-item]
        assert done.text.startswith("<think>")
        repo = Repository(tmp_path / "history.db")
        chat = ChatService(LoadedEngine(host), repo)
        cid = repo.create_conversation("Sums")
        turn = chat.send(cid, "What is 2 + 3?", GREEDY, on_text=pieces.append)
        assert "".join(pieces).startswith("<think>")  # shown as it streams
        saved = repo.message(turn.answer_message_id)
        assert saved.reasoning and "<think>" not in saved.reasoning
        assert saved.reasoning_seconds is not None and saved.reasoning_seconds > 0
        assert "<think>" not in saved.content
        # The next turn's history carries answers without their reasoning.
        assert all(saved.reasoning not in m["content"] for m in chat.history(cid))
        repo.close()


def test_cli_prints_reasoning_on_stderr_and_no_think_turns_it_off(
    thinking_models: dict[str, Path], app_home: Path
) -> None:
    from tests.test_cli import run_cli

    model = str(thinking_models["r1"])
    base = ("ask", "--model", model, "--max-tokens", "16", "--temperature", "0")
    thinking = run_cli(*base, "What is 2 + 3?", home=app_home)
    assert thinking.returncode == 0, thinking.stderr
    assert "Thinking: " in thinking.stderr and "<think>" not in thinking.stdout
    plain = run_cli(*base, "--no-think", "What is 2 + 3?", home=app_home)
    assert plain.returncode == 0, plain.stderr
    assert "Thinking" not in plain.stderr and plain.stdout.strip()
    assert "<think>" not in plain.stdout


def test_a_templates_own_markers_are_read_as_reasoning(
    thinking_models: dict[str, Path], tmp_path: Path
) -> None:
    """Command R7B's <|START_THINKING|> … <|END_THINKING|>: the prompt opens the block;
    the app sees <think> … </think> like for any other model."""
    with host_for(thinking_models["r7b"]) as host:
        assert host.facts is not None and host.facts.thinking == "always"
        done = host.complete([{"role": "user", "content": "What is 2 + 3?"}], GREEDY)  # type: ignore[list-item]
        assert done.text.startswith("<think>") and "START_THINKING" not in done.text
        plain = host.complete(
            [{"role": "user", "content": "What is 2 + 3?"}],  # type: ignore[list-item]
            SamplingParams(temperature=0.0, max_tokens=24, think=False),
        )
        assert "<think>" not in plain.text and plain.text.strip()
