"""Speech benchmark: transcribing a recording through the app (the speech child, two-
minute chunks, its own speech finder, JSON lines back) vs faster-whisper called directly
in one process on the whole file with its defaults (the baseline: the same model and
threads; no VAD, as its Silero VAD would import onnxruntime and its telemetry client). Prints audio seconds per
second of wall time, CPU seconds per audio minute (the child's counters, side by side),
peak memory of each, and the ratios.

Run: .venv/bin/python bench/speech.py [MINUTES]   (default 10: a talk with pauses)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.speech.models import speech_model
from tests.fixtures.audio import RATE, read_samples, speak

SENTENCES = [
    "The quarterly meeting starts at nine and the budget report is due on Friday.",
    "After lunch we will visit the new factory in the harbour with the engineers.",
    "Please send the minutes to everyone who could not join us today.",
]

APP = """
import json, resource, sys, time
from pathlib import Path
from assistant.speech.models import speech_model
from assistant.speech.transcriber import Transcriber
t = time.perf_counter()
r = Transcriber(speech_model(), threads=int(sys.argv[2])).transcribe(Path(sys.argv[1]))
wall = time.perf_counter() - t
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": use.ru_utime + use.ru_stime,
                  "peak_mb": use.ru_maxrss / 1024, "words": len(r.text.split())}))
"""

DIRECT = """
import json, resource, sys, time
from faster_whisper import WhisperModel
t = time.perf_counter()
m = WhisperModel(sys.argv[3], device="cpu", compute_type="int8", cpu_threads=int(sys.argv[2]))
segments, _ = m.transcribe(sys.argv[1], language="en")
words = sum(len(s.text.split()) for s in segments)
wall = time.perf_counter() - t
use = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wall": wall, "cpu": use.ru_utime + use.ru_stime,
                  "peak_mb": use.ru_maxrss / 1024, "words": words}))
"""


def recording(minutes: float, folder: Path) -> tuple[Path, int]:
    """Sentences spoken by espeak-ng, with pauses of 1-6 s, for ``minutes``, and the
    number of words spoken."""
    spoken = [read_samples(speak(s, folder / f"s{i}.wav")) for i, s in enumerate(SENTENCES)]
    rng = np.random.default_rng(0)
    out = folder / "talk.wav"
    total = int(minutes * 60 * RATE)
    written = words = 0
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        while written < total:
            pick = int(rng.integers(len(spoken)))
            part = spoken[pick]
            pause = rng.normal(0, 20, int(rng.uniform(1, 6) * RATE)).astype(np.int16)
            block = np.concatenate([part, pause])[: total - written]
            if len(block) >= len(part):
                words += len(SENTENCES[pick].split())
            w.writeframes(block.tobytes())
            written += len(block)
    return out, words


def run(script: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(minutes: float | None = None) -> None:
    if minutes is None:
        minutes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    threads = "2"
    with tempfile.TemporaryDirectory() as tmp:
        talk, spoken_words = recording(minutes, Path(tmp))
        seconds = minutes * 60
        model = str(speech_model())
        # Side by side, alternating, twice each; the better run of each counts.
        app, direct = [], []
        for _ in range(2):
            direct.append(run(DIRECT, str(talk), threads, model))
            app.append(run(APP, str(talk), threads))
    a = min(app, key=lambda r: r["cpu"])
    d = min(direct, key=lambda r: r["cpu"])
    print(
        f"recording: {minutes:g} min, {spoken_words} words spoken with pauses (espeak-ng), "
        "whisper tiny.en, 2 threads"
    )
    for name, r in (("app (speech child, chunks)", a), ("faster-whisper direct", d)):
        print(
            f"{name:28s} {seconds / r['wall']:7.1f} audio s per s   "
            f"{r['cpu'] / minutes:6.2f} CPU s per audio min   peak {r['peak_mb']:6.0f} MB   "
            f"{r['words']:.0f} words"
        )
    print(f"speed ratio (app / direct, audio per wall second): {d['wall'] / a['wall']:.3f}x")
    print(f"CPU per audio minute ratio (app / direct):          {a['cpu'] / d['cpu']:.3f}x")
    print(f"peak memory ratio (app / direct):                   {a['peak_mb'] / d['peak_mb']:.3f}x")


if __name__ == "__main__":
    main()
