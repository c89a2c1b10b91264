"""A memory ceiling for the engine child process.

A hostile model file (a template, a tokenizer, llama.cpp itself on crafted metadata) can
ask for any amount of memory; without a ceiling the kernel's global OOM killer picks a
victim, which on a desktop may be the user's browser or session. Under a ceiling the
allocation fails inside the child instead, and the app reports it.

The ceiling is RLIMIT_DATA (private writable memory): the model file is mapped read-only
and shared, so it does not count, while everything the child allocates does, Python's
heap included. RLIMIT_AS would count address space that is only reserved (thread stacks,
malloc arenas) and fail real loads. Where no such limit is enforced (macOS, Windows) the
app's watch of the child's resident memory is the ceiling (engine/memory_watch.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

# Beyond the estimate of weights + KV cache + compute buffers: the tokenizer's tables,
# Python's own objects, a long conversation's prompt text.
MARGIN_BYTES = 512 * 1024 * 1024
ENV_OFF = "ASSISTANT_NO_MEMORY_LIMIT"


def data_bytes_in_use() -> int:
    """Private data this process has mapped (what RLIMIT_DATA is compared with)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def with_margin(in_use: int, need_bytes: int) -> int:
    """A ceiling: what is in use, the model's estimate (weights, KV cache, buffers) and
    the margin."""
    return in_use + need_bytes + max(MARGIN_BYTES, need_bytes // 4)


def _data_limit() -> tuple[Any, int] | None:
    """The resource module and RLIMIT_DATA, where the kernel enforces it on all private
    memory (Linux; macOS does not on mmap'd memory, Windows has no rlimits)."""
    try:
        import resource
    except ImportError:
        return None
    kind = getattr(resource, "RLIMIT_DATA", None)
    if kind is None or not os.path.exists("/proc/self/status"):
        return None
    return resource, kind


def apply_memory_ceiling(need_bytes: int) -> int:
    """Limit this process's private memory for a model needing ``need_bytes``.

    Returns the ceiling set, or 0 where the platform has no such limit (or it is turned
    off with ASSISTANT_NO_MEMORY_LIMIT=1 for debugging)."""
    if os.environ.get(ENV_OFF) == "1":
        return 0
    return _set_ceiling(lambda _soft: with_margin(data_bytes_in_use(), need_bytes))


def raise_memory_ceiling(extra_bytes: int) -> None:
    """Let the ceiling set for the model grow by ``extra_bytes`` (a LoRA adapter's
    tensors, read into memory when a request first names it)."""
    _set_ceiling(lambda soft: None if soft is None else soft + extra_bytes + extra_bytes // 8)


def _set_ceiling(ceiling_of: Callable[[int | None], int | None]) -> int:
    """Set RLIMIT_DATA's soft limit to ``ceiling_of(the current one, None when there is
    none)``, at most the hard limit; 0 where it cannot be (or ``ceiling_of`` says None)."""
    limit = _data_limit()
    if limit is None:
        return 0
    resource, limit_kind = limit
    soft, hard = resource.getrlimit(limit_kind)
    ceiling = ceiling_of(None if soft == resource.RLIM_INFINITY else soft)
    if ceiling is None:
        return 0
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    try:
        resource.setrlimit(limit_kind, (ceiling, hard))
    except (ValueError, OSError) as exc:
        log.warning("could not set the engine's memory ceiling: %s", exc)
        return 0
    return ceiling


def lift_memory_ceiling() -> None:
    """Remove the ceiling before a new model's is computed (the old one may be lower)."""
    limit = _data_limit()
    if limit is not None:
        resource, limit_kind = limit
        _soft, hard = resource.getrlimit(limit_kind)
        resource.setrlimit(limit_kind, (hard, hard))
