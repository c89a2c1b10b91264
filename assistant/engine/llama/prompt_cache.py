"""What the llama.cpp context holds: the tokens whose K/V are cached, reused as a
prefix of the next prompt, or replaced by a saved state of another conversation that
shares more of it (engine/resume_cache.py)."""

from __future__ import annotations

import array
import ctypes
import logging
from typing import Any

import llama_cpp as lc

from assistant.engine.backend import CancelCheck
from assistant.engine.llama.saved_state import restore, snapshot
from assistant.engine.resume_cache import MIN_TOKENS, ResumeCache, common_prefix
from assistant.engine.state_files import StateKey
from assistant.ground.errors import Cancelled, UserError

log = logging.getLogger(__name__)

_DECODE_ABORTED = 2
# A saved state is restored when it holds this many more of the prompt than the cache.
_RESUME_GAIN = 32


class PromptCache:
    """The context's tokens (``tokens``, in order) for one loaded model."""

    def __init__(
        self, ctx: Any, model: Any, n_batch: int, states: ResumeCache, key: StateKey
    ) -> None:
        self._ctx, self._model, self._n_batch = ctx, model, n_batch
        self._states, self._key = states, key
        self.tokens: list[int] = []

    def prefill(self, tokens: list[int], cancel: CancelCheck) -> int:
        """Evaluate ``tokens``, reusing the cached prefix; returns how many were reused."""
        common = 0
        for a, b in zip(self.tokens, tokens, strict=False):
            if a != b:
                break
            common += 1
        common = self._resume(tokens, common)
        common = min(common, len(tokens) - 1)  # the last token must be decoded for logits
        mem = lc.llama_get_memory(self._ctx)
        if 0 < common < len(self.tokens):
            # A sliding-window cache only keeps the last window of positions: going back
            # further than what it holds means processing the prompt again.
            n_swa = max(1, int(lc.llama_model_n_swa(self._model)))
            if lc.llama_memory_seq_pos_min(mem, 0) > max(0, common - n_swa):
                common = 0
        lc.llama_memory_seq_rm(mem, -1, common, -1)
        self.tokens = tokens[:common]
        todo = tokens[common:]

        @lc.ggml_abort_callback  # type: ignore[untyped-decorator]
        def abort(_data: ctypes.c_void_p) -> bool:
            return bool(cancel())

        # The callback runs between graph nodes: only install it for the prefill, where
        # a single llama_decode can take seconds, not for one-token steps.
        lc.llama_set_abort_callback(self._ctx, abort, None)
        try:
            for i in range(0, len(todo), self._n_batch):
                chunk = todo[i : i + self._n_batch]
                arr = (lc.llama_token * len(chunk))(*chunk)
                rc = lc.llama_decode(self._ctx, lc.llama_batch_get_one(arr, len(chunk)))
                if rc == _DECODE_ABORTED or cancel():
                    # A partially evaluated batch leaves the cache in an unknown state.
                    lc.llama_memory_clear(mem, True)
                    self.tokens = []
                    raise Cancelled()
                if rc != 0:
                    lc.llama_memory_clear(mem, True)
                    self.tokens = []
                    raise UserError("The model could not process the prompt (llama.cpp error).")
                self.tokens.extend(chunk)
        finally:
            lc.llama_set_abort_callback(self._ctx, lc.ggml_abort_callback(), None)
        return common

    def _resume(self, tokens: list[int], common: int) -> int:
        """Restore the saved state sharing the most with ``tokens`` when it beats the
        cache; returns the tokens the cache now shares with them."""
        key = self._key
        found = self._states.best(key, tokens, at_least=common + _RESUME_GAIN)
        if found is None:
            return common
        saved, state = found
        if not restore(self._ctx, state):
            log.warning("llama.cpp refused a saved state of %d tokens; forgotten", len(saved))
            self._states.forget(key, saved)
            self.tokens = []
            return 0
        self.tokens = saved.tolist()
        return common_prefix(saved, array.array("i", tokens))

    def remember(self, owner: str = "") -> None:
        """Save the cache's state for resuming this conversation (the chat ``owner``)
        later: after an answer, off its path (the writing happens in the background)."""
        if len(self.tokens) < MIN_TOKENS:
            return
        state = snapshot(self._ctx)
        if state is not None:
            self._states.put(self._key, self.tokens, state, owner)
