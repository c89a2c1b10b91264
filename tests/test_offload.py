"""How many layers go to the GPU (the plan, from GGUF facts and free GPU memory)."""

from __future__ import annotations

from assistant.engine.backends import Device
from assistant.engine.gguf_check import GGUFHeader
from assistant.engine.offload import AUTO, plan_offload

GiB = 2**30


def header(blocks: int = 28) -> GGUFHeader:
    return GGUFHeader(
        3,
        0,
        {
            "general.architecture": "llama",
            "llama.block_count": blocks,
            "llama.embedding_length": 3072,
            "llama.attention.head_count": 24,
            "llama.attention.head_count_kv": 8,
        },
    )


def gpu(free_gib: float) -> Device:
    return Device("Vulkan0", "Some GPU", "GPU", int(free_gib * GiB), int(free_gib * GiB))


def test_everything_fits_on_a_large_gpu() -> None:
    plan = plan_offload(AUTO, header(), 2 * GiB, 4096, [gpu(16)])
    assert plan.layers == 29
    assert "29 of 29 layers fit" in plan.reason and "Some GPU" in plan.reason


def test_part_fits_on_a_small_gpu() -> None:
    # A 2 GiB file over 29 layers is ~70 MiB a layer plus its KV cache (~16 MiB at 4k);
    # 2 GiB free less a 512 MiB margin and 384 MiB of buffers leaves room for about 13.
    plan = plan_offload(AUTO, header(), 2 * GiB, 4096, [gpu(2)])
    assert 10 <= plan.layers <= 15


def test_nothing_fits_or_no_gpu_or_off() -> None:
    assert plan_offload(AUTO, header(), 8 * GiB, 4096, [gpu(0.5)]).layers == 0
    assert plan_offload(AUTO, header(), GiB, 4096, []).reason == "no GPU was found"
    assert plan_offload(0, header(), GiB, 4096, [gpu(16)]).layers == 0


def test_a_set_number_is_kept_within_the_model() -> None:
    assert plan_offload(10, header(), GiB, 4096, [gpu(1)]).layers == 10
    assert plan_offload(999, header(), GiB, 4096, [gpu(1)]).layers == 29


def test_longer_context_leaves_room_for_fewer_layers() -> None:
    short = plan_offload(AUTO, header(), 2 * GiB, 2048, [gpu(3)]).layers
    long = plan_offload(AUTO, header(), 2 * GiB, 131072, [gpu(3)]).layers
    assert long < short
