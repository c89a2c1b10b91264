"""Transcribing a file from the app's side: the speech child (speech/child.py) does the
work; this reads its reports, shows progress, stops it on cancel, and turns a crash
into a message."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from assistant.ground.errors import Cancelled, UserError
from assistant.speech.transcript import Segment, Transcript

log = logging.getLogger(__name__)

TASKS = ("transcribe", "translate")


def child_command(request: str) -> list[str]:
    """How to start the speech child: this interpreter, or the frozen app binary."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-child", request]
    return [sys.executable, "-m", "assistant.speech.child", request]


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
        request = json.dumps(
            {
                "file": str(Path(path).resolve()),
                "model": str(self.model_dir),
                "language": language,
                "task": task,
                "threads": self.threads,
                "logs": str(self.logs_dir) if self.logs_dir else None,
            }
        )
        proc = subprocess.Popen(
            child_command(request),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        stop = cancelled or threading.Event()
        done = threading.Event()
        watcher = threading.Thread(target=_kill_on, args=(proc, stop, done), daemon=True)
        watcher.start()
        result = Transcript(task=task)
        finished, error = False, ""
        total: float | None = None
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                message = json.loads(line)
                if "segment" in message:
                    start, end, text = message["segment"]
                    segment = Segment(float(start), float(end), str(text))
                    result.segments.append(segment)
                    if on_segment:
                        on_segment(segment)
                elif "progress" in message:
                    result.duration = max(result.duration, float(message["progress"]))
                    if on_progress:
                        on_progress(result.duration, total)
                elif "duration" in message:
                    total = message["duration"]
                    if on_progress:
                        on_progress(0.0, total)
                elif "language" in message:
                    result.language = str(message["language"])
                elif "error" in message:
                    error = str(message["error"])
                elif message.get("done"):
                    finished = True
            code = proc.wait()
        finally:
            done.set()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
        if stop.is_set():
            raise Cancelled()
        if error:
            raise UserError(error)
        if not finished:
            log.error("speech child for %s ended with code %s", path, code)
            raise UserError(
                f"Transcribing {Path(path).name} stopped unexpectedly; the file may be "
                "damaged (details in the log)."
            )
        return result


def _kill_on(proc: subprocess.Popen[str], stop: threading.Event, done: threading.Event) -> None:
    while not done.is_set():
        if stop.wait(0.1):
            proc.kill()
            return
