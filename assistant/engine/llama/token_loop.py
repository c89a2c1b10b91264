"""One answer's token loop: sample, decode, and, with a prompt-lookup draft
(engine/drafts.py), verify several tokens in one batch and keep the ones the sampler
picks itself. Every real token is sampled once, in order, from the logits of exactly
the tokens before it, so the answer is the one decoding one token at a time gives (the
build keeps the numbers identical: scripts/build_llama.sh)."""

from __future__ import annotations

import codecs
import ctypes
import time
from collections.abc import Iterator
from typing import Any

import llama_cpp as lc

from assistant.engine.backend import CancelCheck, SamplingParams
from assistant.engine.drafts import MAX_DRAFT, PromptLookup
from assistant.engine.llama.sampler import make_sampler


class TokenLoop:
    """Generates after a prefilled prompt; ``cached`` (the tokens in the KV cache) is
    kept up to date. ``finish`` and ``produced`` tell how it ended."""

    def __init__(
        self,
        ctx: Any,
        vocab: Any,
        cached: list[int],
        params: SamplingParams,
        piece: Any,
        shown_special: frozenset[int] = frozenset(),
    ) -> None:
        """``shown_special``: special tokens whose text is kept (reasoning markers)."""
        self.ctx, self.vocab, self.cached, self.params = ctx, vocab, cached, params
        self._shown_special = shown_special
        self._piece: ctypes.Array[ctypes.c_char] = piece
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.finish = "length"
        self.produced = 0

    def _ends(self, tok: int) -> bool:
        return bool(lc.llama_vocab_is_eog(self.vocab, tok)) and not self.params.ignore_eos

    def _text(self, tok: int) -> str:
        special = tok in self._shown_special
        n = lc.llama_token_to_piece(self.vocab, tok, self._piece, len(self._piece), 0, special)
        return self._decoder.decode(self._piece.raw[:n]) if n > 0 else ""

    def _decode(self, batch: Any, tokens: list[int]) -> bool:
        """Decode ``tokens`` after the cache, with logits for every row; False when the
        context is full."""
        base = len(self.cached)
        batch.n_tokens = len(tokens)
        for i, t in enumerate(tokens):
            batch.token[i], batch.pos[i], batch.n_seq_id[i] = t, base + i, 1
            batch.seq_id[i][0], batch.logits[i] = 0, 1
        return bool(lc.llama_decode(self.ctx, batch) == 0)

    def run(self, limit: int, cancel: CancelCheck, lookup: PromptLookup | None) -> Iterator[str]:
        """Text as it is decided, at most ``limit`` tokens."""
        sampler = make_sampler(self.vocab, self.params)
        batch = lc.llama_batch_init(MAX_DRAFT + 1, 0, 1)
        try:
            yield from self._loop(sampler, batch, limit, cancel, lookup)
        finally:
            lc.llama_sampler_free(sampler)
            lc.llama_batch_free(batch)
        if tail := self._decoder.decode(b"", final=True):
            yield tail

    def _loop(
        self, sampler: Any, batch: Any, limit: int, cancel: CancelCheck, lookup: PromptLookup | None
    ) -> Iterator[str]:
        ctx, cached = self.ctx, self.cached
        tok = lc.llama_sampler_sample(sampler, ctx, -1)
        while True:
            # ``tok`` is sampled, not yet decoded. It is decoded with a draft of what may
            # follow; drafted tokens are kept while the sampler picks them itself, one
            # row at a time.
            text, stop = self._take(tok, limit, cancel)
            if text:
                yield text
            if stop:
                self.finish = stop
                return
            draft: list[int] = []
            if lookup is not None:
                lookup.append(tok)
                draft = lookup.draft(limit - self.produced)
            t = time.perf_counter()
            if not self._decode(batch, [tok, *draft]):
                return  # the context is full: "length"
            if lookup is not None:
                lookup.costs.observe(1 + len(draft), time.perf_counter() - t)
            cached.append(tok)
            row, tok = 0, lc.llama_sampler_sample(sampler, ctx, 0)
            while row < len(draft) and tok == draft[row]:
                row += 1
                cached.append(tok)
                assert lookup is not None
                lookup.append(tok)
                text, stop = self._take(tok, limit, cancel)
                if text:
                    yield text
                if stop:
                    break
                tok = lc.llama_sampler_sample(sampler, ctx, row)
            if draft:
                assert lookup is not None
                lookup.verified(len(draft), row)
                # The rejected rest of the draft leaves the cache.
                lc.llama_memory_seq_rm(lc.llama_get_memory(ctx), 0, len(cached), -1)
            if stop:
                self.finish = stop
                return

    def _take(self, tok: int, limit: int, cancel: CancelCheck) -> tuple[str, str]:
        """Count a token: its text, and the reason to stop after it ("" to go on)."""
        self.produced += 1
        if self._ends(tok):
            return "", "stop"
        text = self._text(tok)
        if self.produced >= limit:
            return text, "length"
        return text, "cancelled" if cancel() else ""
