"""Instant resume on the real model: going back to a conversation after another chat, a
model switch, a summary, an engine crash or an app restart restores its saved state
instead of processing the history again, and answers exactly as if the user had never
left it. Bad state files are never used."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.engine import state_files
from assistant.engine.backend import (
    ChatMessage,
    Completion,
    LoadOptions,
    ResumeOptions,
    SamplingParams,
)
from assistant.engine.host import EngineHost
from assistant.presets import PresetLibrary
from tests.conftest import TEST_CTX, tmpfs

GREEDY = SamplingParams(temperature=0.0, max_tokens=32)
WORDS = (
    "harbour lantern orchard violin meadow granite falcon copper willow thunder "
    "pebble saddle glacier ember quartz maple ribbon canyon"
).split()


def first_turn(seed: int) -> list[ChatMessage]:
    rng = random.Random(seed)
    notes = " ".join(rng.choice(WORDS) for _ in range(220))
    return [{"role": "user", "content": f"My notes, part {seed}: {notes}\nWhich words repeat?"}]


def follow_up(turn: list[ChatMessage], answer: str) -> list[ChatMessage]:
    return [
        *turn,
        {"role": "assistant", "content": answer},
        {"role": "user", "content": "Now name three of them, briefly."},
    ]


CHATS = (1, 2, 3)


def options(states: Path | None) -> LoadOptions:
    resume = ResumeOptions(directory=str(states)) if states else ResumeOptions(ram_bytes=0)
    return LoadOptions(n_ctx=TEST_CTX, n_threads=os.cpu_count() or 2, resume=resume)


def ask(host: EngineHost, messages: list[ChatMessage]) -> Completion:
    return host.complete(messages, GREEDY)


@pytest.fixture(scope="module")
def reference(starter: Path) -> dict[int, tuple[str, str]]:
    """Each chat's two answers when the user never leaves it (nothing saved)."""
    out = {}
    with EngineHost(options(None)) as host:
        host.load(str(starter))
        for chat in CHATS:
            first = ask(host, first_turn(chat)).text
            out[chat] = (first, ask(host, follow_up(first_turn(chat), first)).text)
    return out


@pytest.fixture
def states(tmp_path: Path) -> Path:
    return tmp_path / "states"


@pytest.fixture
def host(starter: Path, states: Path) -> Iterator[EngineHost]:
    with EngineHost(options(states)) as h:
        h.load(str(starter))
        yield h


def wait_for_files(states: Path, count: int) -> None:
    deadline = time.monotonic() + 30
    while len(state_files.state_files(states)) < count:
        assert time.monotonic() < deadline, "the engine did not save the states"
        time.sleep(0.02)


def assert_resumed(done: Completion, turn: list[ChatMessage], host: EngineHost) -> None:
    # Everything up to the new message came from the saved state.
    assert done.reused_tokens >= host.count(turn) - 2, (done.reused_tokens, host.count(turn))


def test_switching_between_chats_resumes_each_with_the_same_answers(
    host: EngineHost, reference: dict[int, tuple[str, str]]
) -> None:
    firsts = {chat: ask(host, first_turn(chat)).text for chat in CHATS}
    assert firsts == {chat: ref[0] for chat, ref in reference.items()}
    for chat in CHATS:  # each follow-up comes after the other chats' turns
        done = ask(host, follow_up(first_turn(chat), firsts[chat]))
        assert_resumed(done, first_turn(chat), host)
        assert done.text == reference[chat][1]


def test_a_model_switch_and_back_resumes(
    host: EngineHost, starter: Path, gemma: Path, reference: dict[int, tuple[str, str]]
) -> None:
    first = ask(host, first_turn(1)).text
    host.load(str(gemma))
    ask(host, [{"role": "user", "content": "Say hello."}])
    host.load(str(starter))
    done = ask(host, follow_up(first_turn(1), first))
    assert_resumed(done, first_turn(1), host)
    assert done.text == reference[1][1]


def test_a_summary_in_between_resumes_and_its_chunks_are_not_saved(
    host: EngineHost, states: Path, reference: dict[int, tuple[str, str]], tmp_path: Path
) -> None:
    first = ask(host, first_turn(2)).text
    wait_for_files(states, 1)
    saved = {p.name for p in state_files.state_files(states)}
    # The summarizer's steps: one instruction, two chunks of text.
    preset = PresetLibrary(tmp_path / "presets").get("summarize")
    steps = []
    for chunk in (" ".join(WORDS * 6), " ".join(reversed(WORDS * 6))):
        rendered = preset.render(chunk, {"length": "short"})
        steps.append(host.complete(rendered.messages, replace(GREEDY, remember=False)))
    instruction = host.count(preset.render("", {"length": "short"}).messages)
    assert steps[1].reused_tokens >= instruction - 8  # the shared instruction, processed once
    time.sleep(0.3)
    assert {p.name for p in state_files.state_files(states)} == saved
    done = ask(host, follow_up(first_turn(2), first))
    assert_resumed(done, first_turn(2), host)
    assert done.text == reference[2][1]
    deadline = time.monotonic() + 30
    # The follow-up's state replaces turn one's.
    while len(now := {p.name for p in state_files.state_files(states)}) != 1 or now == saved:
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_after_an_engine_crash_the_chat_resumes_from_disk(
    host: EngineHost, states: Path, reference: dict[int, tuple[str, str]]
) -> None:
    first = ask(host, first_turn(3)).text
    wait_for_files(states, 1)
    assert host.pid is not None
    os.kill(host.pid, signal.SIGKILL)
    time.sleep(0.2)
    done = ask(host, follow_up(first_turn(3), first))  # a new engine child, the model reloaded
    assert_resumed(done, first_turn(3), host)
    assert done.text == reference[3][1]


def test_after_an_app_restart_the_chat_resumes_from_disk(
    starter: Path, states: Path, reference: dict[int, tuple[str, str]]
) -> None:
    with EngineHost(options(states)) as host:
        host.load(str(starter))
        first = ask(host, first_turn(1)).text
    with EngineHost(options(states)) as host:  # closing waited for the save
        host.load(str(starter))
        done = ask(host, follow_up(first_turn(1), first))
        assert_resumed(done, first_turn(1), host)
        assert done.text == reference[1][1]


def fresh_answer(starter: Path, messages: list[ChatMessage]) -> str:
    """The answer after a full prefill in a new engine (no saved states)."""
    with EngineHost(options(None)) as host:
        host.load(str(starter))
        return ask(host, messages).text


@pytest.mark.parametrize("how", ["bitflip", "truncated"])
def test_a_damaged_state_file_is_deleted_and_the_prompt_processed_again(
    starter: Path, states: Path, reference: dict[int, tuple[str, str]], how: str
) -> None:
    with EngineHost(options(states)) as host:
        host.load(str(starter))
        first = ask(host, first_turn(2)).text
    (path,) = state_files.state_files(states)
    data = bytearray(path.read_bytes())
    if how == "bitflip":
        data[len(data) * 2 // 3] ^= 0x01  # one bit in the middle of the K/V numbers
    else:
        data = data[: len(data) // 2]
    path.write_bytes(bytes(data))
    messages = follow_up(first_turn(2), first)
    with EngineHost(options(states)) as host:
        host.load(str(starter))
        done = ask(host, messages)
    assert done.reused_tokens < 16  # nothing resumed
    assert not path.exists()
    assert done.text == fresh_answer(starter, messages)


def test_kill_9_while_saving_never_leaves_a_usable_broken_file(
    starter: Path, states: Path, reference: dict[int, tuple[str, str]]
) -> None:
    with EngineHost(options(states)) as host:
        host.load(str(starter))
        first = ask(host, first_turn(1)).text
        # Kill the engine as soon as its writer has started the file (or has finished).
        deadline = time.monotonic() + 30
        while not any(states.glob("*.tmp")) and not state_files.state_files(states):
            assert time.monotonic() < deadline
            time.sleep(0.0005)
        assert host.pid is not None
        os.kill(host.pid, signal.SIGKILL)
        time.sleep(0.2)
        done = ask(host, follow_up(first_turn(1), first))
    for path in state_files.state_files(states):  # whatever is there is whole
        header = state_files.read_header(path)
        assert header is not None and state_files.read_state(header) is not None
    if done.reused_tokens > 16:
        assert done.text == reference[1][1]
    else:
        assert done.text == fresh_answer(starter, follow_up(first_turn(1), first))


def test_with_the_disk_tier_off_nothing_is_written(starter: Path, states: Path) -> None:
    opts = replace(options(states), resume=ResumeOptions(directory=str(states), disk_bytes=0))
    with EngineHost(opts) as host:
        host.load(str(starter))
        first = ask(host, first_turn(1)).text
        ask(host, first_turn(2))
        done = ask(host, follow_up(first_turn(1), first))
        assert_resumed(done, first_turn(1), host)  # from RAM
    assert state_files.state_files(states) == []


def test_clear_forgets_saved_states(host: EngineHost, states: Path) -> None:
    first = ask(host, first_turn(1)).text
    wait_for_files(states, 1)
    host.clear_saved_states()
    assert state_files.disk_usage(states) == 0
    ask(host, first_turn(2))
    assert len(state_files.state_files(states)) <= 1  # chat 2's, maybe
    done = ask(host, follow_up(first_turn(1), first))
    assert done.reused_tokens < 64  # only the start both chats share


def test_forgetting_a_deleted_chat_drops_its_states_in_ram_and_on_disk(
    host: EngineHost, states: Path
) -> None:
    """A deleted chat's states go from the disk at once and from the engine's RAM before
    its next answer: going back to that text is processed afresh; other chats resume."""
    firsts = {}
    for chat in (1, 2):
        owner = replace(GREEDY, owner=f"chat{chat}")
        firsts[chat] = host.complete(first_turn(chat), owner).text
    wait_for_files(states, 2)
    host.clear_saved_states("chat1")
    assert [p.name.endswith("-chat2.kvstate") for p in state_files.state_files(states)] == [True]
    # The engine's cache holds chat 2 now: chat 1 could only come from a saved state.
    done = ask(host, follow_up(first_turn(1), firsts[1]))
    assert done.reused_tokens < 64  # only the start both chats share
    done = ask(host, follow_up(first_turn(2), firsts[2]))
    assert_resumed(done, first_turn(2), host)


def test_a_full_disk_keeps_states_in_ram_and_answers_go_on(starter: Path, tmp_path: Path) -> None:
    """A real full file system (a 1 MB tmpfs; a state here is several MB)."""
    with tmpfs(tmp_path / "tiny", "1m") as tiny:
        with EngineHost(options(tiny / "states")) as host:
            host.load(str(starter))
            first = ask(host, first_turn(1)).text
            ask(host, first_turn(2))
            done = ask(host, follow_up(first_turn(1), first))
            assert_resumed(done, first_turn(1), host)  # from RAM
        assert state_files.state_files(tiny / "states") == []
        assert not any(p.name.endswith(".tmp") for p in (tiny / "states").iterdir())


def test_a_read_only_cache_folder_keeps_states_in_ram(starter: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "4m") as ro:
        (ro / "states").mkdir()
        subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        try:
            with EngineHost(options(ro / "states")) as host:
                host.load(str(starter))
                first = ask(host, first_turn(1)).text
                ask(host, first_turn(2))
                done = ask(host, follow_up(first_turn(1), first))
                assert_resumed(done, first_turn(1), host)
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(ro)], check=True)
