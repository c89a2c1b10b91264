"""Summarization benchmark: a generated 30,000-word document on the starter model,
total time vs the engine's own bound (prompt processing of every chunk token plus
generation of every produced token), peak memory, and grammar overhead.

With ``--baseline REF`` (a git ref, e.g. the commit before continuous batching), the
same script of that tree runs first, in a worktree, and the summary's time is compared:
the map step now writes its chunks' summaries as parallel answers.

Run: .venv/bin/python bench/summarize.py [--baseline REF]
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.documents.loaders import paragraphs
from assistant.documents.summarize import Summarizer
from assistant.engine.backend import Completion, LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path
from assistant.presets import PresetLibrary
from assistant.presets.preset import labels_grammar

SENTENCES = [
    "The committee reviewed the annual budget and approved funding for three new projects.",
    "Rainfall in the northern valley was twice the average, which helped the farmers.",
    "A new bridge will connect the old harbour with the railway station by next autumn.",
    "Teachers reported that reading scores improved after the library was renovated.",
    "The hospital hired twenty nurses and opened a second emergency room.",
    "Local shops saw more visitors during the summer festival than in any year before.",
    "Engineers warned that the water pipes under the market square need replacing.",
    "The council plans to plant five hundred trees along the river path.",
]


def document(words: int) -> str:
    rng = random.Random(3)
    paras, count = [], 0
    while count < words:
        para = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 7)))
        paras.append(para)
        count += len(para.split())
    return "\n\n".join(paras)


def rate(host: EngineHost, params: SamplingParams) -> float:
    done: Completion | None = None
    for item in host.stream(
        [{"role": "user", "content": "Is this review good? It was great."}], params
    ):
        if isinstance(item, Completion):
            done = item
    assert done is not None
    return done.tokens_per_second


def prefill_rate(host: EngineHost, rep: int) -> float:
    text = f"p{rep}x"
    i = 0
    while host.count([{"role": "user", "content": text}]) < 512:
        text += f" p{rep}x{i} river stone lamp garden"
        i += 1
    done = host.complete([{"role": "user", "content": text}], SamplingParams(max_tokens=1))
    return done.prompt_tokens_per_second


def peak_rss_mib() -> float:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]


def baseline_seconds(ref: str) -> float:
    """The summary's time by the same benchmark of the tree at ``ref``."""
    import os
    import subprocess

    from bench.parallel import baseline_tree

    with baseline_tree(ref) as tree:
        out = subprocess.run(
            [sys.executable, "bench/summarize.py"],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    found = re.search(r"summarize\s+([\d.]+) s", out)
    assert found, out
    return float(found.group(1))


def main() -> None:
    before = None
    if "--baseline" in sys.argv:
        before = baseline_seconds(sys.argv[sys.argv.index("--baseline") + 1])
    model = starter_model_path()
    assert model is not None, "needs the starter model"
    host = EngineHost(LoadOptions(n_ctx=4096, n_threads=2))
    host.load(str(model))
    # The engine's own speeds on this machine, measured now as bench/engine.py does:
    # after a warm-up, fresh 512-token prompts (no cache reuse), medians of three.
    host.complete([{"role": "user", "content": "warm up " * 100}], SamplingParams(max_tokens=8))
    pp = statistics.median(prefill_rate(host, rep) for rep in range(3))
    tg = statistics.median(
        rate(host, SamplingParams(max_tokens=129, ignore_eos=True, seed=rep)) for rep in range(3)
    )
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "doc.txt"
        path.write_text(document(30_000))
        presets = PresetLibrary(Path(d) / "presets")
        s = Summarizer(host, presets.get("summarize"), "medium")
        t0 = time.perf_counter()
        r = s.run(paragraphs(path))
        total = time.perf_counter() - t0
    bound = r.prompt_tokens / pp + r.completion_tokens / tg
    print(
        f"document     30,000 words, {r.chunks} chunks, {r.prompt_tokens} prompt tokens "
        f"evaluated, {r.completion_tokens} generated"
    )
    print(
        f"summarize    {total:6.1f} s   bound {bound:6.1f} s (pp {pp:.0f} tok/s, tg {tg:.0f} tok/s)"
        f"   ratio {total / bound:.3f}  (target <= 1.25)"
    )
    if before is not None:
        print(
            f"against      the baseline's summary {before:6.1f} s: {total / before:.3f}x the time"
        )
    engine_time = r.prompt_seconds + r.generation_seconds
    print(
        f"where        prompt processing {r.prompt_seconds:5.1f} s (bound "
        f"{r.prompt_tokens / pp:5.1f}), generation {r.generation_seconds:5.1f} s (bound "
        f"{r.completion_tokens / tg:5.1f}), outside the engine {total - engine_time:4.1f} s"
    )
    print(
        f"memory       peak RSS of the app process {peak_rss_mib():.0f} MiB (the engine child "
        "holds the model)"
    )
    labels = labels_grammar(["positive", "negative", "neutral"])
    free = rate(host, SamplingParams(max_tokens=33, ignore_eos=True, seed=1))
    constrained = rate(host, SamplingParams(max_tokens=3, grammar=labels, seed=1))
    print(
        f"grammar      generation with a label grammar {constrained:.0f} tok/s vs {free:.0f} "
        f"without (label answers are 1-3 tokens)"
    )
    host.close()


if __name__ == "__main__":
    main()
