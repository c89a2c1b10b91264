"""Dictation in the window: the composer's microphone button (or Ctrl+Shift+Space) listens
until the person stops speaking or clicks it again (held down, it listens while held:
push-to-talk); the words appear in the message box as they are recognised, to be edited
before sending (or sent at once: Settings). Esc throws the dictation away. The recording
and Whisper run in the speech child."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from assistant.gui.look.icons import set_icon
from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.chat.composer import Composer
    from assistant.speech.dictation import Dictation

SHORTCUT = "Ctrl+Shift+Space"
PUSH_TO_TALK_SECONDS = 0.5  # held this long, the button listens only while held


class Dictate(QObject):
    """One dictation at a time, into the composer."""

    partial = Signal(str)  # from the worker: what was heard so far
    status = Signal(str)
    failed = Signal(str)

    def __init__(self, core: Core, composer: Composer, parent: QWidget) -> None:
        super().__init__(parent)
        self.core, self.composer = core, composer
        self.worker = Worker("dictation", self)
        self.job: Job | None = None
        self.dictation: Dictation | None = None
        self._before = ""  # the message box's text when the dictation began
        self.button = QPushButton("")
        self.button.setObjectName("iconButton")
        self.button.setCheckable(True)
        self.button.setToolTip(tr("Dictate ({shortcut})").format(shortcut=SHORTCUT))
        self.button.setAccessibleName(tr("Dictate"))
        set_icon(self.button, "mic")
        self.button.toggled.connect(self._lit)
        # A click toggles; held down, the button is push-to-talk (released: done).
        self.button.pressed.connect(self._pressed)
        self.button.clicked.connect(self._released)
        self._pressed_at: float | None = None  # when a press started this dictation
        composer.bottom_row.insertWidget(1, self.button)
        QWidget.setTabOrder(composer.attach, self.button)
        QWidget.setTabOrder(self.button, composer.send)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), parent)
        self.shortcut.activated.connect(self.toggle)
        self.partial.connect(self._show)

    def _lit(self, on: bool) -> None:
        # While listening the button is filled with the accent: its icon in the accent's ink.
        self.button.setProperty("onAccent", on)
        set_icon(self.button, "mic")

    def _pressed(self) -> None:
        import time

        if self.dictation is None:
            self.start()
            self._pressed_at = time.monotonic() if self.dictation is not None else None

    def _released(self) -> None:
        import time

        started, self._pressed_at = self._pressed_at, None
        if started is None:
            self.toggle()  # pressed while listening: done
        elif time.monotonic() - started >= PUSH_TO_TALK_SECONDS and self.dictation is not None:
            self.toggle()  # held down: push-to-talk, released now
        else:
            self.button.setChecked(self.dictation is not None)  # a click: listening on

    @property
    def listening(self) -> bool:
        return self.job is not None

    def toggle(self) -> None:
        """Start listening, or stop (the words so far are written down)."""
        if self.dictation is not None:
            self.dictation.finish()
            self.status.emit(tr("Writing down what you said…"))
        else:
            self.start()

    def start(self) -> None:
        from assistant.speech.dictation import Dictation
        from assistant.speech.models import speech_model

        settings = self.core.settings
        try:
            model = speech_model(settings.speech_model)
        except Exception as exc:  # a UserError: no model installed
            self.button.setChecked(False)
            self.failed.emit(str(exc))
            return
        dictation = Dictation(
            model, settings.speech_language or None, settings.effective_threads(),
            self.core.paths.logs,
        )  # fmt: skip
        self.dictation = dictation
        self._before = self.composer.edit.toPlainText().rstrip()
        self.button.setChecked(True)
        self.button.setAccessibleName(tr("Stop dictating"))
        self.status.emit(tr("Listening… speak, then pause"))
        self.job = self.worker.submit(
            lambda job: dictation.run(self.partial.emit, job.cancelled),
            self._done,
            self._failed,
            bug=tr("Dictation failed (details in the log)."),
            name="dictation",
        )

    def cancel(self) -> bool:
        """Esc: stop and throw away; whether a dictation was under way."""
        if self.job is None:
            return False
        self.job.cancel()
        self._reset()
        self.composer.edit.setPlainText(self._before)
        return True

    def _show(self, text: str) -> None:
        if self.job is not None:
            self.composer.edit.setPlainText(" ".join(x for x in (self._before, text) if x))

    def _done(self, text: str) -> None:
        self._reset()
        self._show_final(text)

    def _show_final(self, text: str) -> None:
        self.composer.edit.setPlainText(" ".join(x for x in (self._before, text) if x))
        self.composer.edit.moveCursor(self.composer.edit.textCursor().MoveOperation.End)
        self.composer.edit.setFocus()
        self.status.emit(tr("Nothing was heard.") if not text else tr("Dictated"))
        if text and self.core.settings.dictation_sends:
            self.composer.send_pressed()

    def _failed(self, message: str, _exc: Exception) -> None:
        was = self.job
        self._reset()
        if was is not None and not was.cancelled.is_set():
            self.failed.emit(message)

    def _reset(self) -> None:
        self.job, self.dictation = None, None
        self.button.setChecked(False)
        self.button.setAccessibleName(tr("Dictate"))

    def shutdown(self) -> None:
        self.cancel()
        self.worker.shutdown()
