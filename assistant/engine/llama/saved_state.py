"""Copying llama.cpp's KV cache out and back in (the resume cache's llama.cpp side), and
the key that says which model, build and context parameters a copy belongs to."""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

import llama_cpp as lc

from assistant.engine.backend import LoadOptions
from assistant.engine.resume_cache import Buffer
from assistant.engine.state_files import StateKey

log = logging.getLogger(__name__)

_HEAD_BYTES = 1 << 20


def file_identity(path: str) -> str:
    """Size, modification time and a hash of the first MiB: cheap, and a different or
    re-downloaded file never matches."""
    st = os.stat(path)
    with open(path, "rb") as f:
        head = hashlib.sha256(f.read(_HEAD_BYTES)).hexdigest()[:16]
    return f"{st.st_size}:{st.st_mtime_ns}:{head}"


def _build_identity(cpu_variant: str) -> str:
    """The llama.cpp build: its version, the kernels in use and its library files (a
    rebuilt wheel changes them even under the same version)."""
    lib = Path(lc.__file__).parent / "lib"
    try:
        files = sorted(
            f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
            for p in lib.iterdir()
            if p.is_file()
        )
    except OSError:
        files = []
    info = lc.llama_print_system_info().decode("utf-8", "replace")
    text = "|".join([lc.__version__, cpu_variant, info, *files])
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def state_key(
    path: str, options: LoadOptions, n_ctx: int, gpu_layers: int, cpu_variant: str
) -> StateKey:
    """What a saved state of this loaded model depends on besides its tokens (one
    sequence's: the number of sequences beside it does not change it)."""
    context = (
        f"n_ctx={n_ctx} n_batch={options.n_batch} "
        f"flash_attn={options.flash_attn} gpu_layers={gpu_layers}"
    )
    return StateKey(file_identity(path), _build_identity(cpu_variant), context)


def snapshot(ctx: Any, seq: int) -> bytearray | None:
    """The cache's state for sequence ``seq`` (a copy; the cache is unchanged)."""
    size = lc.llama_state_seq_get_size(ctx, seq)
    if size <= 0:
        return None
    buf = bytearray(size)
    got = lc.llama_state_seq_get_data(ctx, (ctypes.c_uint8 * size).from_buffer(buf), size, seq)
    if got != size:
        log.warning("llama.cpp wrote %d of %d state bytes; not saved", got, size)
        return None
    return buf


def restore(ctx: Any, state: Buffer, seq: int) -> bool:
    """Replace sequence ``seq`` by a saved state; False (and an empty sequence) if
    llama.cpp refuses it."""
    mem = lc.llama_get_memory(ctx)
    lc.llama_memory_seq_rm(mem, seq, -1, -1)
    if isinstance(state, bytes):
        state = bytearray(state)
    size = len(state)
    arr = (ctypes.c_uint8 * size).from_buffer(state)
    if lc.llama_state_seq_set_data(ctx, arr, size, seq) != size:
        lc.llama_memory_seq_rm(mem, seq, -1, -1)
        return False
    return True
