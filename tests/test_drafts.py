"""Prompt-lookup drafting (engine/drafts.py): which tokens it proposes, how long a draft
it dares on a given machine, and when it stops. Token ids stand for words here; the
engine's tests (test_speculative.py) use the real model."""

from __future__ import annotations

from assistant.engine.drafts import MAX_DRAFT, DecodeCosts, PromptLookup


def cheap() -> DecodeCosts:
    """A machine where a batch costs hardly more than one token (a GPU, say)."""
    costs = DecodeCosts()
    for n in range(1, MAX_DRAFT + 2):
        costs.observe(n, 1.0 + 0.01 * n)
    return costs


def copying(lookup: PromptLookup) -> PromptLookup:
    """As if this answer's drafts had all been right so far."""
    for _ in range(4):
        lookup.verified(10, 10)
    return lookup


def test_the_longest_recent_match_is_drafted() -> None:
    #          0  1  2  3  4  5  6  7  8  9
    prompt = [1, 2, 3, 4, 5, 9, 2, 3, 7, 8]
    # "1 2" occurred once, followed by 3 4 5 9 ...
    assert copying(PromptLookup([*prompt, 1, 2], cheap())).draft(4) == [3, 4, 5, 9]
    # "2 3" occurred twice: the latest occurrence wins (7 8), as far as it goes.
    assert copying(PromptLookup([*prompt, 2, 3], cheap())).draft(6) == [7, 8, 2, 3]


def test_longer_ngrams_win_over_shorter_ones() -> None:
    tokens = [7, 2, 3, 40, 41, 9, 2, 3, 60, 61, 8, 7, 2, 3]
    # "7 2 3" occurred at the start (then 40 41); "2 3" most recently before 60 61.
    assert copying(PromptLookup(tokens, cheap())).draft(2) == [40, 41]


def test_no_match_no_draft_and_room_limits() -> None:
    assert PromptLookup([1, 2, 3, 4], cheap()).draft(8) == []
    lookup = copying(PromptLookup(list(range(30)) + list(range(5)), cheap()))
    assert lookup.draft(100) == list(range(5, 5 + MAX_DRAFT))
    assert lookup.draft(3) == [5, 6, 7]
    # Unproven drafts on a cheap machine: a few tokens, not the most it could.
    assert 2 <= len(PromptLookup(list(range(30)) + list(range(5)), cheap()).draft(100)) <= 6


def test_on_a_cpu_drafts_wait_for_evidence_that_they_are_right() -> None:
    costs = DecodeCosts()
    costs.observe(1, 6.0)
    for n, rel in ((2, 2.0), (3, 2.6), (5, 3.8), (7, 4.0)):
        costs.observe(n, 6.0 * rel)
    lookup = PromptLookup(list(range(40)) + list(range(5)), costs)  # repeating, 5 in
    assert lookup.draft(10) == []  # a 2-token batch costs 2 tokens: guesses do not pay
    copying(lookup)  # this answer copies: every drafted token kept
    assert lookup.acceptance > 0.9
    assert len(lookup.draft(10)) == 6  # long drafts: a batch of 7 costs 4, not 7
    for _ in range(6):
        lookup.verified(10, 0)  # now it writes anew
    assert lookup.acceptance < 0.8 and lookup.draft(10) == []


def test_a_long_match_is_tried_now_and_then() -> None:
    costs = DecodeCosts()
    lookup = PromptLookup([5, 6, 7, 8, 9, 10, 11, 12], costs)
    for _ in range(6):
        lookup.verified(4, 0)
    assert lookup.draft(8) == []
    for t in range(100, 164):  # 64 tokens with no match and no draft
        lookup.append(t)
    for t in (5, 6, 7):
        lookup.append(t)
    assert lookup.draft(8) == [8, 9, 10, 11]  # a probe of 4 after a 3-token match
    assert lookup.draft(8) == []  # ...and not again at once
    assert lookup.stats.batches == 6 and lookup.stats.drafted == 24
