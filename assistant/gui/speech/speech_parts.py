"""The window's speech, made and wired in one place: transcribing recordings, reading
answers aloud, dictation and voice mode. Their failures go to the banner, their short
notes to the status bar; Esc stops whichever is under way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QStatusBar, QWidget

from assistant.gui.shared.i18n import tr

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.chat.chat_controller import ChatController
    from assistant.gui.chat.composer import Composer
    from assistant.gui.services.engine_service import EngineService


class SpeechParts:
    """Made by the window once its chat parts exist."""

    def __init__(
        self, core: Core, chatting: ChatController, engine: EngineService, composer: Composer,
        column: QBoxLayout, window: QWidget, banner: Callable[[str], None],
        opened: Callable[[int], None], status: QStatusBar,
    ) -> None:  # fmt: skip
        from assistant.gui.speech.dictate_controller import Dictate
        from assistant.gui.speech.read_aloud import ReadAloud
        from assistant.gui.speech.transcribe_controller import Transcriptions
        from assistant.gui.speech.voice_mode import VoiceMode, VoiceStrip

        self.banner, self.opened = banner, opened
        self.transcriptions = Transcriptions(core, window)
        self.read_aloud = ReadAloud(core, chatting, engine, window)
        self.dictate = Dictate(core, composer, window)
        strip = VoiceStrip()
        column.insertWidget(column.indexOf(composer), strip)
        self.voice_mode = VoiceMode(core, chatting, engine, strip, window)
        self.read_aloud.elsewhere = lambda: self.voice_mode.on  # voice mode says answers
        for part in (self.transcriptions, self.read_aloud, self.dictate, self.voice_mode):
            part.failed.connect(banner)
        self.transcriptions.progress.connect(banner)
        for part in (self.read_aloud, self.dictate, self.voice_mode):
            part.status.connect(lambda text: status.showMessage(text, 4000))
        self.transcriptions.finished.connect(self._transcript_finished)

    def _transcript_finished(self, cid: int) -> None:
        self.opened(cid)
        self.banner(
            tr("The transcript is ready to ask about. <a href='transcript:{cid}'>Add it to "
               "a document collection…</a>").format(cid=cid)
        )  # fmt: skip

    def stop(self) -> bool:
        """Esc: stop a transcription, an answer said in voice mode, a reading aloud or a
        dictation; whether there was one."""
        return (
            self.transcriptions.stop()
            or self.voice_mode.stop_answer()
            or self.read_aloud.stop()
            or self.dictate.cancel()
        )

    def shutdown(self) -> None:
        for part in (self.transcriptions, self.read_aloud, self.dictate, self.voice_mode):
            part.shutdown()
