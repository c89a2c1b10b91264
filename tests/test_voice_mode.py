"""Voice mode's speech child with real weights and a real (virtual) sound card: a
microphone that hears espeak-ng's sentences in real time (tests/fixtures/audio.py) and
an output written to a WAV file, heard back by Whisper."""

from __future__ import annotations

import os
import threading
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.ground.errors import UserError
from assistant.speech.models import speech_model
from assistant.speech.transcriber import Transcriber
from assistant.speech.voice_mode import VoiceSession
from assistant.speech.voices import voice_file
from tests.fixtures.audio import Microphone, sound_device, speak, utterances

pytestmark = pytest.mark.slow
LONG_ANSWER = "Paris is sunny and warm today, with a light breeze from the west. " * 4


def session(tmp_path: Path) -> VoiceSession:
    return VoiceSession(speech_model(), voice_file(""), tmp_path / "cache", threads=2,
                        logs_dir=tmp_path)  # fmt: skip


def seconds_of(wav: Path) -> float:
    with wave.open(str(wav), "rb") as w:
        return w.getnframes() / w.getframerate()


def test_a_spoken_question_is_answered_aloud_and_speaking_over_it_interrupts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask = speak("What is the weather like in Paris today?", tmp_path / "ask.wav")
    again = speak("Stop. Tell me about London instead.", tmp_path / "again.wav")
    # The second question comes four seconds after the first: over the answer.
    mic = Microphone(tmp_path, utterances([(ask, 1.0), (again, 4.0)]))
    played = tmp_path / "played.wav"
    monkeypatch.setenv("HOME", str(sound_device(tmp_path / "home", mic.path, played)))
    voice = session(tmp_path)
    got: list[dict[str, Any]] = []

    def answer(message: dict[str, Any]) -> None:
        got.append(message)
        if "heard" in message:
            turn = message["turn"]
            voice.say(turn, LONG_ANSWER if turn == 1 else "London is a big city.")
            voice.answered(turn)
        elif message.get("spoken") == 2:
            voice.end()

    try:
        voice.run(answer, threading.Event())
    finally:
        mic.close()
    heard = [m for m in got if "heard" in m]
    assert "weather" in heard[0]["heard"].lower() and "paris" in heard[0]["heard"].lower()
    assert "london" in heard[1]["heard"].lower()
    states = [m["state"] for m in got if "state" in m]
    assert states[:4] == ["listening", "thinking", "speaking", "listening"]
    # Answer 1 was cut short by the second question; answer 2 was said whole.
    order = [k for m in got for k in ("barged", "spoken") if k in m]
    assert order == ["barged", "spoken"] and {"barged": 1} in got and {"spoken": 2} in got
    said = Transcriber(speech_model()).transcribe(played).text.lower()
    # (The voice samples noise: whisper tiny.en hears "Paris is sunny" or "Paris a sunny",
    # and once heard "London" as "slundened".)
    assert "sunny and warm" in said and "big city" in said
    full = 4 * 4.0  # four sentences of about four seconds each
    assert seconds_of(played) < full - 4  # not all of answer 1 was said
    # Writing the words down begins in the pause, so little is left when it ends.
    assert all(m["after_end"] < m["recognition"] for m in heard)


def test_voice_mode_ends_when_nobody_speaks_and_without_a_microphone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A recorded quiet room (a file: read as fast as it is asked for, so five minutes of
    # quiet pass at once) ends voice mode by itself.
    quiet = tmp_path / "quiet.raw"
    quiet.write_bytes(np.zeros(16_000, "<i2").tobytes())
    monkeypatch.setenv("HOME", str(sound_device(tmp_path / "home", quiet, None)))
    got: list[dict[str, Any]] = []
    session(tmp_path).run(got.append, threading.Event())
    assert {"idle": True} in got and not any("heard" in m for m in got)
    # No sound card at all: a message that says so.
    (tmp_path / "home" / ".asoundrc").write_text("pcm.!default { type hw card 9 }\n")
    with pytest.raises(UserError, match="No microphone could be opened"):
        session(tmp_path).run(got.append, threading.Event())
    assert os.listdir(tmp_path / "cache")  # the voice was prepared once, kept


def test_its_own_voice_heard_back_does_not_interrupt_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loudspeakers: the microphone hears the answer as it is said (half as loud, a tenth
    # of a second late). That echo must not count as the person speaking over it.
    from assistant.speech.speaker import Speaker

    ask = speak("What is the weather like in Paris today?", tmp_path / "ask.wav")
    answer = "Paris is sunny and warm today, with a light breeze from the west. " * 2
    samples, rate = Speaker("", tmp_path / "cache").speak(answer)
    at = np.linspace(0, len(samples) - 1, len(samples) * 16_000 // rate)
    echo = (np.interp(at, np.arange(len(samples)), samples) * 0.5).astype("<i2")
    mic = Microphone(tmp_path, utterances([(ask, 1.0)]))
    monkeypatch.setenv("HOME", str(sound_device(tmp_path / "home", mic.path, None)))
    voice = session(tmp_path)
    got: list[dict[str, Any]] = []

    def answer_it(message: dict[str, Any]) -> None:
        got.append(message)
        if "heard" in message:
            voice.say(message["turn"], answer)
            voice.answered(message["turn"])
        elif "speaking" in message:
            mic.say(echo)  # the room carries the voice back
        elif "spoken" in message:
            voice.end()

    try:
        voice.run(answer_it, threading.Event())
    finally:
        mic.close()
    assert {"spoken": 1} in got and not any("barged" in m for m in got)
    assert sum("heard" in m for m in got) == 1  # the echo was not taken for a question
