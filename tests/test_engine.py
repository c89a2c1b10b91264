"""The real SmolLM2 GGUF through the child-process host."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from assistant.engine.backend import ChatMessage, Completion, SamplingParams
from assistant.engine.host import EngineHost
from assistant.ground.errors import Cancelled, EngineCrashed, UserError
from tests.conftest import TEST_CTX

STORY: list[ChatMessage] = [{"role": "user", "content": "Tell me a long story about a dragon."}]


def collect(
    host: EngineHost, messages: list[ChatMessage], **kw: object
) -> tuple[list[str], Completion]:
    pieces: list[str] = []
    done: Completion | None = None
    for item in host.stream(messages, SamplingParams(**kw)):  # type: ignore[arg-type]
        if isinstance(item, Completion):
            done = item
        else:
            pieces.append(item)
    assert done is not None
    return pieces, done


def test_answer_streams_in_batches(engine: EngineHost) -> None:
    pieces, done = collect(engine, STORY, max_tokens=60, seed=1)
    assert done.finish_reason in ("stop", "length")
    assert done.completion_tokens > 10
    assert "".join(pieces) == done.text and len(done.text.split()) > 5
    # Batched IPC: fewer messages than tokens, but more than one (it streams).
    assert 1 < len(pieces) < done.completion_tokens


def test_facts(engine: EngineHost, starter: Path) -> None:
    facts = engine.facts
    assert facts is not None
    assert facts.architecture == "llama"
    assert facts.quantization == "Q4_1"
    assert facts.trained_context == 8192 and facts.context == TEST_CTX
    assert 100e6 < facts.parameters < 200e6
    assert facts.has_chat_template
    assert facts.size_bytes == starter.stat().st_size


def test_count(engine: EngineHost) -> None:
    short = engine.count([{"role": "user", "content": "hi"}])
    longer = engine.count([{"role": "user", "content": "hi " * 50}])
    assert 0 < short < longer


def _cancel_after(host: EngineHost, seconds: float, stamp: list[float]) -> threading.Thread:
    def run() -> None:
        time.sleep(seconds)
        stamp.append(time.perf_counter())
        host.cancel()

    t = threading.Thread(target=run)
    t.start()
    return t


def test_stop_mid_answer(engine: EngineHost) -> None:
    stamp: list[float] = []
    t = _cancel_after(engine, 0.5, stamp)
    _, done = collect(engine, STORY, max_tokens=400, seed=2)
    ended = time.perf_counter()
    t.join()
    assert done.finish_reason == "cancelled"
    assert done.completion_tokens < 400
    assert ended - stamp[0] < 1.0
    # The engine is usable right after.
    _, again = collect(engine, [{"role": "user", "content": "Say yes."}], max_tokens=8)
    assert again.completion_tokens > 0


def test_stop_mid_prefill(engine: EngineHost) -> None:
    long_prompt: list[ChatMessage] = [{"role": "user", "content": "word " * 900}]
    stamp: list[float] = []
    t = _cancel_after(engine, 0.3, stamp)
    with pytest.raises(Cancelled):
        collect(engine, long_prompt, max_tokens=16)
    ended = time.perf_counter()
    t.join()
    assert ended - stamp[0] < 1.0
    _, again = collect(engine, [{"role": "user", "content": "Say yes."}], max_tokens=8)
    assert again.completion_tokens > 0


def test_follow_up_reuses_prefix(engine: EngineHost) -> None:
    history: list[ChatMessage] = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Describe a city by the sea. " * 40},
    ]
    _, first = collect(engine, history, max_tokens=32, seed=3)
    history += [
        {"role": "assistant", "content": first.text},
        {"role": "user", "content": "And its weather?"},
    ]
    _, second = collect(engine, history, max_tokens=8, seed=3)
    assert second.reused_tokens >= first.prompt_tokens - 1
    assert second.prompt_tokens - second.reused_tokens < 60


def test_context_overflow_keeps_system_and_reports(engine: EngineHost) -> None:
    system: ChatMessage = {"role": "system", "content": "Always answer in English."}
    history: list[ChatMessage] = [system]
    while engine.count(history) < 3 * TEST_CTX:
        history += [
            {"role": "user", "content": "Tell me about rivers and mountains. " * 10},
            {"role": "assistant", "content": "Rivers flow down from mountains to the sea. " * 10},
        ]
    history.append({"role": "user", "content": "What is water?"})
    _, done = collect(engine, history, max_tokens=24)
    assert done.completion_tokens > 0
    assert done.dropped_messages > 0 and done.dropped[0] == history[1]
    assert system not in done.dropped
    assert done.prompt_tokens + 24 <= TEST_CTX


def test_kill_child_mid_answer_then_recover(starter: Path) -> None:
    host = EngineHost()
    host.load(str(starter))
    pid = host.pid
    assert pid is not None

    def kill() -> None:
        time.sleep(0.5)
        os.kill(pid, signal.SIGKILL)

    threading.Thread(target=kill).start()
    with pytest.raises(EngineCrashed, match="stopped unexpectedly"):
        collect(host, STORY, max_tokens=2000)
    _, done = collect(host, [{"role": "user", "content": "Say hello."}], max_tokens=8)
    assert done.completion_tokens > 0
    assert host.pid not in (None, pid)
    host.close()


def test_switch_models(starter: Path, gemma: Path) -> None:
    host = EngineHost()
    try:
        assert host.load(str(starter)).architecture == "llama"
        facts = host.load(str(gemma))
        assert facts.architecture == "gemma3"
        _, done = collect(host, [{"role": "user", "content": "Say hello."}], max_tokens=12)
        assert done.completion_tokens > 0 and done.text.strip()
        # A bad model keeps the current one usable.
        with pytest.raises(UserError):
            host.load(str(starter.with_name("missing.gguf")))
        assert host.facts is not None and host.facts.architecture == "gemma3"
        assert host.load(str(starter)).architecture == "llama"
    finally:
        host.close()


def test_closed_host_frees_child(starter: Path) -> None:
    host = EngineHost()
    host.load(str(starter))
    pid = host.pid
    host.close()
    assert host.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid or 0, 0)
