"""Will a model file fit this machine? An estimate and a label, never just the label."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import psutil

FitLabel = Literal["fits", "tight", "won't fit"]

# Without the GGUF header we estimate the KV cache from the file size: small models
# need roughly 12% of their weight size per 4k tokens of f16 KV cache (measured on
# SmolLM2/Qwen2.5/Llama 3.2 GGUFs), plus compute buffers and runtime overhead.
KV_FRACTION_PER_4K = 0.12
OVERHEAD_BYTES = 300 * 1024**2


@dataclass(frozen=True)
class Machine:
    total_ram: int
    available_ram: int
    free_disk: int

    @classmethod
    def current(cls, disk_path: Path) -> Machine:
        vm = psutil.virtual_memory()
        probe = disk_path
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        return cls(vm.total, vm.available, shutil.disk_usage(probe).free)


@dataclass(frozen=True)
class Fit:
    label: FitLabel
    memory_bytes: int
    disk_ok: bool
    reason: str
    machine: Machine | None = None  # what the reason was measured against


def estimate_memory(file_size: int, context: int = 4096) -> int:
    return int(file_size * (1 + KV_FRACTION_PER_4K * context / 4096)) + OVERHEAD_BYTES


def fit(file_size: int, machine: Machine, context: int = 4096) -> Fit:
    """fits: within available RAM; tight: within 85% of total RAM; else won't fit."""
    need = estimate_memory(file_size, context)
    disk_ok = machine.free_disk > file_size + 256 * 1024**2
    gib = need / 2**30
    if need <= machine.available_ram:
        label: FitLabel = "fits"
        reason = f"needs about {gib:.1f} GiB; {machine.available_ram / 2**30:.1f} GiB free"
    elif need <= machine.total_ram * 0.85:
        label = "tight"
        reason = f"needs about {gib:.1f} GiB; close other apps first"
    else:
        label = "won't fit"
        reason = f"needs about {gib:.1f} GiB; this computer has {machine.total_ram / 2**30:.1f}"
    if not disk_ok:
        reason += f"; not enough free disk ({machine.free_disk / 2**30:.1f} GiB free)"
    return Fit(label, need, disk_ok, reason, machine)
