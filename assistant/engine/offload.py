"""How many of a model's layers go to the GPU: as many as fit, with a safety margin.

Estimated from the GGUF before loading (as Ollama and koboldcpp do): the weights spread
evenly over the repeating layers plus the output layer, each layer's share of the KV
cache for the chosen context, and room for llama.cpp's compute buffers.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.engine.backend import ModelFacts
from assistant.engine.backends import Device
from assistant.engine.gguf_check import GGUFHeader
from assistant.engine.memory import kv_cache_bytes

AUTO = -1  # LoadOptions.n_gpu_layers: decide from free GPU memory
COMPUTE_BYTES = 384 * 1024 * 1024  # llama.cpp's GPU compute buffers at 4k context, ample


@dataclass(frozen=True)
class OffloadPlan:
    """Layers to offload (llama.cpp's n_gpu_layers) and the reason, in words."""

    layers: int
    reason: str


def plan_offload(
    requested: int, header: GGUFHeader, file_size: int, n_ctx: int, gpus: list[Device]
) -> OffloadPlan:
    """The plan for ``requested`` layers (AUTO, 0 = none, N = that many)."""
    blocks = max(header.arch_int("block_count"), 1)
    total = blocks + 1  # the output layer counts as one more in llama.cpp
    if requested == 0:
        return OffloadPlan(0, "GPU offload is off in Settings")
    if not gpus:
        return OffloadPlan(0, "no GPU was found")
    gpu = max(gpus, key=lambda d: d.free_bytes)
    if requested > 0:
        layers = min(requested, total)
        return OffloadPlan(layers, f"{layers} of {total} layers on {gpu.description}, as set")
    per_layer = file_size / total + kv_cache_bytes(header, n_ctx) / blocks
    margin = max(512 * 1024 * 1024, gpu.free_bytes // 10)
    room = gpu.free_bytes - margin - COMPUTE_BYTES
    layers = max(0, min(total, int(room // per_layer))) if per_layer > 0 else total
    free = f"{gpu.free_bytes / 2**30:.1f} GiB free on {gpu.description}"
    if layers == 0:
        return OffloadPlan(0, f"not even one layer fits in the {free}")
    return OffloadPlan(layers, f"{layers} of {total} layers fit in the {free}")


def runs_on(facts: ModelFacts) -> str:
    """Where a loaded model runs, in words: "on the CPU" or "12 layers on <GPU>"."""
    if facts.gpu_layers:
        return f"{facts.gpu_layers} layers on {', '.join(facts.gpus) or 'the GPU'}"
    return "on the CPU"
