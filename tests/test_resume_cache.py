"""The resume cache's two tiers and its files (engine/resume_cache.py, state_files.py),
with state bytes standing in for llama.cpp's. test_resume.py runs the real model."""

from __future__ import annotations

import array
import logging
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import state_files
from assistant.engine.backend import ResumeOptions
from assistant.engine.resume_cache import MIN_TOKENS, ResumeCache, common_prefix
from assistant.engine.state_files import StateKey

KEY = StateKey(model="100:1:abc", build="b1", context="n_ctx=1024")


def toks(*runs: tuple[int, int]) -> list[int]:
    """Tokens made of ranges, e.g. toks((0, 100), (500, 520))."""
    return [t for start, stop in runs for t in range(start, stop)]


def state_of(tokens: list[int], size: int = 4096) -> bytearray:
    """Bytes that tell which tokens they were made for (to check what came back)."""
    seed = array.array("i", tokens).tobytes()
    return bytearray((seed * (size // max(1, len(seed)) + 1))[:size])


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[ResumeCache]:
    c = ResumeCache(ResumeOptions(directory=str(tmp_path / "states")))
    yield c
    c.close()


def test_common_prefix() -> None:
    a = array.array("i", [1, 2, 3, 4])
    assert common_prefix(a, array.array("i", [1, 2, 9])) == 2
    assert common_prefix(a, array.array("i", [1, 2, 3, 4, 5])) == 4
    assert common_prefix(a, array.array("i", [7])) == 0
    assert common_prefix(a, array.array("i", [])) == 0


def test_the_longest_saved_prefix_of_a_new_prompt_is_found(cache: ResumeCache) -> None:
    chat_a, chat_b = toks((0, 200)), toks((0, 50), (1000, 1300))
    cache.put(KEY, chat_a, state_of(chat_a))
    cache.put(KEY, chat_b, state_of(chat_b))
    # A follow-up of chat A: its history is A's tokens, then a new message.
    found = cache.best(KEY, [*chat_a, 7, 8, 9])
    assert found is not None
    assert found[0].tolist() == chat_a and bytes(found[1]) == state_of(chat_a)
    # An edit in the middle of chat B still resumes from B's first 150 tokens.
    edited = [*chat_b[:150], 42, 43]
    found = cache.best(KEY, edited)
    assert found is not None and found[0].tolist() == chat_b
    # Nothing beats what the engine's cache already shares with the prompt.
    assert cache.best(KEY, edited, at_least=150) is None
    # Another model, build or context never matches.
    other = StateKey(KEY.model, "b2", KEY.context)
    assert cache.best(other, [*chat_a, 7]) is None


def test_short_prompts_are_not_kept(cache: ResumeCache) -> None:
    short = toks((0, MIN_TOKENS - 1))
    cache.put(KEY, short, state_of(short))
    assert cache.best(KEY, [*short, 1]) is None


def test_a_longer_state_of_the_same_chat_supersedes_the_shorter(
    cache: ResumeCache, tmp_path: Path
) -> None:
    turn1, turn2 = toks((0, 100)), toks((0, 100), (100, 180))
    cache.put(KEY, turn1, state_of(turn1))
    cache.flush()
    cache.put(KEY, turn2, state_of(turn2))
    cache.flush()
    files = state_files.state_files(tmp_path / "states")
    assert [f.name for f in files] == [state_files.file_name(KEY, array.array("i", turn2))]
    found = cache.best(KEY, [*turn1, 5])
    assert found is not None and found[0].tolist() == turn2


def test_states_survive_a_restart_from_disk(tmp_path: Path) -> None:
    chat = toks((0, 300))
    first = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    first.put(KEY, chat, state_of(chat, 100_000))
    first.close()
    second = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    found = second.best(KEY, [*chat, 1])
    assert found is not None and bytes(found[1]) == state_of(chat, 100_000)
    assert second.ram_used() == 100_000  # read once, then kept in RAM


def test_the_ram_budget_keeps_the_newest_and_the_rest_on_disk(tmp_path: Path) -> None:
    cache = ResumeCache(ResumeOptions(directory=str(tmp_path), ram_bytes=10_000))
    chats = [toks((i * 1000, i * 1000 + 100)) for i in range(5)]
    for chat in chats:
        cache.put(KEY, chat, state_of(chat, 4000))
        cache.flush()
    assert cache.ram_used() <= 10_000
    for chat in chats:  # all five come back, the older ones from disk
        found = cache.best(KEY, [*chat, 1])
        assert found is not None and bytes(found[1]) == state_of(chat, 4000)
    cache.close()


def test_without_a_disk_tier_the_ram_budget_forgets_the_oldest() -> None:
    cache = ResumeCache(ResumeOptions(directory="", ram_bytes=10_000))
    chats = [toks((i * 1000, i * 1000 + 100)) for i in range(4)]
    for chat in chats:
        cache.put(KEY, chat, state_of(chat, 4000))
    assert cache.best(KEY, [*chats[0], 1]) is None
    assert cache.best(KEY, [*chats[3], 1]) is not None


def test_the_disk_budget_evicts_the_least_recently_used(tmp_path: Path) -> None:
    cache = ResumeCache(ResumeOptions(directory=str(tmp_path), disk_bytes=25_000))
    chats = [toks((i * 1000, i * 1000 + 100)) for i in range(4)]
    names = [state_files.file_name(KEY, array.array("i", chat)) for chat in chats]
    for n, chat in enumerate(chats):
        cache.put(KEY, chat, state_of(chat, 10_000))
        cache.flush()
        os.utime(tmp_path / names[n], (1000 + n, 1000 + n))  # a clear order of use
        if n == 1:  # chat 0 is used again: now chat 1 is the least recently used
            assert cache.best(KEY, [*chats[0], 1]) is not None
    assert state_files.disk_usage(tmp_path) <= 25_000
    kept = {p.name for p in state_files.state_files(tmp_path)}
    assert kept == {names[0], names[3]}
    cache.close()


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "bitflip":
        data[len(data) // 2] ^= 0x10
    elif how == "truncated":
        data = data[: len(data) - 100]
    elif how == "foreign":
        data = bytearray(os.urandom(len(data)))
    elif how == "empty":
        data = bytearray()
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["bitflip", "truncated", "foreign", "empty"])
def test_a_damaged_file_is_deleted_never_used(
    tmp_path: Path, how: str, caplog: pytest.LogCaptureFixture
) -> None:
    chat = toks((0, 200))
    writer = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    writer.put(KEY, chat, state_of(chat, 50_000))
    writer.close()
    (path,) = state_files.state_files(tmp_path)
    damage(path, how)
    reader = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    with caplog.at_level(logging.WARNING):
        assert reader.best(KEY, [*chat, 1]) is None
    assert not path.exists()
    assert "damaged" in caplog.text


def test_a_file_with_another_key_under_this_keys_name_is_deleted(tmp_path: Path) -> None:
    chat = toks((0, 200))
    other = StateKey(KEY.model, "another build", KEY.context)
    path = state_files.write_state(tmp_path, other, array.array("i", chat), state_of(chat))
    disguised = tmp_path / state_files.file_name(KEY, array.array("i", chat))
    path.rename(disguised)
    cache = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    assert cache.best(KEY, [*chat, 1]) is None
    assert not disguised.exists()


def test_an_unusable_folder_keeps_states_in_ram(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with caplog.at_level(logging.WARNING):
        cache = ResumeCache(ResumeOptions(directory=str(blocker / "states")))
    assert cache.directory is None and "not usable" in caplog.text
    chat = toks((0, 100))
    cache.put(KEY, chat, state_of(chat))
    assert cache.best(KEY, [*chat, 1]) is not None


def test_a_full_disk_turns_the_disk_tier_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The kernel refuses the write (a file-size limit stands in for a full disk: both
    fail the write with an OSError); states stay usable from RAM, nothing half-written."""
    cache = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    chat = toks((0, 100))
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, old_limit[1]))
    try:
        with caplog.at_level(logging.WARNING):
            cache.put(KEY, chat, state_of(chat, 200_000))
            cache.flush()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert "cannot write" in caplog.text and cache.directory is None
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too
    found = cache.best(KEY, [*chat, 1])
    assert found is not None and bytes(found[1]) == state_of(chat, 200_000)
    cache.close()


_SLOW_WRITER = """
import sys, time
from assistant.engine import state_files
from assistant.engine.backend import ResumeOptions
from assistant.engine.resume_cache import ResumeCache
from assistant.engine.state_files import StateKey
real_write = state_files.write_state
def slow_write(directory, key, tokens, state, pause=None, owner=""):
    # Write the first half, say so, then hang: the parent kills us mid-save.
    tmp = directory / f".{state_files.file_name(key, tokens)}.{__import__('os').getpid()}.tmp"
    with open(tmp, "wb") as f:
        f.write(bytes(state[: len(state) // 2]))
        f.flush()
        print("writing", flush=True)
        time.sleep(60)
state_files.write_state = slow_write
cache = ResumeCache(ResumeOptions(directory=sys.argv[1]))
cache.put(StateKey("100:1:abc", "b1", "n_ctx=1024"), list(range(200)), bytearray(1 << 20))
cache.flush(60)
"""


def test_kill_9_during_a_save_leaves_nothing_usable_behind(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    with proc.stdout:
        assert proc.stdout.readline().strip() == "writing"
        proc.kill()
        proc.wait()
    (tmp,) = list(tmp_path.iterdir())
    assert tmp.name.endswith(".tmp")
    cache = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    assert cache.best(KEY, list(range(201))) is None  # no state: the prompt is processed
    cache.close()
    # Once it is clearly abandoned, the next start removes it.
    old = time.time() - 2 * state_files.STALE_TMP_SECONDS
    os.utime(tmp, (old, old))
    ResumeCache(ResumeOptions(directory=str(tmp_path))).close()
    assert list(tmp_path.iterdir()) == []


def test_clear_forgets_everything(cache: ResumeCache, tmp_path: Path) -> None:
    chat = toks((0, 100))
    cache.put(KEY, chat, state_of(chat))
    cache.flush()
    assert state_files.disk_usage(tmp_path / "states") > 0
    cache.clear()
    assert state_files.disk_usage(tmp_path / "states") == 0
    assert cache.best(KEY, [*chat, 1]) is None


def test_deleting_a_chat_forgets_its_states_and_keeps_the_others(tmp_path: Path) -> None:
    """Each state is saved for its chat; forgetting the chat removes its states in RAM,
    on disk (also ones this engine never loaded, as after a restart) and one still being
    written, and leaves other chats' states usable, even one it shares a start with."""
    states = tmp_path / "states"
    a_old, a_new = toks((0, 100)), toks((0, 100), (100, 180))
    b = toks((0, 100), (900, 990))  # shares a's first 100 tokens
    first = ResumeCache(ResumeOptions(directory=str(states)))
    first.put(KEY, a_old, state_of(a_old), owner="chat1")
    first.put(KEY, b, state_of(b), owner="chat2")
    first.close()
    names = sorted(p.name for p in state_files.state_files(states))
    assert len(names) == 2 and all(n.endswith(("-chat1.kvstate", "-chat2.kvstate")) for n in names)
    cache = ResumeCache(ResumeOptions(directory=str(states)))
    cache.busy(True)  # an answer is running: a2's file waits to be written
    cache.put(KEY, a_new, state_of(a_new), owner="chat1")
    cache.forget_owner("chat1")
    cache.busy(False)
    cache.flush()
    assert [p.name.endswith("-chat2.kvstate") for p in state_files.state_files(states)] == [True]
    assert cache.best(KEY, [*a_new, 1], at_least=100) is None
    found = cache.best(KEY, [*b, 1])
    assert found is not None and bytes(found[1]) == state_of(b)
    cache.close()
    # After a restart the kept file is read back with its owner, not taken as foreign.
    again = ResumeCache(ResumeOptions(directory=str(states)))
    found = again.best(KEY, [*b, 1])
    assert found is not None and found[0].tolist() == b
    again.forget_owner("chat2")
    assert state_files.state_files(states) == []
    again.close()


def test_a_state_without_an_owner_from_an_earlier_version_is_still_used(tmp_path: Path) -> None:
    chat = toks((0, 150))
    state_files.write_state(tmp_path, KEY, array.array("i", chat), state_of(chat))
    cache = ResumeCache(ResumeOptions(directory=str(tmp_path)))
    found = cache.best(KEY, [*chat, 1])
    assert found is not None and bytes(found[1]) == state_of(chat)
    cache.forget_owner("chat1")
    assert len(state_files.state_files(tmp_path)) == 1
    cache.close()


def test_an_owner_cannot_reach_outside_its_file_names() -> None:
    for bad in ("../x", "chat 1", "a/b", "x" * 65):
        with pytest.raises(ValueError):
            state_files.file_name(KEY, array.array("i", [1, 2]), bad)


def test_writing_waits_while_the_engine_answers(cache: ResumeCache, tmp_path: Path) -> None:
    chat = toks((0, 100))
    cache.busy(True)  # an answer is being generated
    cache.put(KEY, chat, state_of(chat, 3 * state_files.WRITE_CHUNK))
    cache.flush(0.3)
    assert state_files.state_files(tmp_path / "states") == []
    assert cache.best(KEY, [*chat, 1]) is not None  # RAM serves meanwhile
    cache.busy(False)
    cache.flush()
    assert len(state_files.state_files(tmp_path / "states")) == 1
