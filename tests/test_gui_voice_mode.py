"""Voice mode in the window with real speech weights and a real (virtual) sound card: a
microphone that hears espeak-ng's questions in real time, an output written to a WAV
file and heard back by Whisper; the chat model is the scripted fake."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from assistant.gui.main_window import MainWindow
from assistant.speech.models import speech_model
from assistant.speech.transcriber import Transcriber
from tests.fixtures.audio import Microphone, sound_device, speak, utterances
from tests.gui_window import shot

pytestmark = pytest.mark.slow
LONG = ["Paris is sunny and warm today. "] + ["The wind comes from the west. "] * 30


def voice_action(w: MainWindow):  # type: ignore[no-untyped-def]
    file_menu = w.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == "&Voice mode")  # type: ignore[union-attr]


def test_voice_mode_talks_hands_free_and_can_be_interrupted(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    ask = speak("What is the weather like in Paris today?", tmp_path / "ask.wav")
    again = speak("Stop. Tell me about London instead.", tmp_path / "again.wav")
    mic = Microphone(tmp_path, utterances([(ask, 1.5), (again, 5.0)]))
    played = tmp_path / "played.wav"
    monkeypatch.setenv("HOME", str(sound_device(tmp_path / "home", mic.path, played)))
    engine = w.core.models.engine
    engine.script, engine.delay = LONG, 0.3  # type: ignore[attr-defined]
    seen: list[dict[str, Any]] = []

    def watch(message: dict[str, Any]) -> None:
        seen.append(message)
        if "barged" in message:  # the next answer is short
            engine.script, engine.delay = ["London is a big city."], 0.01  # type: ignore[attr-defined]

    w.voice_mode.message.connect(watch)
    action = voice_action(w)
    assert action.shortcut() == QKeySequence("Ctrl+Shift+V")
    try:
        action.trigger()
        assert w.voice_mode.on and w.voice_mode.strip.isVisible()
        qtbot.waitUntil(lambda: w.voice_mode.state == "listening", timeout=60_000)
        assert w.voice_mode.strip.state.text() == "Listening… speak, then pause"
        assert "Listening" in w.voice_mode.strip.accessibleName()
        shot(w, "voice-mode-listening")
        qtbot.waitUntil(lambda: w.voice_mode.state == "speaking", timeout=60_000)
        shot(w.voice_mode.strip, "voice-mode-speaking")
        qtbot.waitUntil(lambda: {"spoken": 2} in seen, timeout=120_000)
    finally:
        mic.close()
    messages = [(m.role, m.content) for m in w.messages.messages]
    assert [role for role, _ in messages] == ["user", "assistant", "user", "assistant"]
    assert "paris" in messages[0][1].lower() and "london" in messages[2][1].lower()
    # The first answer was stopped where the person spoke over it, and kept so far.
    assert messages[1][1].startswith("Paris is sunny") and len(messages[1][1]) < len("".join(LONG))
    assert messages[3][1] == "London is a big city."
    states = [m["state"] for m in seen if "state" in m]
    assert states[:4] == ["listening", "thinking", "speaking", "listening"]
    said = Transcriber(speech_model()).transcribe(played).text.lower()
    # (The voice samples noise: whisper tiny.en hears "Paris" or "Harris'".)
    assert "sunny and warm" in said and "london is a big city" in said
    # The strip's button ends it.
    qtbot.mouseClick(w.voice_mode.strip.end, Qt.MouseButton.LeftButton)
    assert not w.voice_mode.on and not w.voice_mode.strip.isVisible()


def test_voice_mode_without_a_microphone_says_so(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    home = sound_device(tmp_path / "home", None, None)
    (home / ".asoundrc").write_text("pcm.!default { type hw card 9 }\n")  # no such card
    monkeypatch.setenv("HOME", str(home))
    with qtbot.waitSignal(w.voice_mode.failed, timeout=60_000) as failed:
        voice_action(w).trigger()
    assert "No microphone could be opened" in failed.args[0]
    assert failed.args[0] in w.banner.text()
    assert not w.voice_mode.on and not w.voice_mode.strip.isVisible()
    assert w.isVisible()  # the window lives
