"""Speaking a text from the app's side: the speech child (native code, its own process)
writes the voice's WAV; this reads it back and encodes what was asked (speech/encode.py)."""

from __future__ import annotations

import os
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

MAX_CHARS = 4096  # of one request, as OpenAI's speech endpoint


class Speaker:
    """Speaks with the voice ``setting`` names (empty: the built-in one); prepared voices
    are kept in ``cache``."""

    def __init__(
        self, setting: str, cache: Path, logs_dir: Path | None = None, threads: int = 0
    ) -> None:
        self.setting, self.cache, self.logs_dir, self.threads = setting, cache, logs_dir, threads

    def _request(self, text: str, speed: float, **more: Any) -> dict[str, Any]:
        text = text.strip()
        if not text:
            raise UserError("There is nothing to say: the text is empty.")
        if len(text) > MAX_CHARS:
            raise UserError(f"The text is longer than {MAX_CHARS:,} characters; say it in parts.")
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
