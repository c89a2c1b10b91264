"""Prompt-lookup drafts for speculative decoding: answers that proofread, rewrite,
extract or edit repeat long runs of their input, so the tokens that followed the last
earlier occurrence of the sequence's latest n tokens are a good guess of what comes
next. The engine verifies a draft in one batch and keeps the part the sampler agrees
with (engine/llama/token_loop.py), so drafts change the speed, never the answer.

Whether a draft pays depends on the hardware: on a 2-core CPU a batch of 2 tokens
costs about as much as 2 single decodes, 7 tokens about 5 (bench/speculative.py).
So the engine learns what batches cost on this machine (:class:`DecodeCosts`) and how
often this answer's drafts are right, and drafts only as many tokens as are expected to
save time (:class:`PromptLookup`); plain chat, where drafts miss, pays almost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_NGRAM = 2  # a one-token match guesses wrong too often
MAX_NGRAM = 4
# A draft and its token decode as at most 7 rows: from 8 rows on, llama.cpp's CPU build
# computes some rows differently from one-token decoding (Gemma 3 Q4_K_M: logits off by
# up to 0.7, measured); up to 7 rows matched it bit for bit.
MAX_DRAFT = 6
# Before a size is measured: decode cost of n tokens over one token's (2 cores, measured).
_PRIOR = [1.0, 1.0, 2.0, 2.6, 3.0, 3.8, 4.3, 4.9]
_PRIOR_ACCEPT = 0.6  # per drafted token, until this answer's drafts have been checked
_PROBE_EVERY = 64  # tokens without drafting before one more try


@dataclass
class DraftStats:
    """What drafting did in one answer."""

    drafted: int = 0  # draft tokens sent for verification
    accepted: int = 0  # of those, the ones the sampler agreed with
    batches: int = 0


@dataclass
class DecodeCosts:
    """Seconds per decode of n tokens on this machine and model, learned as it runs
    (kept while the model stays loaded)."""

    seconds: dict[int, float] = field(default_factory=dict)

    def observe(self, n: int, seconds: float) -> None:
        old = self.seconds.get(n)
        self.seconds[n] = seconds if old is None else 0.8 * old + 0.2 * seconds

    def relative(self, n: int) -> float:
        """Cost of decoding n tokens in one batch over decoding one."""
        one, many = self.seconds.get(1), self.seconds.get(n)
        if one and many:
            return max(1.0, many / one)
        return _PRIOR[min(n, len(_PRIOR) - 1)]


class PromptLookup:
    """Finds drafts in the prompt and the answer so far (longest n-gram first, most
    recent occurrence) and sizes them by expected gain."""

    def __init__(self, tokens: list[int], costs: DecodeCosts | None = None) -> None:
        self.tokens: list[int] = []
        self.costs = costs or DecodeCosts()
        # n-gram -> the index just after its latest occurrence that has a successor
        self._next: dict[tuple[int, ...], int] = {}
        # Evidence about this answer's drafts: tokens accepted, drafts cut short.
        self._kept, self._cut = _PRIOR_ACCEPT * 4, (1 - _PRIOR_ACCEPT) * 4
        self._idle = 0  # tokens since the last draft
        self.stats = DraftStats()
        for t in tokens:
            self.append(t)

    @property
    def acceptance(self) -> float:
        """Estimated chance that the next drafted token is kept."""
        return self._kept / (self._kept + self._cut)

    def append(self, token: int) -> None:
        toks = self.tokens
        toks.append(token)
        end = len(toks) - 1  # the n-grams ending just before ``token`` now have a successor
        for n in range(MIN_NGRAM, MAX_NGRAM + 1):
            if end >= n:
                self._next[tuple(toks[end - n : end])] = end
        self._idle += 1

    def draft(self, room: int) -> list[int]:
        """Up to ``room`` tokens that may come next, as many as pay on this machine;
        [] when nothing matches or no draft is expected to save time."""
        found, n = self._match(min(room, MAX_DRAFT))
        if not found:
            return []
        k = self._best_length(len(found))
        if k == 0 and self._idle >= _PROBE_EVERY and n >= 3:
            k = min(len(found), 4)  # a long match: check whether drafts have become good
        if k:
            self._idle = 0
        return found[:k]

    def _match(self, room: int) -> tuple[list[int], int]:
        """What followed the longest recent match, and the match's length."""
        toks = self.tokens
        for n in range(MAX_NGRAM, MIN_NGRAM - 1, -1):
            if len(toks) >= n:
                start = self._next.get(tuple(toks[-n:]))
                if start is not None:
                    return toks[start : start + room], n
        return [], 0

    def _best_length(self, most: int) -> int:
        """The draft length with the most expected tokens per unit of time, or 0 when
        decoding one token at a time is expected to be faster."""
        a = self.acceptance
        best, best_rate = 0, 1.0  # one token per single decode
        expected, p = 1.0, 1.0  # tokens from a batch: the sampled one plus kept drafts
        for k in range(1, most + 1):
            p *= a
            expected += p
            rate = expected / self.costs.relative(k + 1)
            if rate > best_rate * 1.02:  # a small margin for what the estimates miss
                best, best_rate = k, rate
        return best

    def verified(self, drafted: int, accepted: int) -> None:
        """Record how a draft fared (a run of kept tokens, then possibly a miss)."""
        self.stats.drafted += drafted
        self.stats.accepted += accepted
        self.stats.batches += 1
        # Older evidence fades: an answer can move from copying to writing anew.
        self._kept = 0.9 * self._kept + accepted
        self._cut = 0.9 * self._cut + (1 if accepted < drafted else 0)
