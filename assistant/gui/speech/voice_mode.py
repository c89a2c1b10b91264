"""Voice mode in the window (File → Voice mode, Ctrl+Shift+V): hands-free talk. The
speech child listens; what it hears is sent as a message in the current chat (stored
like any other); the answer is said sentence by sentence as it is written; then it
listens again. Speaking over an answer stops it and is heard as the next message. A
strip above the message box shows the state (listening, thinking, speaking), and
screen readers hear each change. Esc stops the answer; the key again ends voice mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from assistant.gui.shared.announce import announce
from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr
from assistant.speech.speakable import Follower

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.chat.chat_controller import ChatController
    from assistant.gui.services.engine_service import EngineService
    from assistant.speech.voice_mode import VoiceSession

SHORTCUT = "Ctrl+Shift+V"


def state_text(state: str) -> str:
    """What the strip says (and screen readers hear) in ``state``."""
    return {
        "listening": tr("Listening… speak, then pause"),
        "thinking": tr("Thinking…"),
        "speaking": tr("Speaking… speak to interrupt"),
    }.get(state, state)


class VoiceStrip(QFrame):
    """The line above the message box while voice mode is on."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("voiceStrip")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.icon = QLabel()
        self.icon.setAccessibleName(tr("Voice mode"))
        self.state = QLabel()
        self.state.setObjectName("voiceState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.end = QPushButton(tr("End voice mode"))
        self.end.setToolTip(tr("End voice mode ({shortcut})").format(shortcut=SHORTCUT))
        row.addWidget(self.icon)
        row.addWidget(self.state, 1)
        row.addWidget(self.end)
        self.setVisible(False)

    def show_state(self, state: str, text: str) -> None:
        from assistant.gui.look.icons import icon

        name = state if state in ("thinking", "speaking") else "mic"
        self.icon.setPixmap(icon(name).pixmap(20, 20))
        self.state.setText(text)
        self.state.setAccessibleName(text)
        self.setAccessibleName(tr("Voice mode: {state}").format(state=text))
        announce(self.state, text)


class VoiceMode(QObject):
    """One voice conversation at a time, in the current chat."""

    message = Signal(object)  # from the worker: a message of the speech child
    status = Signal(str)
    failed = Signal(str)

    def __init__(
        self, core: Core, chatting: ChatController, engine: EngineService, strip: VoiceStrip,
        parent: QWidget,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.core, self.chatting, self.engine, self.strip = core, chatting, engine, strip
        self.worker = Worker("voice mode", self)
        self.job: Job | None = None
        self.session: VoiceSession | None = None
        self.state = ""
        self._turn = 0  # the turn being answered (0: none)
        self._answering = False  # the engine is writing our turn's answer
        self._follower = Follower()
        self._answer = ""
        self._waiting: tuple[int, str] | None = None  # heard while an answer was stopping
        self.message.connect(self._take)
        strip.end.clicked.connect(self.end)
        engine.turn_started.connect(self._answer_starts)
        engine.text.connect(self._answer_grows)
        engine.turn_done.connect(lambda _result: self._answer_ends())
        engine.turn_failed.connect(lambda *_: self._answer_ends())

    @property
    def on(self) -> bool:
        return self.job is not None

    def toggle(self) -> None:
        """Start voice mode, or end it."""
        if self.on:
            self.end()
        else:
            self.start()

    def start(self) -> None:
        from assistant.speech.models import speech_model
        from assistant.speech.voice_mode import VoiceSession
        from assistant.speech.voices import voice_file

        settings = self.core.settings
        try:
            session = VoiceSession(
                speech_model(settings.speech_model), voice_file(settings.voice),
                self.core.paths.cache / "voices", settings.voice_speed,
                settings.speech_language or None,
                settings.effective_threads(), self.core.paths.logs,
            )  # fmt: skip
        except Exception as exc:  # a UserError: no speech model or voice installed
            self.failed.emit(str(exc))
            return
        self.session, self._turn, self._waiting = session, 0, None
        self.strip.setVisible(True)
        self._show("starting", tr("Starting voice mode…"))
        self.job = self.worker.submit(
            lambda job: session.run(self.message.emit, job.cancelled),
            lambda _none: self._ended(tr("Voice mode ended."), session),
            lambda message, exc: self._failed(message, exc, session),
            bug=tr("Voice mode failed (details in the log)."),
            name="voice mode",
        )

    def end(self) -> None:
        """End voice mode at once (the speech child is stopped); an answer being
        written goes on, silently."""
        if self.job is not None:
            self.job.cancel()
        self._ended(tr("Voice mode ended."), self.session)

    def stop_answer(self) -> bool:
        """Esc: stop the answer being written or said (voice mode listens again);
        whether there was one."""
        if not self.on or self._turn == 0:
            return False
        if self._answering:
            self.engine.stop()
        if self.session is not None:
            self.session.skip(self._turn)
        return True

    # -- what the speech child says ---------------------------------------------------------

    def _take(self, message: dict[str, Any]) -> None:
        if not self.on:
            return
        if "state" in message:
            state = str(message["state"])
            self._show(state, state_text(state))
        elif "heard" in message:
            self._heard(int(message["turn"]), str(message["heard"]))
        elif "barged" in message:
            if self._answering and self._turn == message["barged"]:
                self.engine.stop()  # they spoke over it: what is written so far is kept
        elif "spoken" in message and message["spoken"] == self._turn:
            self._turn = 0
        elif message.get("idle"):
            self.status.emit(tr("Voice mode ended: nobody spoke for five minutes."))

    def _heard(self, turn: int, text: str) -> None:
        if self.engine.busy:  # the answer spoken over is still stopping
            self._waiting = (turn, text)
            return
        self._turn, self._answer, self._follower = turn, "", Follower()
        self._answering = False
        self.chatting.send(text)
        if not self.engine.busy:  # not sent (no model yet): say why, listen again
            assert self.session is not None
            self.session.answered(turn)

    def _answer_starts(self) -> None:
        self._answering = self.on and self._turn != 0

    def _answer_grows(self, piece: str) -> None:
        if self._answering and self.session is not None:
            self._answer += piece
            sentences = self._follower.feed(self._answer)
            if sentences:
                self.session.say(self._turn, " ".join(sentences))

    def _answer_ends(self) -> None:
        if self._answering and self.session is not None:
            rest = self._follower.finish(self._answer)
            if rest:
                self.session.say(self._turn, " ".join(rest))
            self.session.answered(self._turn)
        self._answering = False
        if self._waiting is not None and self.on:
            turn, text = self._waiting
            self._waiting = None
            self._heard(turn, text)

    # -- the strip ----------------------------------------------------------------------------

    def _show(self, state: str, text: str) -> None:
        self.state = state
        self.strip.show_state(state, text)
        self.status.emit(text)

    def _failed(self, message: str, _exc: Exception, session: VoiceSession) -> None:
        if session is self.session:  # not one ended already
            self._ended("", session)
            self.failed.emit(message)

    def _ended(self, note: str, session: VoiceSession | None) -> None:
        if session is not self.session:
            return  # an earlier session's late news
        was_on = self.job is not None
        self.job, self.session, self._turn, self._waiting = None, None, 0, None
        self.state = ""
        self.strip.setVisible(False)
        if was_on and note:
            self.status.emit(note)
            announce(self.strip, note)

    def shutdown(self) -> None:
        self.end()
        self.worker.shutdown()
