"""Read aloud in the window: Read aloud under an answer says it (prose, not Markdown's
marks; code blocks and tables announced), sentence by sentence, in the speech child
(it plays the sound: native code stays out of the window). A second click, or Esc,
stops it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr
from assistant.store.records import Message

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.chat.chat_controller import ChatController


class ReadAloud(QObject):
    """One reading at a time."""

    status = Signal(str)  # a short note for the status bar and screen readers
    failed = Signal(str)

    def __init__(self, core: Core, chatting: ChatController, parent: QWidget) -> None:
        super().__init__(parent)
        self.core = core
        self.worker = Worker("read-aloud", self)
        self.job: Job | None = None
        self.reading: int | None = None  # the message being read
        chatting.more_actions["read"] = self.toggle

    def toggle(self, m: Message) -> None:
        """Read ``m`` aloud, or stop when it is the one being read."""
        was = self.reading
        self.stop()
        if was != m.id:
            self.read(m)

    def read(self, m: Message) -> None:
        from assistant.services.transcripts import speaker
        from assistant.speech.speakable import speakable

        text = speakable(m.content)
        voice = speaker(self.core)
        speed = self.core.settings.voice_speed
        self.reading = m.id
        self.status.emit(tr("Reading aloud…"))
        self.job = self.worker.submit(
            lambda job: voice.say(text, speed, job.cancelled),
            lambda _none: self._done(m.id),
            self._failed,
            bug=tr("Reading aloud failed (details in the log)."),
            name="read aloud",
        )

    def stop(self) -> bool:
        """Stop the reading under way; whether there was one."""
        if self.job is None:
            return False
        self.job.cancel()
        self.job, self.reading = None, None
        return True

    def _done(self, message_id: int) -> None:
        if self.reading == message_id:
            self.job, self.reading = None, None

    def _failed(self, message: str, _exc: Exception) -> None:
        was = self.job
        self.job, self.reading = None, None
        if was is not None and not was.cancelled.is_set():
            self.failed.emit(message)

    def shutdown(self) -> None:
        """The reading stops with the window (its child process is killed)."""
        self.stop()
        self.worker.shutdown()
