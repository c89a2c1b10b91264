"""Documents in the window: Attach or drop a file to summarize it, with progress above
the chat and Esc to stop; the summary opens as a new conversation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.gui.chat.composer import Composer
from assistant.gui.services.engine_service import EngineService
from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.services.session import ActiveModel

FILE_FILTER = QT_TR_NOOP("Documents (*.txt *.md *.pdf *.docx *.html *.htm)")


class Documents(QObject):
    """Runs summaries through the engine service and reports them as banner text."""

    progress = Signal(str)  # a line for the banner
    failed = Signal(str)
    finished = Signal(int)  # the summary's conversation id
    recording_chosen = Signal(str)  # Attach picked audio or video: it is transcribed

    def __init__(
        self,
        engine: EngineService,
        composer: Composer,
        active: Callable[[], ActiveModel | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.composer = composer
        self.active = active
        self.parent_widget = parent
        self.name = ""  # the file being summarized
        engine.summary_progress.connect(self._progress)
        engine.summary_done.connect(self._done)

    def choose(self) -> None:
        """Attach: a document is summarized, a recording transcribed."""
        from assistant.gui.speech.transcribe_controller import FILE_FILTER as RECORDINGS
        from assistant.gui.speech.transcribe_controller import is_audio

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            tr("Summarize a document"),
            str(Path.home()),
            f"{tr(FILE_FILTER)};;{tr(RECORDINGS)}",
        )
        if path and is_audio(path):
            self.recording_chosen.emit(path)
        elif path:
            self.summarize(path)

    def summarize(self, path: str) -> None:
        """Summarize a file in the engine worker; progress shows above the chat."""
        active = self.active()
        if active is None or self.engine.busy:
            self.failed.emit(tr("Wait for the model to be ready before summarizing a document."))
            return
        if active.is_remote:
            # The summarizer counts tokens with the model's own tokenizer, on this computer.
            self.failed.emit(
                tr(
                    "Documents are summarized by a model on this computer: pick one in the "
                    "Models menu first."
                )
            )
            return
        preset = self.composer.preset.id
        preset = preset if preset in ("summarize", "key-points") else "summarize"
        self.name = Path(path).name
        self.progress.emit(tr("Summarizing {file}… (Esc stops)").format(file=self.name))
        self.engine.summarize(path, preset, self.composer.variables().get("length", "medium"))

    def _progress(self, stage: str, done: int, total: int) -> None:
        step = tr("{file}: summarizing part {done} of {total}… (Esc stops)")
        if stage != "map":
            step = tr("{file}: combining, step {done} of {total}… (Esc stops)")
        self.progress.emit(step.format(file=self.name, done=min(done + 1, total), total=total))

    def _done(self, cid: int, complete: bool) -> None:
        self.composer.set_generating(False)
        self.finished.emit(cid)
        if not complete:
            self.failed.emit(tr("Stopped: the summary holds the parts that were finished."))
