"""Which llama.cpp kernels run: the best CPU variant for this processor, and GPU backends.

Our llama.cpp build (scripts/build_llama.sh) carries each x86-64 CPU variant (x64, sse42,
haswell, skylakex, icelake, zen4, alderlake) and, where it could be built, the Vulkan
backend as loadable libraries next to llama-cpp-python's bindings. llama-cpp-python
never loads backends itself, so before the first model load this module scores every
CPU variant against the processor (each library's own ``ggml_backend_score``), loads the
best, then the GPU backends. Calls go through ctypes into ggml; llama_cpp is not
imported here (the engine/llama/ package is its only importer).

Escape hatches: ``ASSISTANT_CPU_VARIANT=haswell`` forces a variant (it must run on this
CPU), ``ASSISTANT_GPU=0`` keeps everything on the CPU.
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

ENV_CPU_VARIANT = "ASSISTANT_CPU_VARIANT"
ENV_GPU = "ASSISTANT_GPU"
_DEVICE_TYPES = {0: "CPU", 1: "GPU", 2: "integrated GPU", 3: "accelerator", 4: "meta"}
_GPU_BACKENDS = ("vulkan", "metal", "cuda", "hip")


@dataclass(frozen=True)
class Device:
    """A device llama.cpp can run on, as ggml reports it."""

    name: str
    description: str
    kind: str  # "CPU", "GPU", "integrated GPU", ...
    free_bytes: int
    total_bytes: int

    @property
    def is_gpu(self) -> bool:
        return self.kind in ("GPU", "integrated GPU")


@dataclass
class BackendReport:
    """What was loaded and why: shown by `assistant info` and the self-test."""

    dynamic: bool = False  # False: a build with the CPU backend linked in (no variants)
    cpu_variant: str = ""
    cpu_variants: dict[str, int] = field(default_factory=dict)  # name -> score (0: unusable)
    forced: str = ""
    gpu_backends: list[str] = field(default_factory=list)
    gpu_disabled: str = ""  # why GPU backends were not loaded, if they were not
    devices: list[Device] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def gpus(self) -> list[Device]:
        return [d for d in self.devices if d.is_gpu]


def library_dir() -> Path | None:
    """llama-cpp-python's ``lib`` folder, found without importing the package."""
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        lib = Path(location) / "lib"
        if lib.is_dir():
            return lib
    return None


def _suffix(shared: bool = False) -> str:
    """File suffix of backend modules (or, with ``shared``, of ggml's shared libraries)."""
    if sys.platform == "win32":
        return ".dll"
    return ".dylib" if shared and sys.platform == "darwin" else ".so"


def _lib_name(stem: str, shared: bool = False) -> str:
    prefix = "" if sys.platform == "win32" else "lib"
    return f"{prefix}{stem}{_suffix(shared)}"


def _shared_lib(lib_dir: Path, stem: str) -> Path:
    """The file libllama loaded for ``stem``: the one named by its soname (libggml.so.0).

    Wheels hold libggml.so, .so.0 and .so.0.x as separate copies; opening another copy
    than libllama's would load a second ggml with its own empty backend registry
    ("no backends are loaded")."""
    versioned = sorted(lib_dir.glob(f"lib{stem}.so.*"), key=lambda p: p.name.count("."))
    return versioned[0] if versioned else lib_dir / _lib_name(stem, shared=True)


def _score(path: Path) -> int:
    try:
        lib = ctypes.CDLL(str(path), mode=getattr(os, "RTLD_LOCAL", 0))
        fn = lib.ggml_backend_score
    except (OSError, AttributeError):
        return 0
    fn.restype = ctypes.c_int
    return int(fn())


def _variant_path(lib_dir: Path, name: str) -> Path:
    return lib_dir / _lib_name(f"ggml-cpu-{name}")


def cpu_variants(lib_dir: Path) -> dict[str, int]:
    """Every CPU variant library beside the bindings with its score on this CPU."""
    prefix, suffix = _lib_name("ggml-cpu-").removesuffix(_suffix()), _suffix()
    found = sorted(lib_dir.glob(f"{prefix}*{suffix}"))
    return {p.name.removeprefix(prefix).removesuffix(suffix): _score(p) for p in found}


class _Ggml:
    """The few ggml registry calls we need, typed for ctypes."""

    def __init__(self, lib_dir: Path) -> None:
        self.ggml = ctypes.CDLL(str(_shared_lib(lib_dir, "ggml")))
        self.base = ctypes.CDLL(str(_shared_lib(lib_dir, "ggml-base")))
        vp, sz = ctypes.c_void_p, ctypes.c_size_t
        self._sig(self.ggml, "ggml_backend_load", vp, [ctypes.c_char_p])
        self._sig(self.ggml, "ggml_backend_dev_count", sz, [])
        self._sig(self.ggml, "ggml_backend_dev_get", vp, [sz])
        self._sig(self.base, "ggml_backend_dev_name", ctypes.c_char_p, [vp])
        self._sig(self.base, "ggml_backend_dev_description", ctypes.c_char_p, [vp])
        self._sig(self.base, "ggml_backend_dev_type", ctypes.c_int, [vp])
        size_p = ctypes.POINTER(sz)
        self._sig(self.base, "ggml_backend_dev_memory", None, [vp, size_p, size_p])

    @staticmethod
    def _sig(lib: ctypes.CDLL, name: str, restype: object, argtypes: list[object]) -> None:
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = restype, argtypes

    def load(self, path: Path) -> bool:
        return bool(self.ggml.ggml_backend_load(str(path).encode()))

    def devices(self) -> list[Device]:
        out = []
        for i in range(self.ggml.ggml_backend_dev_count()):
            dev = self.ggml.ggml_backend_dev_get(i)
            free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
            self.base.ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
            out.append(
                Device(
                    name=(self.base.ggml_backend_dev_name(dev) or b"").decode(),
                    description=(self.base.ggml_backend_dev_description(dev) or b"").decode(),
                    kind=_DEVICE_TYPES.get(self.base.ggml_backend_dev_type(dev), "other"),
                    free_bytes=free.value,
                    total_bytes=total.value,
                )
            )
        return out


_report: BackendReport | None = None


def load_backends() -> BackendReport:
    """Load the best CPU variant and the GPU backends, once per process."""
    global _report
    if _report is None:
        _report = _load()
    return _report


def _load() -> BackendReport:
    report = BackendReport()
    lib_dir = library_dir()
    if lib_dir is None or not (lib_dir / _lib_name("ggml", shared=True)).exists():
        report.notes.append("llama.cpp's libraries were not found beside the bindings")
        return report
    ggml = _Ggml(lib_dir)
    report.cpu_variants = cpu_variants(lib_dir)
    if not report.cpu_variants:
        # A build with the CPU backend linked in (e.g. a plain llama-cpp-python wheel).
        report.devices = ggml.devices()
        report.cpu_variant = "built-in"
        return report
    report.dynamic = True
    _load_cpu(ggml, lib_dir, report)
    gpu = os.environ.get(ENV_GPU, "1")
    if gpu == "0":
        report.gpu_disabled = f"turned off ({ENV_GPU}=0)"
    else:
        for name in _GPU_BACKENDS:
            path = lib_dir / _lib_name(f"ggml-{name}")
            if path.exists():
                if ggml.load(path):
                    report.gpu_backends.append(name)
                else:
                    report.notes.append(f"the {name} backend found no usable driver or device")
        if not report.gpu_backends and not report.notes:
            report.gpu_disabled = "this build has no GPU backend"
    report.devices = ggml.devices()
    log.info(
        "llama.cpp backends: CPU %s (scores %s), GPU %s, devices %s",
        report.cpu_variant,
        report.cpu_variants,
        report.gpu_backends or report.gpu_disabled,
        [d.description for d in report.devices],
    )
    return report


def _load_cpu(ggml: _Ggml, lib_dir: Path, report: BackendReport) -> None:
    wanted = os.environ.get(ENV_CPU_VARIANT, "").strip()
    if wanted:
        report.forced = wanted
        if report.cpu_variants.get(wanted, 0) > 0 and ggml.load(_variant_path(lib_dir, wanted)):
            report.cpu_variant = wanted
            return
        usable = [n for n, s in report.cpu_variants.items() if s > 0]
        report.notes.append(
            f"{ENV_CPU_VARIANT}={wanted} cannot run on this CPU or does not exist "
            f"(usable here: {', '.join(usable)}); the best one was chosen instead"
        )
    ranked = sorted(report.cpu_variants.items(), key=lambda kv: kv[1], reverse=True)
    for name, score in ranked:
        if score > 0 and ggml.load(_variant_path(lib_dir, name)):
            report.cpu_variant = name
            return
    report.notes.append("no CPU variant could be loaded")


def describe(report: BackendReport) -> list[str]:
    """What runs, in lines a person reads (`assistant info`, bench/engine.py)."""
    lines = []
    if report.dynamic:
        scores = ", ".join(
            f"{name} {'✓' if score else '✗'}" for name, score in report.cpu_variants.items()
        )
        lines.append(f"CPU kernels: {report.cpu_variant or 'none'} (built: {scores})")
        if report.forced:
            lines.append(f"CPU variant requested with {ENV_CPU_VARIANT}: {report.forced}")
    else:
        lines.append(f"CPU kernels: {report.cpu_variant or 'unknown'} (one build for all CPUs)")
    if report.gpu_backends:
        lines.append(f"GPU backends: {', '.join(report.gpu_backends)}")
    elif report.gpu_disabled:
        lines.append(f"GPU backends: none, {report.gpu_disabled}")
    for d in report.devices:
        memory = f", {d.free_bytes / 2**30:.1f} of {d.total_bytes / 2**30:.1f} GiB free"
        lines.append(f"Device: {d.description} ({d.kind}{memory if d.total_bytes else ''})")
    lines += [f"Note: {n}" for n in report.notes]
    return lines
