"""Transcribing in the window: a recording dropped on it (or File → Transcribe) becomes a
conversation holding the transcript, with progress above the chat and Esc to stop. The
real Whisper weights in the speech child; the chat model is the scripted fake."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from assistant.gui.main_window import MainWindow
from tests.fixtures.audio import encode, read_samples, speak, write
from tests.gui_window import drop_file, shot

pytestmark = pytest.mark.slow
SENTENCE = "The quarterly meeting starts at nine. Please bring the budget report."


def file_action(w: MainWindow, text: str):  # type: ignore[no-untyped-def]
    file_menu = w.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == text)  # type: ignore[union-attr]


def test_a_dropped_recording_becomes_a_conversation(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    wav = speak(SENTENCE, tmp_path / "standup.wav", gap_seconds=0.5)
    recording = encode(wav, tmp_path / "standup.m4a")
    action = file_action(w, "T&ranscribe audio or video…")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+T")
    with qtbot.waitSignal(w.transcriptions.finished, timeout=120_000) as done:
        drop_file(w, recording)
        assert "standup.m4a" in w.banner.text() and w.transcriptions.busy
    cid = done.args[0]
    assert w.conversations.current == cid and not w.transcriptions.busy
    chat = w.core.repo.conversation(cid)
    assert chat.title == "Transcript of standup.m4a"
    first = w.messages.messages[0].content
    assert first.startswith("Transcript of standup.m4a:") and "budget report" in first.lower()
    shot(w, "transcript")
    # The banner offers to add it to a document collection (a new one, named here).
    from PySide6.QtWidgets import QInputDialog

    assert "Add it to a document collection" in w.banner.text()
    asked: list[list[str]] = []

    def pick(*args: object, **_kw: object) -> tuple[str, bool]:
        asked.append(list(args[3]))  # type: ignore[call-overload]
        return "Meetings", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    w.banner.linkActivated.emit(f"transcript:{cid}")
    assert asked == [["Transcripts"]]  # no collection yet: one is suggested
    kept = w.core.paths.transcripts / "standup - transcript.md"
    assert "budget report" in kept.read_text().lower()
    collection = w.core.documents.collections.get("Meetings")
    assert list(collection.paths) == [str(kept.resolve())]
    # Ask about it: the transcript is in what the model reads.
    from tests.gui_window import send

    send(qtbot, w, "What should I bring?")
    prompt = w.core.models.engine.prompts[-1]  # type: ignore[attr-defined]
    assert "budget report" in " ".join(m["content"] for m in prompt).lower()


def test_esc_stops_a_transcription_and_bad_files_say_why(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    talk = read_samples(speak(SENTENCE, tmp_path / "one.wav"))
    long = write(np.tile(talk, 60), tmp_path / "long.flac", "flac")  # six minutes
    chats = len(w.core.repo.list_conversations())
    with qtbot.waitSignal(w.transcriptions.failed, timeout=60_000) as stopped:
        w.transcriptions.transcribe(str(long))
        qtbot.wait(500)
        w.stop()  # what Esc does
    assert stopped.args[0] == "Stopped." and not w.transcriptions.busy
    assert len(w.core.repo.list_conversations()) == chats  # nothing half-made
    fake = tmp_path / "voice-memo.mp3"
    fake.write_text("not a recording\n" * 20)
    # Attach (the paper clip) takes recordings too: transcribed, not summarized.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    with qtbot.waitSignal(w.transcriptions.failed, timeout=60_000) as attached:
        w.composer.attach_requested.emit()
    assert "voice-memo.mp3 is not an audio" in attached.args[0] and not w.engine.busy
    with qtbot.waitSignal(w.transcriptions.failed, timeout=60_000) as failed:
        drop_file(w, fake)
    assert "voice-memo.mp3 is not an audio or video file" in failed.args[0]
    assert failed.args[0] in w.banner.text()
    shot(w, "transcript-bad-file")


def virtual_speaker(home: Path, played: Path) -> None:
    """A real sound output for the tests: ALSA's file plugin behind the default
    device (through PortAudio), writing what is played to ``played`` as WAV."""
    home.mkdir(parents=True, exist_ok=True)
    (home / ".asoundrc").write_text(
        f'pcm.!default {{\n  type file\n  slave.pcm "null"\n  file "{played}"\n  format "wav"\n}}\n'
    )


def test_read_aloud_says_an_answer_and_stops(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from assistant.gui.chat.delegates import caption_parts
    from assistant.speech.models import speech_model
    from assistant.speech.transcriber import Transcriber
    from tests.gui_window import send

    w = fake_window
    played = tmp_path / "played.wav"
    virtual_speaker(tmp_path / "sound-home", played)
    monkeypatch.setenv("HOME", str(tmp_path / "sound-home"))  # the speech child's ALSA
    w.core.models.engine.script = [  # type: ignore[attr-defined]
        "## Budget\n", "Please bring the **budget report**. ", "The meeting is at nine.\n\n",
        "```python\nprint('not read out')\n```\n",
    ]  # fmt: skip
    send(qtbot, w, "What do I need?")
    answer = w.messages.messages[-1]
    assert ("read", "Read aloud") in caption_parts(answer, (1, 1))
    w.chatting.message_action("read", answer)
    assert w.read_aloud.reading == answer.id
    qtbot.waitUntil(lambda: w.read_aloud.reading is None, timeout=120_000)
    heard = Transcriber(speech_model()).transcribe(played).text.lower()
    # The code block is announced: the voice varies from run to run (VITS samples noise)
    # and whisper tiny.en hears "a code block", "I call it block" or "i code blop".
    assert "budget report" in heard and "meeting" in heard
    assert "code" in heard or "block" in heard
    assert "print" not in heard  # code is announced, not spelled out
    # Esc stops a reading at once.
    played.unlink()
    w.core.models.engine.script = ["This is a long answer. " * 40]  # type: ignore[attr-defined]
    send(qtbot, w, "Tell me more.")
    w.chatting.message_action("read", w.messages.messages[-1])
    qtbot.waitUntil(lambda: played.exists(), timeout=60_000)
    w.stop()
    assert w.read_aloud.reading is None and not w.engine.busy


def test_answers_are_read_aloud_as_they_are_written(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from assistant.gui.settings.settings_dialog import SettingsDialog
    from assistant.speech.models import speech_model
    from assistant.speech.transcriber import Transcriber
    from tests.gui_window import send

    w = fake_window
    played = tmp_path / "played.wav"
    virtual_speaker(tmp_path / "sound-home", played)
    monkeypatch.setenv("HOME", str(tmp_path / "sound-home"))
    dialog = SettingsDialog(w.core, w.presets.all(), w)
    dialog.read_answers.setChecked(True)
    dialog.voice_speed.setValue(1.2)
    assert {"read_answers", "voice_speed"} <= dialog.save()
    from assistant.speech.speaker import SpeechFeed

    given: list[tuple[str, bool]] = []  # each text handed to the reading, and whether
    add = SpeechFeed.add  # the answer was still being written then

    def watched(feed: SpeechFeed, text: str) -> None:
        given.append((text, w.engine.busy))
        add(feed, text)

    monkeypatch.setattr(SpeechFeed, "add", watched)
    engine = w.core.models.engine
    engine.delay = 0.2  # type: ignore[attr-defined]
    engine.script = [  # type: ignore[attr-defined]
        "Please bring ", "the budget report. ", "The meeting ", "is at nine. ", "Thanks.",
    ]  # fmt: skip
    send(qtbot, w, "What do I need?", wait=False)
    qtbot.waitUntil(lambda: not w.engine.busy and w.read_aloud.reading is None, timeout=120_000)
    assert given[0] == ("Please bring the budget report.", True)  # said before the end
    assert given[-1] == ("Thanks.", False)
    heard = Transcriber(speech_model()).transcribe(played).text.lower()
    assert "budget report" in heard and "meeting" in heard and "thanks" in heard


def virtual_microphone(home: Path, said: Path, raw: Path) -> None:
    """A real sound input for the tests: ALSA's file plugin as the default capture
    device, reading ``said`` (espeak-ng's WAV, made 16 kHz raw with a second of quiet
    around it) through PortAudio."""
    samples = read_samples(said).astype(np.float32)  # 16-bit at espeak-ng's rate
    n = len(samples) * 16_000 // 22_050
    samples = np.interp(np.linspace(0, len(samples) - 1, n), np.arange(len(samples)), samples)
    quiet = np.zeros(16_000)
    pcm = np.concatenate([quiet, samples, quiet, quiet, quiet]).astype("<i2")
    raw.write_bytes(pcm.tobytes())
    home.mkdir(parents=True, exist_ok=True)
    (home / ".asoundrc").write_text(
        'pcm.!default {\n  type asym\n  playback.pcm "null"\n  capture.pcm {\n'
        f'    type file\n    slave.pcm "null"\n    file "/dev/null"\n    infile "{raw}"\n'
        '    format "raw"\n  }\n}\n'
    )


def test_dictation_writes_into_the_message_box(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = fake_window
    said = speak("Please remind me to buy milk tomorrow.", tmp_path / "said.wav")
    virtual_microphone(tmp_path / "mic-home", said, tmp_path / "mic.raw")
    monkeypatch.setenv("HOME", str(tmp_path / "mic-home"))
    w.composer.edit.setPlainText("Note:")
    partials: list[str] = []
    w.dictate.partial.connect(partials.append)
    qtbot.mouseClick(w.dictate.button, Qt.MouseButton.LeftButton)
    assert w.dictate.listening and w.dictate.button.isChecked()
    shot(w.composer, "dictation-listening")
    qtbot.waitUntil(lambda: not w.dictate.listening, timeout=120_000)
    text = w.composer.edit.toPlainText()
    assert text.startswith("Note: ") and "milk" in text.lower(), text
    assert partials  # words appeared while the person was still speaking
    assert not w.dictate.button.isChecked()
    # Esc throws a dictation away and leaves the message box as it was.
    qtbot.mouseClick(w.dictate.button, Qt.MouseButton.LeftButton)
    w.stop()
    assert not w.dictate.listening and w.composer.edit.toPlainText() == text


def test_holding_the_microphone_button_is_push_to_talk(
    qtbot, fake_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.fixtures.audio import Microphone, sound_device, utterances

    w = fake_window
    said = speak(
        "Please remind me to buy milk tomorrow, and then call the plumber about the kitchen "
        "sink, and after that water all of the plants in the garden.",
        tmp_path / "said.wav",
    )
    mic = Microphone(tmp_path, utterances([(said, 0.5)]))
    monkeypatch.setenv("HOME", str(sound_device(tmp_path / "home", mic.path, None)))
    try:
        qtbot.mousePress(w.dictate.button, Qt.MouseButton.LeftButton)
        assert w.dictate.listening
        qtbot.waitUntil(lambda: "milk" in w.composer.edit.toPlainText().lower(), timeout=60_000)
        qtbot.mouseRelease(w.dictate.button, Qt.MouseButton.LeftButton)  # mid-sentence
        qtbot.waitUntil(lambda: not w.dictate.listening, timeout=60_000)
    finally:
        mic.close()
    text = w.composer.edit.toPlainText().lower()
    assert "milk" in text and "garden" not in text, text  # it stopped when released
    assert not w.dictate.button.isChecked()


def test_a_microphone_lost_mid_dictation_keeps_the_words_so_far(
    qtbot, fake_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # A sound card cannot be unplugged here: the speech child's own report of it (the
    # message sound_io.Recorder raises when PortAudio fails mid-stream) is played back.
    from assistant.ground.errors import UserError
    from assistant.speech.dictation import Dictation

    def lost(self: Dictation, on_partial, cancelled=None) -> str:  # type: ignore[no-untyped-def]
        on_partial("Please remind me to buy milk")
        raise UserError("The microphone failed (Stream is stopped).")

    monkeypatch.setattr(Dictation, "run", lost)
    w = fake_window
    with qtbot.waitSignal(w.dictate.failed, timeout=30_000) as failed:
        qtbot.mouseClick(w.dictate.button, Qt.MouseButton.LeftButton)
    assert "microphone failed" in failed.args[0] and failed.args[0] in w.banner.text()
    assert w.composer.edit.toPlainText() == "Please remind me to buy milk"  # kept
    assert not w.dictate.listening and not w.dictate.button.isChecked() and w.isVisible()
