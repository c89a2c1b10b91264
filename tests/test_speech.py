"""Transcribing audio and video files with the real Whisper tiny.en weights (the speech
extra) in the speech child: spoken sentences (espeak-ng) in every format people have,
timestamps, an hour in bounded memory, cancel, crashes and bad files; the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from assistant.ground.errors import Cancelled, UserError
from assistant.speech import audio, child_process
from assistant.speech.models import built_in_model, speech_model
from assistant.speech.transcriber import Transcriber
from assistant.speech.transcript import Segment, Transcript
from assistant.speech.vad import speech_regions
from tests.fixtures.audio import RATE, encode, read_samples, speak, video

SENTENCE = "The quarterly meeting starts at nine. Please bring the budget report."
SECOND = "After lunch we will visit the new factory in the harbour."


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speak(SENTENCE, tmp_path_factory.mktemp("speech") / "meeting.wav", gap_seconds=0.5)


@pytest.fixture(scope="module")
def engine() -> Transcriber:
    return Transcriber(speech_model())


def heard(text: str) -> bool:
    """Whisper tiny.en hears espeak-ng's voice well enough for these words."""
    words = text.lower()
    return "budget report" in words and "quarterly" in words


# -- formats ---------------------------------------------------------------------------


def test_formats_with_timestamps() -> None:
    t = Transcript(
        [Segment(0.0, 2.5, "Hello there."), Segment(3661.25, 3663.0, "Bye.")], "en", 3663.0
    )
    assert t.text == "Hello there. Bye."
    assert t.render("txt") == "Hello there. Bye.\n"
    assert t.render("srt") == (
        "1\n00:00:00,000 --> 00:00:02,500\nHello there.\n\n2\n01:01:01,250 --> 01:01:03,000\nBye.\n"
    )
    assert t.render("vtt").startswith("WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nHello there.\n")
    assert json.loads(t.render("json")) == {"text": "Hello there. Bye."}
    verbose = json.loads(t.render("verbose_json"))
    assert verbose["language"] == "english" and verbose["duration"] == 3663.0
    assert [s["start"] for s in verbose["segments"]] == [0.0, 3661.25]


def test_the_built_in_model_and_a_bad_model_setting(tmp_path: Path) -> None:
    assert built_in_model() is not None  # the speech extra, as make test installs it
    with pytest.raises(UserError, match="not a Whisper model folder"):
        speech_model(str(tmp_path))


def test_chunks_end_in_a_quiet_moment_and_cover_everything(tmp_path: Path) -> None:
    """Five minutes of loud noise with a short silence near each chunk's end: every cut
    falls inside the silence, and the chunks together are the whole file."""
    rng = np.random.default_rng(1)
    samples = rng.normal(0, 3000, 300 * RATE).astype(np.int16)
    quiet = [(115.0, 115.6), (235.0, 235.6)]
    for start, end in quiet:
        samples[int(start * RATE) : int(end * RATE)] = 0
    path = tmp_path / "noise.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())
    pieces = list(audio.chunks(path, seconds=120))
    offsets = [o for o, _ in pieces]
    total = sum(len(s) for _, s in pieces)
    assert abs(total / audio.SAMPLE_RATE - 300.0) < 0.05
    for (offset, s), nxt in zip(pieces, offsets[1:], strict=False):
        assert abs(offset + len(s) / audio.SAMPLE_RATE - nxt) < 1e-6  # no gap, no overlap
    cuts = offsets[1:]
    assert len(cuts) == 2
    for cut, (start, end) in zip(cuts, quiet, strict=True):
        assert start <= cut <= end, (cut, start, end)
    assert all(s.dtype == np.float32 and np.abs(s).max() <= 1.0 for _, s in pieces)


def test_speech_is_found_by_its_loudness() -> None:
    rate = audio.SAMPLE_RATE
    rng = np.random.default_rng(3)
    room = rng.normal(0, 0.001, 20 * rate).astype(np.float32)  # about -60 dBFS
    voice = room.copy()
    t = np.arange(3 * rate) / rate
    voice[5 * rate : 8 * rate] += 0.2 * np.sin(2 * np.pi * 220 * t) * (t % 0.5 < 0.4)
    voice[14 * rate : 15 * rate] += 0.1 * np.sin(2 * np.pi * 330 * t[:rate])
    regions = speech_regions(voice, rate)
    assert len(regions) == 2
    (a, b), (c, d) = regions
    assert 4.5 < a < 5.0 and 8.0 < b < 8.5 and 13.5 < c < 14.0 and 15.0 < d < 15.5
    assert speech_regions(room, rate) == [] and speech_regions(np.zeros(rate), rate) == []
    loud_room = rng.normal(0, 0.05, 5 * rate).astype(np.float32)  # a fan: all of it counts
    assert speech_regions(loud_room, rate) == [(0.0, 5.0)]


# -- real transcriptions ------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".wav", ".mp3", ".m4a", ".ogg", ".webm", ".flac", ".mp4"])
def test_every_format_people_have(
    suffix: str, spoken: Path, engine: Transcriber, tmp_path: Path
) -> None:
    if suffix == ".wav":
        path = spoken
    elif suffix == ".mp4":
        path = video(tmp_path / "meeting.mp4", spoken)
    else:
        path = encode(spoken, tmp_path / f"meeting{suffix}")
    progress: list[tuple[float, float | None]] = []
    result = engine.transcribe(path, on_progress=lambda d, t: progress.append((d, t)))
    assert heard(result.text), result.text
    assert result.language == "en" and 4.5 < result.duration < 8.0
    assert progress[0][0] == 0.0 and progress[-1][0] == result.duration
    assert progress[0][1] is not None and abs(progress[0][1] - result.duration) < 0.5


@pytest.mark.slow
def test_timestamps_follow_the_speech(engine: Transcriber, tmp_path: Path) -> None:
    first = read_samples(speak(SENTENCE, tmp_path / "one.wav"))
    second = read_samples(speak(SECOND, tmp_path / "two.wav"))
    pause = np.zeros(4 * RATE, np.int16)
    from tests.fixtures.audio import write

    path = write(np.concatenate([first, pause, second]), tmp_path / "two-parts.flac", "flac")
    result = engine.transcribe(path)
    gap_start = len(first) / RATE
    later = [s for s in result.segments if s.start >= gap_start]
    assert later and "factory" in " ".join(s.text for s in later).lower()
    assert all(s.end <= result.duration + 0.5 for s in result.segments)
    srt = result.render("srt")
    assert srt.startswith("1\n00:00:0") and "\n2\n" in srt


@pytest.mark.slow
def test_an_hour_in_bounded_memory(spoken: Path, tmp_path: Path) -> None:
    """An hour of audio (speech, an hour of room noise, speech) is transcribed with the
    speech child's peak memory close to a short file's: the hour as samples alone would
    be 230 MB."""
    speech = read_samples(spoken)
    hour = tmp_path / "hour.wav"
    rng = np.random.default_rng(0)
    with wave.open(str(hour), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(speech.tobytes())
        left = 3600 * RATE - 2 * len(speech)
        while left > 0:
            n = min(60 * RATE, left)
            w.writeframes(rng.normal(0, 30, n).astype(np.int16).tobytes())
            left -= n
        w.writeframes(speech.tobytes())
    # A fresh process each, so that its only child is the speech child.
    script = (
        "import resource, sys, json\n"
        "from pathlib import Path\n"
        "from assistant.speech.models import speech_model\n"
        "from assistant.speech.transcriber import Transcriber\n"
        "r = Transcriber(speech_model()).transcribe(Path(sys.argv[1]))\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps({'peak_kb': peak, 'duration': r.duration,\n"
        "  'segments': [[s.start, s.text] for s in r.segments]}))\n"
    )

    def run(path: Path) -> dict[str, object]:
        out = subprocess.run(
            [sys.executable, "-c", script, str(path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        result: dict[str, object] = json.loads(out.stdout)
        return result

    short, long = run(spoken), run(hour)
    assert long["duration"] == 3600.0
    segments = long["segments"]
    assert isinstance(segments, list)
    assert heard(segments[0][1]) and segments[-1][0] > 3590 and heard(segments[-1][1])
    grew_mb = (int(long["peak_kb"]) - int(short["peak_kb"])) / 1024  # type: ignore[call-overload]
    assert grew_mb < 200, f"the hour took {grew_mb:.0f} MB more than a short file"


@pytest.mark.slow
def test_cancel_stops_the_child_at_once(spoken: Path, engine: Transcriber, tmp_path: Path) -> None:
    long = tmp_path / "long.flac"
    from tests.fixtures.audio import write

    write(np.tile(read_samples(spoken), 40), long, "flac")  # four minutes of talk
    stop = threading.Event()
    seen: list[float] = []

    def on_progress(done: float, _total: float | None) -> None:
        seen.append(time.monotonic())
        if done > 0:
            stop.set()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        engine.transcribe(long, on_progress=on_progress, cancelled=stop)
    assert time.monotonic() - started < 60
    # Cancelled before the first progress report, too (the child is killed).
    stop2 = threading.Event()
    threading.Timer(0.3, stop2.set).start()
    with pytest.raises(Cancelled):
        engine.transcribe(long, cancelled=stop2)


@pytest.mark.slow
def test_bad_files_are_clear_messages(spoken: Path, engine: Transcriber, tmp_path: Path) -> None:
    fake = tmp_path / "song.mp3"
    fake.write_text("this is not audio\n" * 100)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    mute = video(tmp_path / "mute.mp4", None)
    cases = {
        fake: "not an audio or video file",
        empty: "is empty",
        tmp_path / "missing.ogg": "does not exist",
        mute: "has no sound",
    }
    for path, message in cases.items():
        with pytest.raises(UserError, match=message):
            engine.transcribe(path)
    # A file cut off half-way: what is there is transcribed, as a player would play it.
    ogg = encode(spoken, tmp_path / "whole.ogg")
    cut = tmp_path / "cut.ogg"
    cut.write_bytes(ogg.read_bytes()[: ogg.stat().st_size * 2 // 3])
    partial = engine.transcribe(cut)
    assert "quarterly" in partial.text.lower() and partial.duration < 6.0
    # Random bytes after a real header.
    noisy = tmp_path / "noisy.flac"
    flac = encode(spoken, tmp_path / "whole.flac").read_bytes()
    noisy.write_bytes(flac[:200] + np.random.default_rng(2).bytes(len(flac)))
    try:
        engine.transcribe(noisy)
    except UserError as exc:
        assert "noisy.flac" in str(exc)
    # An English-only model asked for another language or a translation.
    with pytest.raises(UserError, match="English only"):
        engine.transcribe(spoken, language="de")
    with pytest.raises(UserError, match="multilingual"):
        engine.transcribe(spoken, task="translate")


@pytest.mark.slow
def test_nothing_is_written_outside_the_app(spoken: Path, tmp_path: Path) -> None:
    """A transcription leaves the home folder as it was: no library's caches, no device
    id (onnxruntime, which faster-whisper's own VAD would import, writes one)."""
    home, cache = tmp_path / "home", tmp_path / "xdg-cache"
    home.mkdir()
    cache.mkdir()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from assistant.speech.models import speech_model\n"
        "from assistant.speech.transcriber import Transcriber\n"
        "print(Transcriber(speech_model()).transcribe(Path(sys.argv[1])).text)\n"
    )
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", script, str(spoken)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    assert heard(out.stdout)
    assert list(home.rglob("*")) == [] and list(cache.rglob("*")) == []


@pytest.mark.slow
def test_a_crashed_child_is_a_message(
    spoken: Path, engine: Transcriber, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash = [sys.executable, "-c", "import os; print('{\"duration\": 5}', flush=True); os.abort()"]
    monkeypatch.setattr(child_process, "child_command", lambda _request: crash)
    with pytest.raises(UserError, match="stopped unexpectedly"):
        engine.transcribe(spoken)


@pytest.mark.slow
def test_cli_transcribe(spoken: Path, tmp_path: Path, app_home: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "assistant", "transcribe", *args],
            capture_output=True,
            text=True,
            timeout=300,
        )

    r = cli(str(spoken))
    assert r.returncode == 0 and heard(r.stdout), r.stderr
    out = tmp_path / "meeting.srt"
    r = cli(str(spoken), "--format", "srt", "-o", str(out), "--save")
    assert r.returncode == 0, r.stderr
    assert out.read_text().startswith("1\n00:00:00,000 --> ")
    assert "saved as conversation" in r.stderr
    from assistant.store.repository import Repository

    repo = Repository(app_home / "data" / "history.db")
    try:
        chat = repo.list_conversations()[0]
        assert chat.title == "Transcript of meeting.wav"
        assert heard(repo.branch(chat.id)[0].content)
    finally:
        repo.close()
    # Into a document collection (made, then indexed), to ask about with other documents.
    r = cli(str(spoken), "--collection", "Meetings")
    assert r.returncode == 0 and "added to the collection Meetings" in r.stderr, r.stderr
    kept = app_home / "data" / "transcripts" / "meeting - transcript.md"
    assert kept.read_text().startswith("# Transcript of meeting.wav") and heard(kept.read_text())
    found = subprocess.run(
        [sys.executable, "-m", "assistant", "docs", "search", "Meetings", "budget report"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert found.returncode == 0 and "meeting - transcript.md" in found.stdout, found.stderr
    r = cli(str(tmp_path / "nope.mp3"))
    assert r.returncode == 1 and "does not exist" in r.stderr
    r = cli(str(spoken), "--translate")
    assert r.returncode == 1 and "multilingual" in r.stderr
