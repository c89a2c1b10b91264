"""LoRA adapters over the loaded model: each request names its own (files and scales).

llama.cpp applies adapters per context, not per sequence, so a decode step computes
only requests that use the same set (engine/llama/batcher.py groups them); and a
sequence's cached keys and values were computed under one set, so the prefix cache and
saved states are told apart by it (engine/llama/slots.py). An adapter is loaded once per
model, when a request first names it, and freed with the model.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
from dataclasses import dataclass
from typing import Any

import llama_cpp as lc

from assistant.engine.limits import raise_memory_ceiling
from assistant.engine.llama.saved_state import file_identity
from assistant.engine.load_errors import recent_log
from assistant.ground.errors import UserError

log = logging.getLogger(__name__)

# What llama.cpp says when an adapter was made for another model, and what we tell people.
_WRONG_BASE = re.compile(r"arch mismatch|does not exist in base model|incorrect shape")
_NOT_ADAPTER = re.compile(r"expect (general|adapter)\.type|unexpected suffix|missing one component")


@dataclass(frozen=True)
class AdapterSet:
    """The adapters one request runs with; ``key`` tells sets apart (the files'
    identities and scales; adapters at scale 0 are left out, as llama.cpp does, so
    such a set is the bare model)."""

    key: str = ""
    pointers: tuple[Any, ...] = ()
    scales: tuple[float, ...] = ()


NONE = AdapterSet()


class Adapters:
    """The adapters loaded for one model."""

    def __init__(self, model: Any, ctx: Any) -> None:
        self._model, self._ctx = model, ctx
        self._loaded: dict[str, tuple[str, Any]] = {}  # path -> (identity, adapter)
        self._current = ""

    def resolve(self, wanted: tuple[tuple[str, float], ...]) -> AdapterSet:
        """The set for (path, scale) pairs, loading what is not loaded yet; UserError
        for a file that is missing, damaged or made for another model."""
        kept = [(p, s) for p, s in wanted if s != 0.0]
        if not kept:
            return NONE
        parts = [(self._load(path), scale) for path, scale in sorted(kept)]
        key = ";".join(f"{identity}*{scale:g}" for (identity, _a), scale in parts)
        return AdapterSet(key, tuple(a for (_i, a), _s in parts), tuple(s for _p, s in parts))

    def _load(self, path: str) -> tuple[str, Any]:
        name = os.path.basename(path)
        try:
            identity = file_identity(path)
        except OSError as exc:
            raise UserError(f"The adapter {name} cannot be read: {exc.strerror}.") from exc
        known = self._loaded.get(path)
        if known is not None and known[0] == identity:
            return known
        # Its tensors are copied into memory: the ceiling grows by the file's size.
        raise_memory_ceiling(os.path.getsize(path))
        recent_log.clear()
        adapter = lc.llama_adapter_lora_init(self._model, os.fsencode(path))
        if not adapter:
            raise _load_error(name)
        if known is not None:  # the file changed since: the old copy goes
            lc.llama_adapter_lora_free(known[1])
        self._loaded[path] = (identity, adapter)
        log.info("adapter %s loaded", path)
        return identity, adapter

    def apply(self, chosen: AdapterSet) -> None:
        """Make ``chosen`` the context's set for the next decode (a change costs a new
        compute graph, so steps are grouped by set)."""
        if chosen.key == self._current:
            return
        n = len(chosen.pointers)
        arr = (lc.llama_adapter_lora_p_ctypes * n)(*chosen.pointers) if n else None
        scales = (ctypes.c_float * n)(*chosen.scales) if n else None
        lc.llama_set_adapters_lora(self._ctx, arr, n, scales)
        self._current = chosen.key

    def close(self) -> None:
        """Free the adapters (before the model: llama.cpp ties them to it)."""
        if self._ctx is not None and self._current:
            lc.llama_set_adapters_lora(self._ctx, None, 0, None)
        for _identity, adapter in self._loaded.values():
            lc.llama_adapter_lora_free(adapter)
        self._loaded.clear()
        self._current = ""


def _load_error(name: str) -> UserError:
    text = "\n".join(recent_log)
    if _WRONG_BASE.search(text):
        return UserError(
            f"The adapter {name} was made for another model: its layers do not fit the "
            "model loaded. Choose an adapter trained on this model."
        )
    if _NOT_ADAPTER.search(text):
        return UserError(f"{name} is a GGUF file but not a LoRA adapter.")
    return UserError(f"The adapter {name} is damaged or incomplete (it is not a sound GGUF).")
