"""Dictation: the microphone until the person stops speaking (a second of quiet after
speech), stops it, or a minute passes; what was said so far every second and a half
(partial results), then the whole. ``listen`` runs in the speech child; ``dictate`` is
the app's side."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assistant.speech.audio import SAMPLE_RATE
from assistant.speech.child_process import run_child
from assistant.speech.utterance import BLOCK_SECONDS, Utterance

QUIET_SECONDS = 1.2  # of quiet after speech: the utterance is over
PARTIAL_SECONDS = 1.5  # between partial results
MAX_SECONDS = 60.0


def text_of(model: Any, samples: np.ndarray, language: str | None) -> str:
    """What Whisper hears in 16-bit ``samples``."""
    floats = samples.astype(np.float32) / 32768.0
    _heard, segments = model.segments(floats, 0.0, language, "transcribe", live=True)
    return " ".join(s.text for s in segments).strip()


def listen(request: dict[str, Any], send: Callable[..., None]) -> None:
    """In the child: record, report ``level``/``partial``, then send ``text``. Closing
    the child's stdin ends the recording (what was said is still written down)."""
    from assistant.speech.sound_io import Recorder
    from assistant.speech.whisper import Whisper

    language = request.get("language") or None
    model = Whisper(Path(request["model"]), int(request.get("threads") or 0))
    model.check(language, "transcribe")
    stop = threading.Event()

    def wait_for_stop() -> None:
        sys.stdin.read()  # returns when the app closes our stdin
        stop.set()

    threading.Thread(target=wait_for_stop, daemon=True).start()
    block = int(SAMPLE_RATE * BLOCK_SECONDS)
    limit = float(request.get("max_seconds") or MAX_SECONDS)
    said = Utterance(QUIET_SECONDS)
    since_partial = 0.0
    send(listening=True)
    with Recorder(SAMPLE_RATE) as mic:
        while not stop.is_set() and said.seconds() < limit and not said.over:
            said.add(mic.read(block))
            send(level=round(said.last_level))
            since_partial += BLOCK_SECONDS
            if said.begun and since_partial >= PARTIAL_SECONDS:
                since_partial = 0.0
                send(partial=text_of(model, said.samples(), language))
    send(text=text_of(model, said.samples(), language) if said.begun else "")


class Dictation:
    """One dictation from the app's side: :meth:`run` on a worker thread; :meth:`finish`
    from any thread ends the recording early (the words so far are written down)."""

    def __init__(
        self, model_dir: Path, language: str | None = None, threads: int = 0,
        logs_dir: Path | None = None,
    ) -> None:  # fmt: skip
        self.request = {
            "listen": True,
            "model": str(model_dir),
            "language": language,
            "threads": threads,
            "logs": str(logs_dir) if logs_dir else None,
        }
        self._proc: Any = None
        self._lock = threading.Lock()
        self._finished = False

    def run(
        self,
        on_partial: Callable[[str], None] | None = None,
        cancelled: threading.Event | None = None,
    ) -> str:
        """What was said (empty when nothing was)."""
        said: list[str] = [""]

        def take(message: dict[str, Any]) -> None:
            if "partial" in message and on_partial is not None:
                on_partial(str(message["partial"]))
            elif "text" in message:
                said[0] = str(message["text"])

        run_child(
            self.request,
            take,
            cancelled,
            "Dictation stopped unexpectedly (details in the log).",
            on_start=self._started,
        )
        return said[0]

    def _started(self, proc: Any) -> None:
        with self._lock:
            self._proc = proc
            if self._finished:
                proc.stdin.close()

    def finish(self) -> None:
        with self._lock:
            self._finished = True
            if self._proc is not None and self._proc.stdin is not None:
                with contextlib.suppress(OSError):
                    self._proc.stdin.close()
