"""Opening a model file and its context in llama.cpp: the weights (with a progress
callback that can stop the load), and one context whose KV cache holds a whole context
for each of the answers written at once."""

from __future__ import annotations

import ctypes
import os
from typing import Any

import llama_cpp as lc

from assistant.engine.backend import CancelCheck, LoadOptions
from assistant.engine.load_errors import load_error
from assistant.ground.errors import Cancelled, UserError


def per_sequence(options: LoadOptions, model: Any) -> int:
    """The context one answer has: the setting, at most what the model was trained on."""
    trained = int(lc.llama_model_n_ctx_train(model))
    return min(options.n_ctx, trained) if trained > 0 else options.n_ctx


def open_model(
    path: str, arch: str, gpu_layers: int, options: LoadOptions, cancel: CancelCheck
) -> tuple[Any, Any]:
    """The model and its context, with ``gpu_layers`` offloaded."""
    mparams = lc.llama_model_default_params()
    mparams.n_gpu_layers = gpu_layers

    @lc.llama_progress_callback  # type: ignore[untyped-decorator]
    def progress(_fraction: float, _data: ctypes.c_void_p) -> bool:
        return not cancel()

    mparams.progress_callback = progress
    model = lc.llama_model_load_from_file(os.fsencode(path), mparams)
    if not model:
        if cancel():
            raise Cancelled()
        raise load_error(path, arch)
    cparams = lc.llama_context_default_params()
    # A KV cache of its own for each sequence (llama.cpp's per-sequence streams),
    # each with the whole context: attention reads only the answer's own cells. In
    # one unified cache every answer's attention ran over all of them, which made a
    # summary's four parallel parts slower than one after another (measured).
    cparams.n_seq_max = options.parallel
    cparams.kv_unified = False
    cparams.n_ctx = per_sequence(options, model) * cparams.n_seq_max
    cparams.n_batch = cparams.n_ubatch = options.n_batch
    cparams.n_threads = cparams.n_threads_batch = options.n_threads
    cparams.flash_attn_type = 1 if options.flash_attn else 0
    cparams.no_perf = True
    ctx = lc.llama_init_from_model(model, cparams)
    if not ctx:
        lc.llama_model_free(model)
        raise UserError(
            f"Not enough memory to open {os.path.basename(path)} with a context of "
            f"{per_sequence(options, model)} tokens"
            + (f" for {cparams.n_seq_max} answers at once" if cparams.n_seq_max > 1 else "")
            + "; lower the context length or the answers at once in Settings."
        )
    return model, ctx
