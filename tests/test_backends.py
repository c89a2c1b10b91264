"""The engine's llama.cpp kernels: the best CPU variant for this processor, a forced lower
one, the Vulkan backend on Mesa's software driver (lavapipe), and a broken or missing GPU
driver falling back to the CPU. Real engine child, real starter model."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine.backend import PROGRAM, LoadOptions, SamplingParams
from assistant.engine.backends import ENV_CPU_VARIANT, ENV_GPU, library_dir
from assistant.engine.host import EngineHost
from tests.conftest import TEST_CTX

pytestmark = pytest.mark.slow

# The CPU features each variant is compiled for (ggml/src/CMakeLists.txt), as Linux
# names them in /proc/cpuinfo.
_HASWELL = {"sse4_2", "avx", "f16c", "fma", "avx2", "bmi2"}
_SKYLAKEX = _HASWELL | {"avx512f"}
_ICELAKE = _SKYLAKEX | {"avx512vbmi", "avx512_vnni"}
VARIANT_FLAGS = {
    "x64": set(),
    "sse42": {"sse4_2"},
    "haswell": _HASWELL,
    "skylakex": _SKYLAKEX,
    "icelake": _ICELAKE,
    "zen4": _ICELAKE | {"avx512_bf16"},
    "alderlake": _HASWELL | {"avx_vnni"},
}
GREEDY = SamplingParams(temperature=0, max_tokens=8, seed=1)
# Prompts whose greedy answers start with a clear margin: other kernels round
# differently, and where two first tokens are near-equal (e.g. "What is the capital of
# France?": "L" 25.10 vs "The" 24.86 on the CPU, 25.19 vs 25.24 on Vulkan) they may flip.
PROMPTS = ["Count from 1 to 10.", "What is 2 + 2?", "Translate 'good morning' to French."]


def cpu_flags() -> set[str]:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def dynamic_build() -> bool:
    lib = library_dir()
    return lib is not None and any(lib.glob("libggml-cpu-*.so"))


needs_variants = pytest.mark.skipif(
    not dynamic_build(), reason="llama-cpp-python was not built by scripts/build_llama.sh"
)
needs_vulkan = pytest.mark.skipif(
    not (library_dir() or Path("/")).joinpath("libggml-vulkan.so").exists()
    or not list(Path("/usr/share/vulkan/icd.d").glob("lvp_icd*.json")),
    reason="no Vulkan backend in this build or no Mesa lavapipe driver",
)


def answer(host: EngineHost) -> str:
    return host.complete([{"role": "user", "content": PROMPTS[0]}], GREEDY).text


def first_words(host: EngineHost) -> list[list[str]]:
    """The first three words of each prompt's greedy answer."""
    return [
        host.complete([{"role": "user", "content": p}], GREEDY).text.split()[:3] for p in PROMPTS
    ]


@pytest.fixture(scope="module")
def cpu_answer(starter: Path) -> Iterator[list[list[str]]]:
    with EngineHost(LoadOptions(n_ctx=TEST_CTX, n_gpu_layers=0)) as host:
        host.load(str(starter))
        yield first_words(host)


@needs_variants
def test_best_cpu_variant_matches_the_cpu(starter: Path) -> None:
    flags = cpu_flags()
    with EngineHost(LoadOptions(n_ctx=TEST_CTX)) as host:
        report = host.backend_info()
        facts = host.load(str(starter))
    assert report.dynamic and set(report.cpu_variants) == set(VARIANT_FLAGS)
    for name, score in report.cpu_variants.items():
        # ggml's own score agrees with the CPU's flags on what can run here...
        assert (score > 0) == VARIANT_FLAGS[name].issubset(flags), name
    chosen = report.cpu_variant
    # ...and the variant chosen is the best of those that can.
    assert report.cpu_variants[chosen] == max(report.cpu_variants.values())
    runnable = [n for n, s in report.cpu_variants.items() if s > 0]
    assert all(len(VARIANT_FLAGS[n]) <= len(VARIANT_FLAGS[chosen]) for n in runnable)
    assert facts.cpu_variant == chosen


@needs_variants
def test_forcing_a_lower_variant_still_answers(
    starter: Path, cpu_answer: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_CPU_VARIANT, "haswell")
    with EngineHost(LoadOptions(n_ctx=TEST_CTX, n_gpu_layers=0)) as host:
        facts = host.load(str(starter))
        assert facts.cpu_variant == "haswell"
        assert first_words(host) == cpu_answer


@needs_variants
def test_a_variant_this_cpu_cannot_run_is_refused_with_a_note(
    starter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_CPU_VARIANT, "no-such-cpu")
    with EngineHost(LoadOptions(n_ctx=TEST_CTX)) as host:
        report = host.backend_info()
        host.load(str(starter))
        assert answer(host).strip()
    assert report.cpu_variant in report.cpu_variants
    assert any("no-such-cpu" in note for note in report.notes)


@needs_vulkan
def test_vulkan_offload_on_lavapipe_matches_the_cpu(
    starter: Path, cpu_answer: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # ggml-vulkan skips CPU-type devices (lavapipe is one) unless they are named.
    monkeypatch.setenv("GGML_VK_VISIBLE_DEVICES", "0")
    with EngineHost(LoadOptions(n_ctx=TEST_CTX, n_gpu_layers=99)) as host:
        report = host.backend_info()
        facts = host.load(str(starter))
        words = first_words(host)
    assert "vulkan" in report.gpu_backends
    assert any("llvmpipe" in d.description.lower() for d in report.gpus), report.devices
    assert facts.gpu_layers == 31 and not facts.gpu_fallback  # 30 blocks + the output layer
    assert "as set" in facts.offload
    assert words == cpu_answer


@needs_vulkan
@needs_variants
def test_many_answers_at_once_on_lavapipe(
    starter: Path, cpu_answer: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Continuous batching on the software Vulkan driver, correctness only: the prompts
    asked at once, twice over on 3 sequences (some wait, then join), each start as they
    do alone on the CPU."""
    monkeypatch.setenv("GGML_VK_VISIBLE_DEVICES", "0")
    with EngineHost(LoadOptions(n_ctx=TEST_CTX, n_gpu_layers=99, parallel=3)) as host:
        facts = host.load(str(starter))
        assert facts.gpu_layers == 31 and facts.parallel == 3
        got: dict[int, list[str]] = {}

        def ask(i: int) -> None:
            lane = host.lane(PROGRAM)
            prompt = PROMPTS[i % len(PROMPTS)]
            got[i] = lane.complete([{"role": "user", "content": prompt}], GREEDY).text.split()[:3]

        work = [threading.Thread(target=ask, args=(i,)) for i in range(2 * len(PROMPTS))]
        for t in work:
            t.start()
        for t in work:
            t.join(300)
    assert [got[i] for i in range(len(work))] == cpu_answer * 2


@needs_vulkan
def test_missing_gpu_driver_runs_on_the_cpu(
    starter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GGML_VK_VISIBLE_DEVICES", "0")
    monkeypatch.setenv("VK_ICD_FILENAMES", str(tmp_path / "no-such-driver.json"))
    with EngineHost(LoadOptions(n_ctx=TEST_CTX)) as host:
        report = host.backend_info()
        facts = host.load(str(starter))
        assert answer(host).strip()
    assert report.gpus == []
    assert facts.gpu_layers == 0 and facts.offload == "no GPU was found"


@needs_vulkan
def test_gpu_driver_that_crashes_the_engine_falls_back_to_the_cpu(
    starter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Vulkan driver that aborts when the loader asks it anything: the engine child dies
    while loading its backends; the app starts it again without GPU backends and says so."""
    if shutil.which("cc") is None:
        pytest.skip("no C compiler")
    driver = tmp_path / "libbroken_icd.so"
    source = tmp_path / "broken_icd.c"
    source.write_text(
        "#include <stdlib.h>\n"
        "void *vk_icdGetInstanceProcAddr(void *i, const char *n) { abort(); }\n"
        "int vk_icdNegotiateLoaderICDInterfaceVersion(unsigned *v) { abort(); }\n"
    )
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(driver), str(source)], check=True)
    manifest = tmp_path / "broken_icd.json"
    manifest.write_text(
        json.dumps(
            {
                "file_format_version": "1.0.0",
                "ICD": {"library_path": str(driver), "api_version": "1.3.0"},
            }
        )
    )
    monkeypatch.setenv("VK_ICD_FILENAMES", str(manifest))
    monkeypatch.delenv(ENV_GPU, raising=False)
    with EngineHost(LoadOptions(n_ctx=TEST_CTX)) as host:
        facts = host.load(str(starter))
        assert answer(host).strip()
        report = host.backend_info()
    assert facts.gpu_fallback and "GPU driver stopped the engine" in facts.offload
    assert report.gpu_disabled.startswith("turned off")


@needs_variants
def test_info_command_names_the_kernels_and_devices(app_home: Path) -> None:
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "assistant", "info"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    chosen = next(line for line in out.splitlines() if line.startswith("CPU kernels:"))
    assert any(f"CPU kernels: {v} " in chosen for v in VARIANT_FLAGS), out
    assert "Device:" in out and "Offload: on the CPU; no GPU was found" in out
