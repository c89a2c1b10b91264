"""LoRA adapters in the engine, on the real starter model with adapters written by
tests/fixtures/lora.py: an adapter changes the answer, scale 0 gives the bare model's,
answers under different adapters run at once and each is its own, the prefix cache is
not shared across adapter sets, and adapters that do not fit are refused clearly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine.backend import Completion, LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.ground.errors import UserError
from tests.conftest import TEST_CTX
from tests.fixtures.lora import write_lora

pytestmark = pytest.mark.slow

QUESTION = [{"role": "user", "content": "Name three colours of the rainbow."}]


@pytest.fixture(scope="module")
def host(starter: Path) -> Iterator[EngineHost]:
    h = EngineHost(LoadOptions(n_ctx=TEST_CTX, parallel=2))
    h.load(str(starter))
    yield h
    h.close()


@pytest.fixture(scope="module")
def lora(starter: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_lora(tmp_path_factory.mktemp("lora") / "style.gguf", starter)


def answer(host: EngineHost, *adapters: tuple[Path, float]) -> Completion:
    params = SamplingParams(
        temperature=0.0,
        max_tokens=24,
        remember=False,
        adapters=tuple((str(p), s) for p, s in adapters),
    )
    return host.complete(QUESTION, params)  # type: ignore[arg-type]


def test_an_adapter_changes_the_answer_and_scale_zero_is_the_bare_model(
    host: EngineHost, lora: Path
) -> None:
    bare = answer(host).text
    adapted = answer(host, (lora, 1.0)).text
    assert adapted != bare
    assert answer(host, (lora, 1.0)).text == adapted  # the same adapter, the same answer
    assert answer(host, (lora, 0.0)).text == bare
    half = answer(host, (lora, 0.5)).text
    assert half != adapted
    assert answer(host).text == bare  # nothing stays applied after


def test_answers_under_different_adapters_at_once_are_each_their_own(
    host: EngineHost, lora: Path, starter: Path, tmp_path: Path
) -> None:
    other = write_lora(tmp_path / "other.gguf", starter, seed=7)
    sets: list[tuple[tuple[Path, float], ...]] = [(), ((lora, 1.0),), ((other, 1.0),)]
    alone = [answer(host, *s).text for s in sets]
    assert len(set(alone)) == 3
    got: dict[int, str] = {}

    def run(i: int) -> None:
        got[i] = answer(host, *sets[i]).text

    work = [threading.Thread(target=run, args=(i,)) for i in range(3)]
    for t in work:
        t.start()
    for t in work:
        t.join(120)
    assert [got[i] for i in range(3)] == alone


def test_the_cache_is_not_shared_across_adapter_sets(host: EngineHost, lora: Path) -> None:
    params = SamplingParams(temperature=0.0, max_tokens=8, remember=False)
    long_question = [{"role": "user", "content": "Tell me about rivers. " * 20}]
    host.complete(long_question, params)  # type: ignore[arg-type]
    again = host.complete(long_question, params)  # type: ignore[arg-type]
    assert again.reused_tokens > 100
    adapted = SamplingParams(
        temperature=0.0, max_tokens=8, remember=False, adapters=((str(lora), 1.0),)
    )
    first = host.complete(long_question, adapted)  # type: ignore[arg-type]
    second = host.complete(long_question, adapted)  # type: ignore[arg-type]
    assert first.reused_tokens == 0  # the bare model's cache is not the adapter's
    # Reused, and still the adapter's answer (a prompt's last row read alone rounds
    # otherwise than in a whole prompt: engine/llama/batcher.py; an untrained random
    # adapter makes near-ties common, so only the start is compared).
    assert second.reused_tokens > 100 and second.text.split()[0] == first.text.split()[0]


def test_adapters_that_do_not_fit_are_refused_clearly(
    host: EngineHost, starter: Path, tmp_path: Path
) -> None:
    cases = {
        "made for another model": write_lora(tmp_path / "g.gguf", starter, architecture="gemma3"),
        "made for another model ": write_lora(tmp_path / "w.gguf", starter, wider=64),
        "not a LoRA adapter": starter,
        "cannot be read": tmp_path / "missing.gguf",
    }
    damaged = tmp_path / "cut.gguf"
    whole = write_lora(tmp_path / "whole.gguf", starter).read_bytes()
    damaged.write_bytes(whole[: len(whole) // 2])
    cases["damaged or incomplete"] = damaged
    for expected, path in cases.items():
        with pytest.raises(UserError, match=expected.strip()):
            answer(host, (path, 1.0))
    assert answer(host).text  # the engine lives on
