"""/v1/audio/transcriptions and /v1/audio/translations with the official openai client
over real HTTP, the real Whisper weights in the speech child; bad uploads."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from assistant.app import Core, build_core
from assistant.presets import PresetLibrary
from assistant.server.run import ApiServer
from tests.conftest import free_port
from tests.fixtures.audio import encode, speak

pytestmark = pytest.mark.slow
SENTENCE = "The quarterly meeting starts at nine. Please bring the budget report."
KEY = "audio-key"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Core, ApiServer]]:
    core = build_core(str(tmp_path_factory.mktemp("audio-home")))
    server = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port(), api_key=KEY)
    server.start()
    yield core, server
    server.stop()
    core.close()


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wav = speak(SENTENCE, tmp_path_factory.mktemp("audio") / "meeting.wav", gap_seconds=0.5)
    return encode(wav, wav.with_suffix(".mp3"))


@pytest.fixture
def client(served: tuple[Core, ApiServer], request: pytest.FixtureRequest) -> openai.OpenAI:
    c = openai.OpenAI(base_url=served[1].url, api_key=KEY, max_retries=0, timeout=300)
    request.addfinalizer(c.close)
    return c


def test_transcriptions_in_every_response_format(client: openai.OpenAI, recording: Path) -> None:
    with recording.open("rb") as f:
        plain = client.audio.transcriptions.create(model="whisper-1", file=f)
    assert "budget report" in plain.text.lower()
    with recording.open("rb") as f:
        verbose = client.audio.transcriptions.create(
            model="whisper-1", file=f, response_format="verbose_json", language="en"
        )
    assert verbose.language == "english" and 4 < verbose.duration < 8
    assert verbose.segments and verbose.segments[0].start == 0.0
    for fmt, start in (("text", "The"), ("srt", "1\n00:00:00,000 --> "), ("vtt", "WEBVTT\n")):
        with recording.open("rb") as f:
            out = client.audio.transcriptions.create(
                model="whisper-1",
                file=f,
                response_format=fmt,  # type: ignore[call-overload]
            )
        assert isinstance(out, str) and out.lstrip().startswith(start), (fmt, out)


def test_translation_needs_a_multilingual_model(client: openai.OpenAI, recording: Path) -> None:
    with (
        recording.open("rb") as f,
        pytest.raises(openai.BadRequestError, match="multilingual"),
        warnings.catch_warnings(),
    ):
        # The openai client marks translations deprecated; they still are its API.
        warnings.simplefilter("ignore", DeprecationWarning)
        client.audio.translations.create(model="whisper-1", file=f)


def test_bad_uploads(served: tuple[Core, ApiServer], recording: Path) -> None:
    core, server = served
    url = f"{server.url}/audio/transcriptions"
    key = {"Authorization": f"Bearer {KEY}"}

    def post(files: dict[str, tuple[str, bytes]], **data: str) -> httpx.Response:
        return httpx.post(url, files=files, data=data, headers=key, timeout=120)

    r = post({"file": ("song.mp3", b"not audio at all" * 50)}, model="whisper-1")
    assert r.status_code == 400 and "not an audio or video file" in r.json()["error"]["message"]
    r = post({"file": ("empty.wav", b"")}, model="whisper-1")
    assert r.status_code == 400 and "empty" in r.json()["error"]["message"]
    r = post({"other": ("x.mp3", recording.read_bytes())}, model="whisper-1")
    assert r.status_code == 400 and "'file'" in r.json()["error"]["message"]
    r = post({"file": ("m.mp3", recording.read_bytes())}, response_format="docx")
    assert r.status_code == 400 and "response_format" in r.json()["error"]["message"]
    # JSON where a file upload is expected: refused before any work.
    r = httpx.post(url, json={"file": "x"}, headers=key)
    assert r.status_code == 415
    # The key is still needed, and nothing is left in the uploads folder.
    r = httpx.post(url, files={"file": ("m.mp3", recording.read_bytes())})
    assert r.status_code == 401
    assert list((core.paths.cache / "uploads").iterdir()) == []


def test_speech_in_every_format_and_heard_back(
    client: openai.OpenAI, served: tuple[Core, ApiServer], tmp_path: Path
) -> None:
    """/v1/audio/speech with the official client: the built-in voice says the sentence,
    and Whisper hears it back, from WAV and from FLAC."""
    import wave

    said = "Please bring the budget report to the quarterly meeting."
    for fmt in ("wav", "flac"):
        audio = client.audio.speech.create(
            model="tts-1",
            voice="alloy",
            input=said,
            response_format=fmt,  # type: ignore[arg-type]
        )
        path = tmp_path / f"said.{fmt}"
        audio.write_to_file(path)
        with path.open("rb") as f:
            heard = client.audio.transcriptions.create(model="whisper-1", file=f)
        assert "budget report" in heard.text.lower() and "quarterly" in heard.text.lower()
    with wave.open(str(tmp_path / "said.wav")) as w:
        seconds = w.getnframes() / w.getframerate()
    assert w.getnchannels() == 1 and 2 < seconds < 8
    pcm = client.audio.speech.create(
        model="tts-1", voice="alloy", input=said, response_format="pcm", speed=2.0
    ).content
    assert 0.3 * seconds < len(pcm) / 2 / 24_000 < 0.7 * seconds  # 24 kHz 16-bit, twice as fast
    mp3 = client.audio.speech.create(model="tts-1", voice="alloy", input="Hello.").content
    assert mp3[:3] == b"ID3" or mp3[0] == 0xFF  # OpenAI's default format


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"input": "   "}, "'input'"),
        ({"input": "Hi.", "response_format": "opus"}, "response_format"),
        ({"input": "Hi.", "speed": 9}, "speed must be between"),
        ({"input": "x" * 5000}, "longer than"),
    ],
)
def test_bad_speech_requests(served: tuple[Core, ApiServer], body: dict, words: str) -> None:  # type: ignore[type-arg]
    r = httpx.post(
        served[1].url + "/audio/speech",
        json={"model": "tts-1", "voice": "alloy", **body},
        headers={"Authorization": f"Bearer {KEY}"},
        timeout=60,
    )
    assert r.status_code == 400 and words in r.json()["error"]["message"], r.text
