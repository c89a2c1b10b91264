"""Cutting documents into passages (the logic alone: tokens counted as words here; the
real embedding model's counts are used in tests/test_doc_collections.py)."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from assistant.documents.loaders import Block
from assistant.documents.passages import Passage, passages


def words(texts: list[str]) -> list[int]:
    return [len(t.split()) for t in texts]


def document(blocks: list[Block]) -> str:
    """The text passages' offsets point into: paragraphs joined by a blank line."""
    return "\n\n".join(b.text for b in blocks)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_nothing_lost(blocks: list[Block], cut: list[Passage], size: int) -> None:
    doc = document(blocks)
    covered = [False] * len(doc)
    for p in cut:
        assert p.tokens <= size, p
        # A passage is the document's text between its offsets (spacing aside).
        assert squeeze(p.text) == squeeze(doc[p.start : p.end]), p
        for i in range(p.start, p.end):
            covered[i] = True
    lost = "".join(c for c, seen in zip(doc, covered, strict=True) if not seen and not c.isspace())
    assert lost == "", f"text in no passage: {lost[:200]!r}"


REAL = [
    Block(
        "llama.cpp supports three backends on Snapdragon-based devices: CPU, Adreno GPU "
        "(GPUOpenCL), and Hexagon NPU.\nYou can select which backend(s) to run the model on "
        "using the `--device` option of the tool (or `--devices` option in `run.py`)."
    ),
    Block("The rent is 1.200 euros (approx. 1,300 USD), due on the 1st, e.g. 01.02.2025."),
    Block("Version 3.14.1 fixed it!? See https://example.com/a.b?c=d... Then stop."),
    Block("模型在本地运行。无需网络！可以吗？可以"),
    Block("a.. b?.c !end ..."),
]


def test_no_text_is_lost_at_marks_inside_words() -> None:
    cut = list(passages(REAL, words, size=12, overlap=3))
    check_nothing_lost(REAL, cut, 12)
    joined = " ".join(p.text for p in cut)
    for kept in ("llama.cpp supports", "`run.py`).", "1.200 euros", "e.g. 01.02.2025.",
                 "3.14.1", "example.com/a.b?c=d...", "a.. b?.c"):  # fmt: skip
        assert kept in joined, kept


@pytest.mark.parametrize("seed", range(30))
def test_random_text_is_covered_whole_in_passages_within_the_size(seed: int) -> None:
    rnd = random.Random(seed)
    alphabet = ["word", "x.y", "3.5", "e.g.", "end.", "why?", "wow!", "…", "a\nb", "。", "！",
                "..", "?!", "(see", "it)", "—", "ünïcödé", "https://a.b/c.d"]  # fmt: skip
    blocks = [
        Block(
            " ".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 120))),
            page=rnd.choice([None, 1, 2]),
        )
        for _ in range(rnd.randint(1, 6))
    ]
    blocks.sort(key=lambda b: b.page or 0)
    size = rnd.choice([8, 16, 40])
    check_nothing_lost(blocks, list(passages(blocks, words, size=size, overlap=size // 4)), size)


def test_passages_overlap_keep_pages_and_headings_apart() -> None:
    sentences = " ".join(f"Sentence number {i} says something." for i in range(30))
    blocks = [Block(sentences, page=1, heading="Intro"), Block(sentences, page=2, heading="Next")]
    cut = list(passages(blocks, words, size=20, overlap=5))
    assert {p.page for p in cut} == {1, 2}
    for a, b in itertools.pairwise(cut):
        if a.page == b.page:
            assert b.start < a.end  # the next one repeats the end of this one
            assert b.text.split(".")[0] in a.text
        else:
            assert b.start > a.end  # nothing carried over a page break
    assert all(p.heading == ("Intro" if p.page == 1 else "Next") for p in cut)


def test_a_sentence_longer_than_a_passage_is_cut_at_words_and_a_huge_word_at_characters() -> None:
    long_sentence = " ".join(f"w{i}" for i in range(100)) + "."
    blob = "A" * 5000
    blocks = [Block(long_sentence), Block(blob)]

    def count(texts: list[str]) -> list[int]:  # about 4 characters per token, as BPE
        return [max(len(t.split()), len(t) // 4) for t in texts]

    cut = list(passages(blocks, count, size=16, overlap=4))
    check_nothing_lost(blocks, cut, 16)
    assert all(" " not in p.text or p.text.startswith("w") for p in cut)
