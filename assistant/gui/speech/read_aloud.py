"""Read aloud in the window: Read aloud under an answer says it (prose, not Markdown's
marks; code blocks and tables announced), sentence by sentence, in the speech child
(it plays the sound: native code stays out of the window). With "Read answers aloud"
in Settings each answer is said as it is written, a sentence as soon as it is complete.
A second click, or Esc, stops it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr
from assistant.speech.speakable import Follower
from assistant.speech.speaker import SpeechFeed
from assistant.store.records import Message

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.chat.chat_controller import ChatController
    from assistant.gui.services.engine_service import EngineService


class ReadAloud(QObject):
    """One reading at a time."""

    status = Signal(str)  # a short note for the status bar and screen readers
    failed = Signal(str)

    def __init__(
        self, core: Core, chatting: ChatController, engine: EngineService, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.worker = Worker("read-aloud", self)
        self.job: Job | None = None
        self.reading: int | None = None  # the message being read (-1: the answer streaming)
        self._feed: SpeechFeed | None = None
        self._follower = Follower()
        self._answer = ""
        self.elsewhere: Callable[[], bool] = lambda: False  # answers are said by voice mode
        chatting.more_actions["read"] = self.toggle
        # "Read answers aloud": each answer is said as it is written, sentence by sentence.
        engine.turn_started.connect(self._answer_starts)
        engine.text.connect(self._answer_grows)
        engine.turn_done.connect(lambda _result: self._answer_ends())
        engine.turn_failed.connect(lambda *_: self._answer_ends())

    def _answer_starts(self) -> None:
        if not self.core.settings.read_answers or self.elsewhere():
            return
        from assistant.services.transcripts import speaker

        self.stop()
        feed, voice, speed = SpeechFeed(), speaker(self.core), self.core.settings.voice_speed
        self._feed, self._follower, self._answer, self.reading = feed, Follower(), "", -1
        self.job = self.worker.submit(
            lambda job: voice.follow(speed, job.cancelled, feed),
            lambda _none: self._done(-1),
            self._failed,
            bug=tr("Reading aloud failed (details in the log)."),
            name="read aloud",
        )

    def _answer_grows(self, piece: str) -> None:
        if self._feed is not None:
            self._answer += piece
            self._say(self._follower.feed(self._answer))

    def _answer_ends(self) -> None:
        if self._feed is not None:
            self._say(self._follower.finish(self._answer))
            self._feed.close()
            self._feed = None

    def _say(self, sentences: list[str]) -> None:
        if sentences and self._feed is not None:
            self._feed.add(" ".join(sentences))

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
        if self._feed is not None:
            self._feed.close()
            self._feed = None
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
