"""Tool calls: what the grammar costs and what the app adds around a call, on the
starter model, side by side in one run.

- Grammar cost: generation time per token of a tool call (tool_choice required, the
  call's grammar from the tool's schema: a note tool with a long text argument, so the
  call is long) against free text of the same length from the same prompt (the tools
  described, tool_choice none: no grammar), drafts off for all (target: <= 1.10x, at
  most 10% more per token). Free text without the tools (a shorter prompt, so cheaper
  attention) is shown beside it.
- Around a call (the core loop, engine/child and the calculator): from the model's
  answer done to the tool started, and from the tool done to the model asked again
  (targets: <= 50 ms each), with the prompt of the second step read from the cache the
  first one left (tokens reused, shown).

Run: .venv/bin/python bench/tools.py [--rounds 8]   (prints figures and ratios; not a test)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine.backend import (
    ChatMessage,
    Completion,
    LoadOptions,
    SamplingParams,
    StreamItem,
)
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path
from assistant.tools.builtin import calculator
from assistant.tools.formats import HERMES
from assistant.tools.loop import CallEvent, Tool, run_tools
from assistant.tools.spec import make_spec, to_json

NOTE = make_spec(
    "save_note",
    "Save a note for later",
    {
        "type": "object",
        "properties": {
            "title": {"type": "string", "maxLength": 60},
            "text": {"type": "string", "maxLength": 800},
            "tags": {"type": "array", "items": {"enum": ["home", "work", "travel"]}},
        },
        "required": ["title", "text", "tags"],
    },
)
ASK = [{"role": "user", "content": "Write me a long note about packing for a week in Lisbon."}]


def per_token(host: EngineHost, params: SamplingParams) -> tuple[float, int]:
    done = host.complete(ASK, params)  # type: ignore[arg-type]
    n = max(1, done.completion_tokens - 1)  # the first token comes out of the prompt
    return done.generation_seconds / n, done.completion_tokens


def grammar_cost(host: EngineHost, rounds: int) -> None:
    called: list[float] = []
    described: list[float] = []  # the same prompt (tools described), tool_choice none
    bare: list[float] = []  # no tools at all: a shorter prompt
    tokens = []
    for r in range(rounds):
        call = SamplingParams(
            temperature=0.8, seed=r, max_tokens=400, speculative=False,
            tools=to_json([NOTE]), tool_choice="required", parallel_tool_calls=False,
        )  # fmt: skip
        _s, n = per_token(host, call)  # the call's length (the same seed: the same call)
        tokens.append(n)
        # The same length of free text, no grammar: with the same prompt (what the
        # grammar alone costs), and without the tools. Side by side, in turns.
        free = SamplingParams(
            temperature=0.8, seed=r, max_tokens=n, ignore_eos=True, speculative=False
        )
        runs = [
            (called, call),
            (described, replace(free, tools=to_json([NOTE]), tool_choice="none")),
            (bare, free),
        ]
        for out, params in runs if r % 2 == 0 else runs[::-1]:
            out.append(per_token(host, params)[0])
    c, d, b = (statistics.median(x) for x in (called, described, bare))
    # Each round's own ratio: the three ran within a second of each other, so the
    # machine's drift (up to 30% over minutes) cancels out.
    same = statistics.median(x / y for x, y in zip(called, described, strict=True))
    shorter = statistics.median(x / y for x, y in zip(called, bare, strict=True))
    print(
        f"grammar: a tool call {c * 1000:.2f} ms/token (median of {rounds}, "
        f"{statistics.median(tokens):.0f} tokens); free text of the same prompt (tools "
        f"described, tool_choice none) {d * 1000:.2f} ms/token, without the tools "
        f"{b * 1000:.2f} ms/token"
    )
    print(f"         ratio {same:.3f}x against the same prompt (target <= 1.10; per round)")
    print(f"         ratio {shorter:.3f}x against a prompt without the tools (longer context)")


def around_a_call(host: EngineHost, rounds: int) -> None:
    marks: dict[str, float] = {}
    reused: list[int] = []

    def stream(messages: Sequence[ChatMessage], params: SamplingParams) -> Iterator[StreamItem]:
        marks.setdefault("asked_again", time.perf_counter()) if "tool_done" in marks else None
        for item in host.stream(messages, params):
            if isinstance(item, Completion):
                marks.setdefault("answer_done", time.perf_counter())
                reused.append(item.reused_tokens)
            yield item

    calc = calculator()

    def timed(args: dict[str, Any]) -> str:
        marks.setdefault("tool_started", time.perf_counter())
        out = calc.run(args)
        marks["tool_done"] = time.perf_counter()
        return out

    tool = Tool(calc.spec, timed)
    before, after = [], []
    for r in range(rounds):
        marks.clear()
        reused.clear()
        params = SamplingParams(temperature=0.7, seed=r, max_tokens=60, tool_choice="required")
        items = list(
            run_tools(
                stream,
                [{"role": "user", "content": f"What is {r + 12} * 11? Use the calculator."}],
                params,
                [tool],
                HERMES,
                lambda c, t: True,
                max_steps=1,
            )
        )
        if not any(isinstance(i, CallEvent) and i.ok for i in items) or "asked_again" not in marks:
            continue
        before.append(marks["tool_started"] - marks["answer_done"])
        after.append(marks["asked_again"] - marks["tool_done"])
    print(
        f"around a call ({len(before)} of {rounds} rounds called): answer done -> tool started "
        f"{statistics.median(before) * 1000:.1f} ms (max {max(before) * 1000:.1f}); tool done -> "
        f"model asked again {statistics.median(after) * 1000:.2f} ms (max {max(after) * 1000:.2f}) "
        "(targets <= 50 ms)"
    )
    print(f"         the second step's prompt reused {reused[-1] if reused else 0} cached tokens")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=8)
    args = ap.parse_args()
    model = starter_model_path()
    assert model is not None, "the starter model is required"
    with EngineHost(LoadOptions(n_ctx=4096, n_threads=2, parallel=1)) as host:
        host.load(str(model))
        host.complete(ASK, SamplingParams(max_tokens=8))  # warm-up  # type: ignore[arg-type]
        grammar_cost(host, args.rounds)
        around_a_call(host, args.rounds)


if __name__ == "__main__":
    main()
