"""Will a model and its context fit in this machine's memory?"""

from __future__ import annotations

import os

import psutil

from assistant.engine.backend import LoadOptions
from assistant.engine.gguf_check import GGUFHeader
from assistant.ground.errors import UserError

# Compute buffers and runtime overhead beyond weights and KV cache (measured: ~60-120 MB
# for small models at 4k context).
OVERHEAD_BYTES = 150 * 1024 * 1024


def kv_cache_bytes(header: GGUFHeader, n_ctx: int) -> int:
    """Bytes of an f16 K+V cache for ``n_ctx`` tokens, from the GGUF's attention shape."""
    layers = header.arch_int("block_count")
    heads = header.arch_int("attention.head_count", 1) or 1
    kv_heads = header.arch_int("attention.head_count_kv", heads) or heads
    embd = header.arch_int("embedding_length")
    k_dim = header.arch_int("attention.key_length", embd // heads) or embd // heads
    v_dim = header.arch_int("attention.value_length", k_dim) or k_dim
    return layers * n_ctx * kv_heads * (k_dim + v_dim) * 2


def resume_bytes(header: GGUFHeader, options: LoadOptions) -> int:
    """Memory the engine may hold for resuming conversations (engine/resume_cache.py):
    the RAM budget, plus copies of the cache being written or read (each at most the
    whole KV cache)."""
    return options.resume.ram_bytes + 3 * kv_cache_bytes(header, options.n_ctx)


def estimate_bytes(file_size: int, header: GGUFHeader, n_ctx: int) -> int:
    return file_size + kv_cache_bytes(header, n_ctx) + OVERHEAD_BYTES


def check_memory(path: str, header: GGUFHeader, n_ctx: int) -> None:
    """Refuse to load when the estimate exceeds total RAM (available RAM can be paged)."""
    need = estimate_bytes(os.path.getsize(path), header, n_ctx)
    total = psutil.virtual_memory().total
    if need > total:
        raise UserError(
            f"Not enough memory for {os.path.basename(path)} with a context of {n_ctx} tokens: "
            f"it needs about {need / 2**30:.1f} GiB and this computer has "
            f"{total / 2**30:.1f} GiB. Lower the context length or pick a smaller model."
        )


# Answers at once when the setting is automatic: on CPUs the aggregate speed of a batch
# grows little beyond 4 sequences (bench/parallel.py), while each costs a whole context
# of KV cache.
AUTO_PARALLEL = 4


def answers_at_once(options: LoadOptions, header: GGUFHeader, cores: int | None = None) -> int:
    """The sequences to decode together: the setting, or (0: automatic) up to
    AUTO_PARALLEL while all their KV caches take at most an eighth of this computer's
    RAM; 1 on a single core, where answers cannot overlap usefully."""
    if options.parallel > 0:
        return options.parallel
    if (cores or os.cpu_count() or 1) < 2:
        return 1
    per_answer = max(1, kv_cache_bytes(header, options.n_ctx))
    fits = psutil.virtual_memory().total // 8 // per_answer
    return int(max(1, min(AUTO_PARALLEL, fits)))
