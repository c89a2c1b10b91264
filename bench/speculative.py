"""Speculative decoding benchmark (prompt lookup, engine/drafts.py), side by side on one
model and build:

- input-grounded tasks through the app's presets (proofread, rewrite, extract JSON,
  code edit), each on 10 real inputs (the Python standard library's own docstrings and
  functions, public text and code): generation tok/s with drafts, without, and against
  llama-bench tg128 of the same model (target >= 1.5x of tg128);
- free chat (answers that do not copy): with drafts / without (target >= 0.97x);
- acceptance rates, and the batch-size cost curve (decode time for 1..K+1 tokens) that
  explains them on this CPU.

Run: .venv/bin/python bench/speculative.py [MODEL.gguf]   (default: the starter model)
"""

from __future__ import annotations

import ctypes
import inspect
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import llama_cpp as lc

from assistant.engine.backend import LoadOptions, SamplingParams
from assistant.engine.drafts import MAX_DRAFT
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path
from assistant.presets import PresetLibrary
from bench.llama_bench import run_llama_bench
from tests.fixtures.same_start import answer

THREADS = 2


def paragraphs() -> list[str]:
    """Ten real paragraphs of public English text: standard-library docstrings."""
    import argparse
    import collections
    import functools
    import heapq
    import json
    import shlex
    import textwrap
    import threading
    import unittest
    import zipfile

    out = []
    for obj in (
        json,
        textwrap.dedent,
        heapq,
        functools.lru_cache,
        collections.OrderedDict.move_to_end,
        shlex.split,
        threading.Event.wait,
        argparse.ArgumentParser.parse_known_args,
        unittest.TestCase.assertAlmostEqual,
        zipfile.ZipFile.extract,
    ):
        doc = " ".join((inspect.getdoc(obj) or "").split())
        out.append(doc[:420].rsplit(" ", 1)[0] + ".")
    return out


def functions() -> list[str]:
    """Ten real small functions: standard-library source."""
    import base64
    import calendar
    import difflib
    import fnmatch
    import html
    import shlex
    import string
    import textwrap

    objs = [
        shlex.quote,
        textwrap.indent,
        textwrap.shorten,
        html.escape,
        string.capwords,
        fnmatch.filter,
        calendar.isleap,
        calendar.leapdays,
        base64.b16encode,
        difflib.get_close_matches,
    ]
    return [inspect.getsource(o) for o in objs]


def typos(text: str) -> str:
    """The text with a typo in every fifth word (two letters swapped), deterministic."""
    words = text.split(" ")
    for i in range(2, len(words), 5):
        w = words[i]
        if len(w) > 3 and w.isalpha():
            words[i] = w[0] + w[2] + w[1] + w[3:]
    return " ".join(words)


def tasks() -> dict[str, list[tuple[str, str, dict[str, str]]]]:
    """Task name -> (preset id, input, preset variables) for each input."""
    texts, code = paragraphs(), functions()
    return {
        "proofread": [("proofread", typos(t), {}) for t in texts],
        "rewrite": [("rewrite", t, {"tone": "formal"}) for t in texts],
        "extract JSON": [
            ("extract", t, {"fields": "subject, parameters, return_value, errors"}) for t in texts
        ],
        "code edit": [
            (
                "write-code",
                "Add a docstring line to this function and return the whole function:\n\n"
                f"```python\n{c}```",
                {},
            )
            for c in code
        ],
    }


FREE_CHAT = [
    "Write a short story about a lighthouse keeper.",
    "Give me ten ideas for a birthday party.",
    "Explain how vaccines work to a child.",
    "Write a poem about autumn rain.",
    "What are good habits for learning a language?",
]


def measure(host: EngineHost, jobs: list[tuple[list, SamplingParams]]) -> dict[str, float]:  # type: ignore[type-arg]
    """Generation tok/s with and without drafts (alternated per input), and acceptance."""
    on_t = off_t = 0.0
    on_n = off_n = drafted = accepted = 0
    same = 0
    for messages, params in jobs:
        off = answer(host, messages, replace(params, speculative=False))
        on = answer(host, messages, replace(params, speculative=True))
        same += on.text == off.text
        # Tokens after the first (which comes out of the prompt) over generation time.
        on_t, on_n = on_t + on.generation_seconds, on_n + on.completion_tokens - 1
        off_t, off_n = off_t + off.generation_seconds, off_n + off.completion_tokens - 1
        drafted, accepted = drafted + on.drafted, accepted + on.accepted
    return {
        "on": on_n / on_t,
        "off": off_n / off_t,
        "drafted": drafted,
        "accepted": accepted,
        "same": same,
        "n": len(jobs),
    }


def cost_curve(model: Path) -> list[tuple[int, float]]:
    """Median decode time (ms) of a batch of n tokens after a 600-token context."""
    lc.llama_backend_init()
    from assistant.engine.backends import load_backends

    load_backends()
    mparams = lc.llama_model_default_params()
    mdl = lc.llama_model_load_from_file(str(model).encode(), mparams)
    cparams = lc.llama_context_default_params()
    cparams.n_ctx, cparams.n_batch, cparams.n_ubatch = 2048, 1024, 1024
    cparams.n_threads = cparams.n_threads_batch = THREADS
    cparams.flash_attn_type = 1
    ctx = lc.llama_init_from_model(mdl, cparams)
    base = 600
    batch = lc.llama_batch_init(base, 0, 1)
    batch.n_tokens = base
    for i in range(base):
        batch.token[i], batch.pos[i], batch.n_seq_id[i] = 100 + i % 500, i, 1
        batch.seq_id[i][0], batch.logits[i] = 0, 0
    batch.logits[base - 1] = 1
    assert lc.llama_decode(ctx, batch) == 0
    mem = lc.llama_get_memory(ctx)
    out = []
    for n in range(1, MAX_DRAFT + 2):
        times = []
        for _ in range(15):
            batch.n_tokens = n
            for i in range(n):
                batch.token[i], batch.pos[i], batch.n_seq_id[i] = 200 + i, base + i, 1
                batch.seq_id[i][0], batch.logits[i] = 0, 1
            t = time.perf_counter()
            assert lc.llama_decode(ctx, batch) == 0
            times.append(time.perf_counter() - t)
            lc.llama_memory_seq_rm(mem, 0, base, -1)
        out.append((n, statistics.median(times) * 1000))
    lc.llama_batch_free(batch)
    lc.llama_free(ctx)
    lc.llama_model_free(mdl)
    _ = ctypes  # the bindings are ctypes
    return out


def main() -> None:
    model = Path(sys.argv[1]) if len(sys.argv) > 1 else starter_model_path()
    assert model is not None and model.exists(), "no model"
    print(f"model {model.name}, {THREADS} threads")
    curve = cost_curve(model)
    one = curve[0][1]
    print("cost curve   " + "  ".join(f"{n}:{ms / one:.2f}x" for n, ms in curve))
    print(f"             (1 token {one:.2f} ms after 600 tokens of context)")
    tg = run_llama_bench(model, THREADS, True)["tg128"]
    print(f"llama-bench  tg128 {tg:.1f} tok/s (native build of the same sources)")
    presets = PresetLibrary(Path(sys.prefix) / "no-user-presets")
    host = EngineHost(LoadOptions(n_ctx=4096, n_threads=THREADS))
    host.load(str(model))
    try:
        grounded_on = grounded_off = 0.0
        for name, items in tasks().items():
            jobs = []
            for preset_id, text, variables in items:
                rendered = presets.get(preset_id).render(text, variables)
                jobs.append((rendered.messages, replace(rendered.params, temperature=0.0)))
            r = measure(host, jobs)
            grounded_on += r["on"] / 4
            grounded_off += r["off"] / 4
            rate = r["accepted"] / r["drafted"] if r["drafted"] else 0.0
            print(
                f"{name:<13}{r['on']:6.1f} tok/s with drafts, {r['off']:6.1f} without "
                f"({r['on'] / r['off']:.2f}x), vs tg128 {r['on'] / tg:.2f}x  "
                f"accepted {r['accepted']}/{r['drafted']} ({rate:.0%})  "
                f"identical answers {r['same']}/{r['n']}"
            )
        print(
            f"grounded     mean {grounded_on:.1f} tok/s = {grounded_on / tg:.2f}x tg128 "
            f"(target >= 1.5x); {grounded_on / grounded_off:.2f}x of the loop without drafts"
        )
        chat = [
            ([{"role": "user", "content": q}], SamplingParams(max_tokens=200, seed=7))
            for q in FREE_CHAT
        ]
        r = measure(host, chat)
        print(
            f"free chat    {r['on']:6.1f} tok/s with drafts, {r['off']:6.1f} without: "
            f"{r['on'] / r['off']:.3f}x (target >= 0.97)  accepted "
            f"{r['accepted']}/{r['drafted']}  identical answers {r['same']}/{r['n']}"
        )
    finally:
        host.close()


if __name__ == "__main__":
    main()
