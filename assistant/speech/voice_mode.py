"""Voice mode from the app's side: one speech child for the whole conversation
(speech/conversation.py) that listens, writes down and speaks; the app answers what it
heard and hands the answer back as it is written."""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.speech.child_process import run_child


class VoiceSession:
    """:meth:`run` on a worker thread until voice mode ends; the other methods from any
    thread."""

    def __init__(
        self, model_dir: Path, voice: Path, cache: Path, speed: float = 1.0,
        language: str | None = None, threads: int = 0, logs_dir: Path | None = None,
    ) -> None:  # fmt: skip
        self.request = {
            "converse": True,
            "model": str(model_dir),
            "voice": str(voice),
            "cache": str(cache),
            "speed": speed,
            "language": language,
            "threads": threads,
            "logs": str(logs_dir) if logs_dir else None,
        }
        self.cache = cache
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._ended = False

    def run(self, on_message: Callable[[dict[str, Any]], None], cancelled: threading.Event) -> None:
        """Voice mode until :meth:`end`, ``cancelled``, or the child stops by itself
        (nobody spoke for long: ``{"idle": true}``)."""
        self.cache.mkdir(parents=True, exist_ok=True)
        run_child(
            self.request,
            on_message,
            cancelled,
            "Voice mode stopped unexpectedly (details in the log).",
            on_start=self._started,
        )

    def say(self, turn: int, text: str) -> None:
        """More of answer ``turn`` (whole sentences)."""
        self._send({"say": text, "turn": turn})

    def answered(self, turn: int) -> None:
        """Answer ``turn`` is complete: once it is said, listen again."""
        self._send({"end": True, "turn": turn})

    def skip(self, turn: int) -> None:
        """Stop saying answer ``turn`` and listen again."""
        self._send({"skip": True, "turn": turn})

    def end(self) -> None:
        """Stop voice mode (the child finishes by itself)."""
        with self._lock:
            self._ended = True
            if self._proc is not None and self._proc.stdin is not None:
                with contextlib.suppress(OSError):
                    self._proc.stdin.close()

    def _started(self, proc: subprocess.Popen[str]) -> None:
        with self._lock:
            self._proc = proc
        if self._ended:
            self.end()

    def _send(self, command: dict[str, Any]) -> None:
        with self._lock:
            if self._ended or self._proc is None or self._proc.stdin is None:
                return
            with contextlib.suppress(OSError, ValueError):  # the child has ended
                self._proc.stdin.write(json.dumps(command) + "\n")
                self._proc.stdin.flush()
