"""Audio and video files in the window: File → Transcribe, or drop one on the window. The
speech child works off the GUI thread; progress shows above the chat (Esc stops), and
the transcript opens as a new conversation to ask about ("summarize the meeting")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.services.transcripts import AUDIO_SUFFIXES, keep_transcript, transcriber

if TYPE_CHECKING:
    from assistant.app import Core

FILE_FILTER = QT_TR_NOOP("Audio and video (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)")


def is_audio(path: str) -> bool:
    """A file the window transcribes rather than summarizes."""
    return Path(path).suffix.lower() in AUDIO_SUFFIXES


class Transcriptions(QObject):
    """One transcription at a time, reported as banner text."""

    progress = Signal(str)  # a line for the banner
    failed = Signal(str)
    finished = Signal(int)  # the transcript's conversation id

    def __init__(self, core: Core, parent: QWidget) -> None:
        super().__init__(parent)
        self.core = core
        self.parent_widget = parent
        self.worker = Worker("speech", self)
        self.job: Job | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            tr("Transcribe audio or video"),
            str(Path.home()),
            tr(FILE_FILTER),
        )
        if path:
            self.transcribe(path)

    def transcribe(self, path: str) -> None:
        """Transcribe ``path`` in the background; the result opens as a conversation."""
        if self.busy:
            self.failed.emit(tr("A transcription is already running; Esc stops it."))
            return
        name = Path(path).name
        self.progress.emit(tr("Transcribing {file}… (Esc stops)").format(file=name))

        def work(job: Job) -> int:
            def on_progress(done: float, total: float | None) -> None:
                if total:
                    share = min(100, round(100 * done / total))
                    line = tr("Transcribing {file}: {percent}%… (Esc stops)")
                    self.worker.post(self.progress.emit, line.format(file=name, percent=share))

            result = transcriber(self.core).transcribe(
                Path(path), on_progress=on_progress, cancelled=job.cancelled
            )
            return keep_transcript(self.core.repo, Path(path), result)

        self.job = self.worker.submit(
            work, self._done, self._failed, bug=tr("The transcription failed (details in the log).")
        )

    def stop(self) -> bool:
        """Esc: stop the running transcription (True when there was one)."""
        if self.job is None:
            return False
        self.job.cancel()
        return True

    def _done(self, cid: int) -> None:
        self.job = None
        self.finished.emit(cid)

    def _failed(self, message: str, _exc: Exception) -> None:
        self.job = None
        self.failed.emit(message)

    def shutdown(self) -> None:
        self.stop()
        self.worker.shutdown()
