"""Reasoning blocks in streamed answers (assistant/engine/reasoning.py): markers split across
pieces, blocks the prompt opened, unclosed blocks, stray and nested tags."""

from __future__ import annotations

import itertools

import pytest

from assistant.engine.reasoning import ReasoningSplitter, split_reasoning

ANSWER = "<think>\nThe user wants a colour. Blue is common.\n</think>\n\nBlue."


def stream(text: str, sizes: list[int], inside: bool = False) -> tuple[str, str]:
    splitter = ReasoningSplitter(inside)
    pieces, i = [], 0
    for size in itertools.cycle(sizes):
        if i >= len(text):
            break
        pieces += splitter.feed(text[i : i + size])
        i += size
    pieces += splitter.finish()
    reasoning = "".join(t for part, t in pieces if part == "reasoning")
    answer = "".join(t for part, t in pieces if part == "answer")
    assert (reasoning, answer) == (splitter.split.reasoning, splitter.split.answer)
    return reasoning, answer


@pytest.mark.parametrize("sizes", [[1], [2], [3], [5, 1], [7], [len(ANSWER)]])
def test_markers_split_across_pieces(sizes: list[int]) -> None:
    reasoning, answer = stream(ANSWER, sizes)
    assert reasoning == "\nThe user wants a colour. Blue is common.\n"
    assert answer == "Blue."


def test_no_block_is_all_answer_untouched() -> None:
    for sizes in ([1], [4], [100]):
        assert stream("\n\nHello <b>there</b>.", sizes) == ("", "\n\nHello <b>there</b>.")
    assert stream("<thinking is fun", [3]) == ("", "<thinking is fun")
    assert stream("<th", [1]) == ("", "<th")  # held back, then given back at the end


def test_a_block_the_prompt_opened() -> None:
    text = "Weighing options.</think>Pick blue."
    assert stream(text, [4], inside=True) == ("Weighing options.", "Pick blue.")


def test_an_unclosed_block_is_all_reasoning() -> None:
    assert stream("<think>Still thinking about it </thi", [3]) == (
        "Still thinking about it </thi",
        "",
    )


def test_stray_and_nested_tags() -> None:
    # A tag later in the answer is the answer's own text.
    assert stream("Use <think> tags.</think> ok", [2]) == ("", "Use <think> tags.</think> ok")
    # Inside a block a nested opener is text; the first closer ends the block.
    assert stream("<think>a <think> b</think>c</think>", [3]) == ("a <think> b", "c</think>")
    # Whitespace before the block is not the answer.
    assert split_reasoning("  \n<think>x</think>y").answer == "y"
    assert split_reasoning("<think></think>\n\nDone.").answer == "Done."


def test_a_models_own_markers_become_think_tags_even_in_pieces() -> None:
    from assistant.engine.reasoning import MarkerTranslator, markers_in

    template = "{{ '<|START_THINKING|>' }}{{ x.split('<|END_THINKING|>') }}"
    markers = markers_in(template)
    assert markers == ("<|START_THINKING|>", "<|END_THINKING|>")
    assert markers_in("{{ '<think>' }}") == ("<think>", "</think>")
    t = MarkerTranslator(markers)
    pieces = ["<|START_", "THINKING|>Let me", " see.<|END_THI", "NKING|>", "Five.", "<|END"]
    out = "".join(t.feed(p) for p in pieces) + t.finish()
    assert out == "<think>Let me see.</think>Five.<|END"
    plain = MarkerTranslator(("<think>", "</think>"))
    assert plain.feed("<thi") == "<thi"  # the usual markers pass through untouched
