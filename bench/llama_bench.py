"""Build and run llama.cpp's own llama-bench from the sources vendored in the installed
llama-cpp-python release: natively for this CPU (`-march=native`, the fastest build of the
same sources: the baseline the app's run-time CPU variants are measured against), or with
other flags. The native build segfaulted on one AMX machine; it is only a yardstick."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

NATIVE = "-DGGML_NATIVE=ON"
PORTABLE = (
    "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON"
)


def cache_dir(flags: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    v = version("llama-cpp-python")
    key = hashlib.sha256(f"{v} {flags}".encode()).hexdigest()[:12]
    return Path(base) / "offline-assistant" / f"llama-bench-{v}-{key}"


def llama_bench_binary(flags: str = NATIVE) -> Path:
    """Path of llama-bench built with ``flags``, building it on first use (minutes)."""
    return llama_tool("llama-bench", flags)


def llama_tool(target: str, flags: str = NATIVE) -> Path:
    """Path of one of llama.cpp's programs (llama-bench, llama-embedding) built with
    ``flags`` from the vendored sources, building it on first use (minutes)."""
    root = cache_dir(flags)
    binary = root / "build" / "bin" / target
    if binary.exists():
        return binary
    v = version("llama-cpp-python")
    src = root / "src"
    if not (src / "vendor" / "llama.cpp" / "CMakeLists.txt").exists():
        root.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                f"llama-cpp-python=={v}",
                "-d",
                str(root),
            ],
            check=True,
        )
        archive = next(root.glob("llama_cpp_python-*.tar.gz"))
        with tarfile.open(archive) as tar:
            tar.extractall(root, filter="data")
        shutil.rmtree(src, ignore_errors=True)
        next(
            p for p in root.iterdir() if p.is_dir() and p.name.startswith("llama_cpp_python")
        ).rename(src)
    print(f"building {target} (once)...", file=sys.stderr)
    build = root / "build"
    subprocess.run(
        [
            "cmake",
            "-S",
            str(src / "vendor" / "llama.cpp"),
            "-B",
            str(build),
            "-DCMAKE_BUILD_TYPE=Release",
            "-DLLAMA_CURL=OFF",
            "-DLLAMA_BUILD_TESTS=OFF",
            # llama-embedding is one of the examples.
            f"-DLLAMA_BUILD_EXAMPLES={'OFF' if target == 'llama-bench' else 'ON'}",
            f"-DLLAMA_BUILD_SERVER={'ON' if target == 'llama-server' else 'OFF'}",
            *flags.split(),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        ["cmake", "--build", str(build), "--target", target, "-j", str(os.cpu_count() or 2)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return binary


def run_llama_bench(
    model: Path, threads: int, flash_attn: bool, reps: int = 3, flags: str = NATIVE
) -> dict[str, float]:
    """Return {"pp512": tok/s, "tg128": tok/s} measured by llama-bench."""
    out = subprocess.run(
        [
            str(llama_bench_binary(flags)),
            "-m",
            str(model),
            "-t",
            str(threads),
            "-fa",
            "1" if flash_attn else "0",
            "-p",
            "512",
            "-n",
            "128",
            "-r",
            str(reps),
            "-o",
            "json",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    results: dict[str, float] = {}
    for row in json.loads(out):
        name = f"pp{row['n_prompt']}" if row["n_prompt"] else f"tg{row['n_gen']}"
        results[name] = float(row["avg_ts"])
    return results
