"""The sequences of a llama.cpp context: each holds the tokens of its last request in the
KV cache, reused as a prefix by the next request that starts the same way, or replaced
by a saved state of a conversation that shares more of it (engine/resume_cache.py).
A sequence's cache holds what the model computed under one set of LoRA adapters: only a
request under the same set reuses it (``adapters``, the set's key)."""

from __future__ import annotations

import array
import logging
from dataclasses import replace
from typing import Any

import llama_cpp as lc

from assistant.engine.llama.saved_state import restore, snapshot
from assistant.engine.resume_cache import MIN_TOKENS, ResumeCache, common_prefix
from assistant.engine.state_files import StateKey

log = logging.getLogger(__name__)

# A saved state is restored when it holds this many more of the prompt than the cache.
_RESUME_GAIN = 32
# Reading this many more prompt tokens costs less than a gap between busy sequences.
_CHEAP_TOKENS = 32


def shared_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class Slot:
    """One sequence of the context: ``tokens`` are its cached tokens, in order."""

    def __init__(self, seq: int) -> None:
        self.seq = seq
        self.tokens: list[int] = []
        self.adapters = ""  # the adapter set the cached tokens were computed under
        self.busy = False


class Slots:
    """The context's sequences, and the saved states they resume from."""

    def __init__(
        self, ctx: Any, model: Any, count: int, states: ResumeCache, key: StateKey
    ) -> None:
        self._ctx, self._model = ctx, model
        self._mem = lc.llama_get_memory(ctx)
        self._states, self._key = states, key
        self.all = [Slot(i) for i in range(count)]

    def free(self) -> list[Slot]:
        return [s for s in self.all if not s.busy]

    def take(self, tokens: list[int], adapters: str = "") -> Slot | None:
        """A free sequence for a prompt: of those holding nearly the most of it, the
        lowest numbered; None when all are busy.

        Low numbers first keep the busy sequences consecutive: llama.cpp computes rows of
        consecutive sequence numbers together, and each gap costs another pass over the
        weights in every step (engine/llama/batcher.py)."""
        free = self.free()
        if not free:
            return None
        shared = {
            s.seq: shared_prefix(s.tokens, tokens) if s.adapters == adapters else 0 for s in free
        }
        best = max(shared.values())
        slot = min((s for s in free if shared[s.seq] >= best - _CHEAP_TOKENS), key=lambda s: s.seq)
        slot.busy = True
        return slot

    def begin(self, slot: Slot, tokens: list[int], adapters: str = "") -> int:
        """Make ``slot`` hold the longest prefix of ``tokens`` it can (its own cache or a
        saved state) under the adapter set ``adapters``; returns how many it holds. The
        last token is always left to decode, for its logits."""
        if slot.adapters != adapters:
            self.clear(slot)
            slot.adapters = adapters
        common = self._resume(slot, tokens, shared_prefix(slot.tokens, tokens))
        common = min(common, len(tokens) - 1)
        if 0 < common < len(slot.tokens):
            # A sliding-window cache only keeps the last window of positions: going back
            # further than what it holds means processing the prompt again.
            n_swa = max(1, int(lc.llama_model_n_swa(self._model)))
            if lc.llama_memory_seq_pos_min(self._mem, slot.seq) > max(0, common - n_swa):
                common = 0
        lc.llama_memory_seq_rm(self._mem, slot.seq, common, -1)
        del slot.tokens[common:]
        return common

    def _resume(self, slot: Slot, tokens: list[int], common: int) -> int:
        key = self._state_key(slot.adapters)
        found = self._states.best(key, tokens, at_least=common + _RESUME_GAIN)
        if found is None:
            return common
        saved, state = found
        if not restore(self._ctx, state, slot.seq):
            log.warning("llama.cpp refused a saved state of %d tokens; forgotten", len(saved))
            self._states.forget(key, saved)
            slot.tokens = []
            return 0
        slot.tokens = saved.tolist()
        return common_prefix(saved, array.array("i", tokens))

    def _state_key(self, adapters: str) -> StateKey:
        """Saved states of a sequence under adapters are theirs alone."""
        if not adapters:
            return self._key
        return replace(self._key, context=f"{self._key.context} lora={adapters}")

    def clear(self, slot: Slot) -> None:
        """Empty a sequence (after a failed or aborted decode its cells are unknown)."""
        lc.llama_memory_seq_rm(self._mem, slot.seq, -1, -1)
        slot.tokens = []

    def release(self, slot: Slot) -> None:
        slot.busy = False

    def park(self, slot: Slot) -> tuple[list[int], bytearray | None]:
        """Copy a sequence out (its request is paused for a more urgent one) and free it."""
        tokens, state = slot.tokens, snapshot(self._ctx, slot.seq) if slot.tokens else None
        self.clear(slot)
        self.release(slot)
        return tokens, state

    def unpark(
        self, slot: Slot, tokens: list[int], state: bytearray | None, adapters: str = ""
    ) -> bool:
        """Put a parked sequence back into ``slot``; False when it must be recomputed."""
        self.clear(slot)
        slot.adapters = adapters
        if state is None or not restore(self._ctx, state, slot.seq):
            return False
        slot.tokens = tokens
        return True

    def remember(self, slot: Slot, owner: str = "") -> None:
        """Save a sequence's state for resuming its conversation (the chat ``owner``)
        later: after an answer, off its path (the writing happens in the background)."""
        if len(slot.tokens) < MIN_TOKENS or self._states.options.ram_bytes <= 0:
            return  # nothing is kept: no copy to make
        state = snapshot(self._ctx, slot.seq)
        if state is not None:
            self._states.put(self._state_key(slot.adapters), slot.tokens, state, owner)
