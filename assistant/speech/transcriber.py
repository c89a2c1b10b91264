"""Transcribing a file from the app's side: the speech child (speech/child.py) does the
work; this reads its reports, shows progress, stops it on cancel, and turns a crash
into a message."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.ground.errors import UserError
from assistant.speech.child_process import run_child
from assistant.speech.transcript import Segment, Transcript

TASKS = ("transcribe", "translate")


class Transcriber:
    """Transcribes files with one Whisper model folder (speech/models.py)."""

    def __init__(self, model_dir: Path, logs_dir: Path | None = None, threads: int = 0) -> None:
        self.model_dir, self.logs_dir, self.threads = model_dir, logs_dir, threads

    def transcribe(
        self,
        path: Path,
        language: str | None = None,
        task: str = "transcribe",
        on_progress: Callable[[float, float | None], None] | None = None,
        on_segment: Callable[[Segment], None] | None = None,
        cancelled: threading.Event | None = None,
    ) -> Transcript:
        """The transcript of ``path`` (``task`` "translate": into English). Progress is
        (seconds done, seconds in all or None); setting ``cancelled`` stops the child
        and raises :class:`Cancelled`."""
        if task not in TASKS:
            raise UserError(f"Unknown task '{task}': transcribe or translate.")
        request = {
            "file": str(Path(path).resolve()),
            "model": str(self.model_dir),
            "language": language,
            "task": task,
            "threads": self.threads,
            "logs": str(self.logs_dir) if self.logs_dir else None,
        }
        result = Transcript(task=task)
        total: list[float | None] = [None]

        def take(message: dict[str, Any]) -> None:
            if "segment" in message:
                start, end, text = message["segment"]
                segment = Segment(float(start), float(end), str(text))
                result.segments.append(segment)
                if on_segment:
                    on_segment(segment)
            elif "progress" in message:
                result.duration = max(result.duration, float(message["progress"]))
                if on_progress:
                    on_progress(result.duration, total[0])
            elif "duration" in message:
                total[0] = message["duration"]
                if on_progress:
                    on_progress(0.0, total[0])
            elif "language" in message:
                result.language = str(message["language"])

        run_child(
            request,
            take,
            cancelled,
            f"Transcribing {Path(path).name} stopped unexpectedly; the file may be "
            "damaged (details in the log).",
        )
        return result
