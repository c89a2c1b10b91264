"""Speaking a text from the app's side: the speech child (native code, its own process)
writes the voice's WAV; this reads it back and encodes what was asked (speech/encode.py)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import tempfile
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assistant.ground.errors import UserError
from assistant.speech.child_process import run_child
from assistant.speech.voices import voice_file

MAX_CHARS = 4096  # of one request to write down, as OpenAI's speech endpoint
MAX_READ_CHARS = 200_000  # of a reading aloud (said sentence by sentence as it goes)


class Speaker:
    """Speaks with the voice ``setting`` names (empty: the built-in one); prepared voices
    are kept in ``cache``."""

    def __init__(
        self, setting: str, cache: Path, logs_dir: Path | None = None, threads: int = 0
    ) -> None:
        self.setting, self.cache, self.logs_dir, self.threads = setting, cache, logs_dir, threads

    def _request(self, text: str, speed: float, **more: Any) -> dict[str, Any]:
        text = text.strip()
        if not text and not more.get("follow"):  # a reading that follows starts empty
            raise UserError("There is nothing to say: the text is empty.")
        limit = MAX_READ_CHARS if more.get("play") else MAX_CHARS
        if len(text) > limit:
            raise UserError(f"The text is longer than {limit:,} characters; say it in parts.")
        if not 0.25 <= speed <= 4.0:
            raise UserError("The speed must be between 0.25 and 4.")
        return {
            "speak": text,
            "voice": str(voice_file(self.setting)),
            "cache": str(self.cache),
            "speed": speed,
            "threads": self.threads,
            "logs": str(self.logs_dir) if self.logs_dir else None,
            **more,
        }

    def say(
        self,
        text: str,
        speed: float = 1.0,
        cancelled: threading.Event | None = None,
        on_sentence: Callable[[int], None] | None = None,
    ) -> None:
        """Say ``text`` aloud on the sound output (the speech child plays it, sentence
        by sentence; ``cancelled`` stops it at once)."""
        request = self._request(text, speed, play=True)
        self.cache.mkdir(parents=True, exist_ok=True)
        run_child(
            request,
            lambda message: on_sentence(int(message["said"])) if on_sentence else None,
            cancelled,
            "Reading aloud stopped unexpectedly (details in the log).",
        )

    def follow(self, speed: float, cancelled: threading.Event, feed: SpeechFeed) -> None:
        """Say what ``feed`` is given as it comes (an answer as it streams), until it is
        closed; runs on the caller's thread (a worker)."""
        request = self._request("", speed, play=True, follow=True)
        self.cache.mkdir(parents=True, exist_ok=True)
        run_child(
            request,
            lambda _message: None,
            cancelled,
            "Reading aloud stopped unexpectedly (details in the log).",
            on_start=feed.attach,
        )

    def speak(
        self, text: str, speed: float = 1.0, cancelled: threading.Event | None = None
    ) -> tuple[np.ndarray, int]:
        """16-bit samples and their rate."""
        request = self._request(text, speed)
        self.cache.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".speech-", suffix=".wav", dir=self.cache)
        os.close(fd)
        try:
            run_child(
                {**request, "out": name},
                lambda _message: None,
                cancelled,
                "Speaking stopped unexpectedly (details in the log).",
            )
            with wave.open(name, "rb") as w:
                rate = w.getframerate()
                samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        finally:
            Path(name).unlink(missing_ok=True)
        return samples, rate


class SpeechFeed:
    """Text for a reading that follows an answer: :meth:`add` from any thread (it is
    held until the child has started), :meth:`close` when the answer is done."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[str] = []
        self._closed = False
        self._proc: subprocess.Popen[str] | None = None

    def attach(self, proc: subprocess.Popen[str]) -> None:
        with self._lock:
            self._proc = proc
            for text in self._pending:
                self._write(text)
            self._pending.clear()
            if self._closed:
                self._end()

    def add(self, text: str) -> None:
        with self._lock:
            if self._closed:
                return
            if self._proc is None:
                self._pending.append(text)
            else:
                self._write(text)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._proc is not None:
                self._end()

    def _write(self, text: str) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        with contextlib.suppress(OSError, ValueError):  # the child was stopped
            self._proc.stdin.write(json.dumps(text) + "\n")
            self._proc.stdin.flush()

    def _end(self) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        with contextlib.suppress(OSError, ValueError):
            self._proc.stdin.close()
