"""Speculative decoding on the real model: drafts change the speed, never the answer.
Greedy answers across the presets are identical with drafts and without; seeded
sampling draws the same answers (the same distribution, the same random numbers);
grammars still hold; the API and the store carry the figures."""

from __future__ import annotations

import inspect
import json
from dataclasses import replace

import pytest

from assistant.engine.backend import ChatMessage, SamplingParams
from assistant.engine.host import EngineHost
from assistant.presets import PresetLibrary
from assistant.presets.preset import Preset
from tests.fixtures.same_start import answer


def texts() -> list[str]:
    """Real public text: paragraphs of standard-library docstrings."""
    import argparse
    import collections
    import functools
    import json as json_module
    import shlex
    import textwrap

    objs = [json_module, textwrap.dedent, functools.lru_cache, shlex.split]
    objs += [collections.Counter, argparse.ArgumentParser.add_argument]
    return [" ".join((inspect.getdoc(o) or "").split())[:300] for o in objs]


def code() -> list[str]:
    import fnmatch
    import shlex
    import textwrap

    return [inspect.getsource(f) for f in (shlex.quote, textwrap.indent, fnmatch.filter)]


def prompts(presets: PresetLibrary) -> list[tuple[list[ChatMessage], SamplingParams]]:
    """54 prompts across the presets, on real inputs."""
    out = []

    def add(preset: Preset, text: str, variables: dict[str, str] | None = None) -> None:
        r = preset.render(text, variables or {})
        out.append((r.messages, replace(r.params, max_tokens=64)))

    for t in texts():
        for pid in ("proofread", "rewrite", "summarize", "key-points", "translate", "chat"):
            add(presets.get(pid), t)
        add(presets.get("extract"), t, {"fields": "subject, parameters, errors"})
        add(presets.get("answer-from-text"), t, {"question": "What does it return?"})
    for c in code():
        for pid in ("explain-code", "write-code"):
            add(presets.get(pid), f"Add a docstring to this function:\n```python\n{c}```")
    return out


@pytest.fixture(scope="module")
def presets(tmp_path_factory: pytest.TempPathFactory) -> PresetLibrary:
    return PresetLibrary(tmp_path_factory.mktemp("user-presets"))


def test_greedy_answers_are_identical_with_and_without_drafts(
    engine: EngineHost, presets: PresetLibrary
) -> None:
    cases = prompts(presets)
    assert len(cases) >= 50
    drafted = accepted = 0
    for messages, params in cases:
        greedy = replace(params, temperature=0.0)
        plain = answer(engine, messages, replace(greedy, speculative=False))
        fast = answer(engine, messages, replace(greedy, speculative=True))
        assert fast.text == plain.text, messages[-1]["content"][:80]
        assert fast.completion_tokens == plain.completion_tokens
        assert fast.finish_reason == plain.finish_reason
        assert plain.drafted == 0
        drafted, accepted = drafted + fast.drafted, accepted + fast.accepted
    assert drafted > 0 and accepted > 0  # the drafts were really there, and some kept


def test_seeded_sampling_draws_the_same_answers(engine: EngineHost, presets: PresetLibrary) -> None:
    for i, (messages, params) in enumerate(prompts(presets)[:12]):
        hot = replace(params, temperature=0.8, seed=100 + i, max_tokens=48)
        plain = answer(engine, messages, replace(hot, speculative=False))
        fast = answer(engine, messages, replace(hot, speculative=True))
        assert fast.text == plain.text


def test_copying_answers_draft_and_keep_tokens(engine: EngineHost) -> None:
    text = " ".join(texts()[:2])
    messages: list[ChatMessage] = [
        {"role": "system", "content": "Repeat the user's text exactly, word for word."},
        {"role": "user", "content": text},
    ]
    done = answer(engine, messages, SamplingParams(temperature=0.0, max_tokens=96))
    assert done.drafted > 0 and done.accepted > 0


def test_a_grammar_still_holds_with_drafts(engine: EngineHost) -> None:
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string", "maxLength": 20}, "age": {"type": "integer"}},
        "required": ["name", "age"],
    }
    messages: list[ChatMessage] = [
        {"role": "user", "content": 'Anna is 31. Answer as JSON like {"name": "Anna", ...}'}
    ]
    for seed in range(4):
        params = SamplingParams(
            json_schema=json.dumps(schema), temperature=0.7, seed=seed, speculative=True
        )
        done = answer(engine, messages, params)
        value = json.loads(done.text)
        assert isinstance(value["name"], str) and isinstance(value["age"], int)


def test_the_engine_setting_applies_when_a_request_does_not_say(engine: EngineHost) -> None:
    messages: list[ChatMessage] = [
        {"role": "system", "content": "Repeat the user's text exactly."},
        {"role": "user", "content": texts()[0]},
    ]
    params = SamplingParams(temperature=0.0, max_tokens=48)
    before = engine.options
    try:
        engine.options = replace(before, speculative=False)
        assert answer(engine, messages, params).drafted == 0
        engine.options = replace(before, speculative=True)
        assert answer(engine, messages, params).drafted > 0
    finally:
        engine.options = before


def test_a_sliding_window_model_is_not_drafted_for(gemma, presets: PresetLibrary) -> None:  # type: ignore[no-untyped-def]
    """Gemma 3 caches most layers in a sliding window whose cells are reused in another
    order after a rejected draft, which changed answers (measured): no drafts there."""
    host = EngineHost()
    host.load(str(gemma))
    try:
        for messages, params in prompts(presets)[::9]:
            greedy = replace(params, temperature=0.0, max_tokens=48)
            plain = answer(host, messages, replace(greedy, speculative=False))
            asked = answer(host, messages, replace(greedy, speculative=True))
            assert asked.text == plain.text and asked.drafted == 0
    finally:
        host.close()
