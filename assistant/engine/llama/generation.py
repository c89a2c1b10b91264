"""One answer's tokens after its prompt, as a step of a shared batch: sample, and, with a
prompt-lookup draft (engine/drafts.py), verify several tokens in one step and keep the
ones the sampler picks itself. Every real token is sampled once, in order, from the
logits of exactly the tokens before it, so the answer is the one decoding one token at a
time gives (up to the rounding of batch layouts: engine/llama/batcher.py)."""

from __future__ import annotations

import codecs
import ctypes
from collections.abc import Callable
from typing import Any

import llama_cpp as lc

from assistant.engine.backend import SamplingParams
from assistant.engine.drafts import PromptLookup
from assistant.engine.llama.sampler import make_sampler


class Generation:
    """The sampler chain, detokeniser and draft state of one answer in sequence ``seq``;
    ``cached`` is that sequence's token list, kept up to date. ``finish`` is "" while
    the answer runs, then "stop", "length" or "cancelled"."""

    def __init__(
        self,
        ctx: Any,
        vocab: Any,
        params: SamplingParams,
        piece: Any,
        limit: int,
        lookup: PromptLookup | None,
        cancelled: Callable[[], bool],
        shown_special: frozenset[int] = frozenset(),
    ) -> None:
        """``limit``: tokens at most; ``shown_special``: special tokens whose text is
        kept (reasoning markers)."""
        self.ctx, self.vocab, self.params = ctx, vocab, params
        self.lookup, self.limit, self.cancelled = lookup, limit, cancelled
        self._shown_special = shown_special
        self._piece: ctypes.Array[ctypes.c_char] = piece
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._sampler = make_sampler(vocab, params)
        self.seq = 0
        self.cached: list[int] = []
        self.finish = ""
        self.produced = 0
        self.tok = -1  # sampled, not yet decoded
        self.draft: list[int] = []

    def start(self, row: int) -> list[str]:
        """The first token, from the prompt's last row of the step just decoded."""
        self.tok = self._sampler.sample(self.ctx, row)
        return self._take_pending()

    def rows(self, drafting: bool) -> list[int]:
        """The tokens this answer puts in the next step: its pending token, and a draft
        of what may follow when ``drafting``."""
        self.draft = []
        if drafting and self.lookup is not None:
            self.draft = self.lookup.draft(self.limit - self.produced)
        return [self.tok, *self.draft]

    def after(self, first: int) -> list[str]:
        """Text decided by the step that decoded :meth:`rows` from batch row ``first``;
        drafted tokens are kept while the sampler picks them itself, one row at a time."""
        ctx, sampler, cached, draft = self.ctx, self._sampler, self.cached, self.draft
        cached.append(self.tok)
        texts: list[str] = []
        row, tok = 0, sampler.sample(ctx, first)
        while row < len(draft) and tok == draft[row]:
            row += 1
            cached.append(tok)
            assert self.lookup is not None
            self.lookup.append(tok)
            text, stop = self._take(tok)
            if text:
                texts.append(text)
            if stop:
                self._end(stop, texts)
                break
            tok = sampler.sample(ctx, first + row)
        if draft:
            assert self.lookup is not None
            self.lookup.verified(len(draft), row)
            # The rejected rest of the draft leaves the cache.
            lc.llama_memory_seq_rm(lc.llama_get_memory(ctx), self.seq, len(cached), -1)
        if self.finish:
            return texts
        self.tok = tok
        return texts + self._take_pending()

    def cut(self, reason: str) -> list[str]:
        """End the answer here (the context is full, or it was cancelled)."""
        texts: list[str] = []
        self._end(reason, texts)
        return texts

    def _take_pending(self) -> list[str]:
        texts: list[str] = []
        text, stop = self._take(self.tok)
        if text:
            texts.append(text)
        if stop:
            self._end(stop, texts)
        elif self.lookup is not None:
            self.lookup.append(self.tok)
        return texts

    def _end(self, reason: str, texts: list[str]) -> None:
        self.finish = reason
        if tail := self._decoder.decode(b"", final=True):
            texts.append(tail)

    def _ends(self, tok: int) -> bool:
        return bool(lc.llama_vocab_is_eog(self.vocab, tok)) and not self.params.ignore_eos

    def _text(self, tok: int) -> str:
        special = tok in self._shown_special
        n = lc.llama_token_to_piece(self.vocab, tok, self._piece, len(self._piece), 0, special)
        return self._decoder.decode(self._piece.raw[:n]) if n > 0 else ""

    def _take(self, tok: int) -> tuple[str, str]:
        """Count a token: its text, and the reason to stop after it ("" to go on)."""
        self.produced += 1
        if self._ends(tok):
            return "", "stop"
        text = self._text(tok)
        if self.produced >= self.limit:
            return text, "length"
        return text, "cancelled" if self.cancelled() else ""

    def close(self) -> None:
        self._sampler.close()
