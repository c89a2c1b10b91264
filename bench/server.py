"""API server benchmark: streaming through `assistant serve` (the official openai client in
this process, the server in its own process) against the engine host called directly,
side by side in one run, on the starter model.

Run: .venv/bin/python bench/server.py   (prints figures and ratios; not a test)
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import openai

from assistant.engine.backend import Completion, LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path

THREADS = 2
CTX = 2048
TOKENS = 256
REPS = 5
MODEL = "SmolLM2 135M (built-in)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def prompt(rep: int, kind: str) -> list[dict[str, str]]:
    # A fresh prompt each time: neither side may reuse the previous prompt's cache.
    return [{"role": "user", "content": f"{kind} {rep}: tell me a story about river {rep}."}]


def direct(host: EngineHost, rep: int) -> tuple[float, float]:
    params = SamplingParams(max_tokens=TOKENS, ignore_eos=True, seed=rep)
    t0 = time.perf_counter()
    first = last = 0.0
    done: Completion | None = None
    for item in host.stream(prompt(rep, "direct"), params):  # type: ignore[arg-type]
        if isinstance(item, Completion):
            done = item
        else:
            last = time.perf_counter() - t0
            first = first or last
    assert done is not None and done.completion_tokens == TOKENS
    return first, (TOKENS - 1) / (last - first)


def through_api(client: openai.OpenAI, rep: int, kind: str = "api") -> tuple[float, float, int]:
    cpu0 = time.thread_time()
    t0 = time.perf_counter()
    first = last = 0.0
    tokens = 0
    stream = client.chat.completions.create(
        model=MODEL,
        messages=prompt(rep, kind),  # type: ignore[arg-type]
        stream=True,
        max_tokens=TOKENS,
        seed=rep,
        stream_options={"include_usage": True},
        extra_body={"ignore_eos": True},
    )
    for chunk in stream:
        if chunk.usage is not None:
            tokens = chunk.usage.completion_tokens
        if chunk.choices and chunk.choices[0].delta.content:
            last = time.perf_counter() - t0
            first = first or last
    assert tokens == TOKENS, tokens
    client_cpu.append((time.thread_time() - cpu0) / TOKENS)
    return first, (TOKENS - 1) / (last - first), tokens


def concurrent(url: str, clients: int, at_once: bool) -> tuple[float, float]:
    """(aggregate tokens/s, seconds until the last answer) for ``clients`` requests sent
    at once, or one after another."""
    results: list[int] = []

    def one(i: int) -> None:
        c = openai.OpenAI(base_url=url, api_key="x", max_retries=0, timeout=600)
        results.append(through_api(c, 1000 + i + 10 * at_once, f"client{i}")[2])

    t0 = time.perf_counter()
    threads = [threading.Thread(target=one, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
        if not at_once:
            t.join()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    assert len(results) == clients
    return sum(results) / wall, wall


def serve(home: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ASSISTANT_HOME": home}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            if proc.poll() is not None:
                raise SystemExit("assistant serve did not start") from None
            time.sleep(0.1)


def write_settings(home: str) -> None:
    # The server's engine gets the same context and threads as the direct one.
    from assistant.ground.paths import app_paths
    from assistant.ground.settings import Settings

    paths = app_paths(home).ensure()
    Settings(context_length=CTX, threads=THREADS).save(paths.settings_file)


client_cpu: list[float] = []  # the openai client's CPU seconds per token, this thread


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of one process (not its children: the engine)."""
    import psutil

    t = psutil.Process(pid).cpu_times()
    return float(t.user + t.system)


def med(xs: list[float]) -> float:
    return statistics.median(xs)


def main() -> None:
    model = starter_model_path()
    assert model is not None, "the starter model is required"
    with tempfile.TemporaryDirectory() as home:
        write_settings(home)
        port = free_port()
        server = serve(home, port)
        url = f"http://127.0.0.1:{port}/v1"
        client = openai.OpenAI(base_url=url, api_key="x", max_retries=0, timeout=600)
        host = EngineHost(LoadOptions(n_ctx=CTX, n_threads=THREADS))
        host.load(str(model))
        try:
            direct(host, -1)  # warm-up on both sides
            through_api(client, -1)
            d_ttft, d_rate, a_ttft, a_rate, server_cpu = [], [], [], [], []
            client_cpu.clear()
            for rep in range(REPS):  # alternate so that drift hits both alike
                ttft, r = direct(host, rep)
                d_ttft.append(ttft)
                d_rate.append(r)
                cpu0 = process_cpu(server.pid)
                ttft, r, _ = through_api(client, rep)
                server_cpu.append((process_cpu(server.pid) - cpu0) / TOKENS)
                a_ttft.append(ttft)
                a_rate.append(r)
            api_client_cpu = med(client_cpu)
            host.close()
            single = med(a_rate)
            seq4, seq_wall = concurrent(url, 4, at_once=False)
            agg4, wall4 = concurrent(url, 4, at_once=True)
        finally:
            server.terminate()
            server.wait(30)
    print(f"model: {model.name}, {TOKENS} tokens per answer, {THREADS} threads, {REPS} reps")
    print(
        f"engine host direct   : {med(d_rate):6.1f} tok/s   first text {med(d_ttft) * 1000:6.1f} ms"
    )
    print(f"openai client via API: {single:6.1f} tok/s   first text {med(a_ttft) * 1000:6.1f} ms")
    print(f"streaming ratio      : {single / med(d_rate):.3f}x   (target >= 0.95)")
    print(f"HTTP time-to-first-token overhead: {(med(a_ttft) - med(d_ttft)) * 1000:+.1f} ms")
    print(
        f"CPU per token        : server process {med(server_cpu) * 1000:.3f} ms, "
        f"openai client {api_client_cpu * 1000:.3f} ms (the engine child not counted)"
    )
    print(
        f"4 clients at once    : {agg4:6.1f} tok/s together, last answer after {wall4:.1f} s; "
        f"the same 4 one after another: {seq4:.1f} tok/s, {seq_wall:.1f} s "
        f"-> {agg4 / seq4:.2f}x (queued fairly; one engine)"
    )


if __name__ == "__main__":
    main()
