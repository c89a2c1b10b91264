"""Which sequence a request gets (engine/llama/slots.py), on a real llama.cpp context of
the starter model: the lowest free one among those holding nearly the most of its
prompt, so that busy sequences stay consecutive (llama.cpp computes only rows of
consecutive sequences together), unless another holds much more of the prompt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.engine.backends import load_backends
from assistant.engine.llama.slots import Slots
from assistant.engine.resume_cache import ResumeCache
from assistant.engine.state_files import StateKey


@pytest.fixture(scope="module")
def context(starter: Path) -> Iterator[Any]:
    import llama_cpp as lc

    load_backends()
    model = lc.llama_model_load_from_file(str(starter).encode(), lc.llama_model_default_params())
    cparams = lc.llama_context_default_params()
    cparams.n_seq_max, cparams.kv_unified, cparams.n_ctx = 4, False, 4 * 256
    ctx = lc.llama_init_from_model(model, cparams)
    assert ctx
    yield model, ctx
    lc.llama_free(ctx)
    lc.llama_model_free(model)


def test_busy_sequences_stay_consecutive(context: Any) -> None:
    model, ctx = context
    slots = Slots(ctx, model, 4, ResumeCache(), StateKey("m", "b", "c"))
    prompt = list(range(10, 40))
    taken = [slots.take(prompt) for _ in range(3)]
    assert [s.seq for s in taken if s] == [0, 1, 2]
    for slot in taken:
        assert slot is not None
        slots.begin(slot, prompt)
        slot.tokens.extend(prompt)  # as if the prompt had been read
    slots.release(taken[1])  # the middle answer ends first
    again = slots.take([*range(10, 20), 7, 7, 7])
    assert again is not None and again.seq == 1  # fills the gap, not sequence 3
    assert slots.take([1, 2, 3]) is not None
    assert slots.take([1, 2, 3]) is None  # all four busy


def test_a_sequence_holding_much_more_of_the_prompt_wins(context: Any) -> None:
    model, ctx = context
    slots = Slots(ctx, model, 4, ResumeCache(), StateKey("m", "b", "c"))
    long_chat = list(range(100, 200))
    first, second = slots.take([1]), slots.take(long_chat)
    assert first is not None and second is not None and second.seq == 1
    second.tokens = long_chat[:80]  # the conversation so far, in sequence 1
    slots.release(first)
    slots.release(second)
    # The conversation goes on: sequence 1 holds 80 tokens of it, 0 none.
    follow = slots.take([*long_chat, 5, 6])
    assert follow is not None and follow.seq == 1
