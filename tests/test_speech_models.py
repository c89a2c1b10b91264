"""Speech models and voices from the catalog: downloaded from the (fake) Hub as one
folder each with our resumable, verified downloads, listed once whole, chosen in the
settings, and used: whisper base (real weights, multilingual) writes down German speech;
a downloaded voice speaks. Damaged or missing files leave nothing behind."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assistant.ground.errors import UserError
from assistant.models.catalog import CatalogEntry, load_catalog
from assistant.models.downloads import DownloadManager
from assistant.models.hub import Hub
from assistant.models.transfer import RetryPolicy
from assistant.speech.installed import speech_models, voices
from assistant.speech.models import speech_model
from assistant.speech.speaker import Speaker
from assistant.speech.transcriber import Transcriber
from tests.fixtures.fake_hub import FakeHub
from tests.fixtures.speech_models import voice_files, whisper_base

pytestmark = pytest.mark.slow
FAST = RetryPolicy(attempts=2, base_delay=0.05, stall_seconds=5.0, connect_timeout=2.0)


def entry(folder: str) -> CatalogEntry:
    return next(e for e in load_catalog() if e.folder == folder)


@pytest.fixture(scope="module")
def base_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return whisper_base(tmp_path_factory.mktemp("whisper-base"))


def serve(hub: FakeHub, e: CatalogEntry, files: list[Path]) -> None:
    for path, source in zip(e.files, files, strict=True):
        hub.add(e.repo, path, source)


def download(hub: FakeHub, models: Path, e: CatalogEntry) -> None:
    manager = DownloadManager(models, Hub(endpoint=hub.url), policy=FAST)
    try:
        bundle = Hub(endpoint=hub.url).bundle(e.repo, e.files, e.folder.rsplit("/", 1)[-1])
        job = manager.add(e.repo, bundle, start=False, folder=e.folder)
        manager.run(job.id)
    finally:
        manager.close()


def test_whisper_base_is_downloaded_listed_and_hears_german(
    fake_hub: FakeHub, tmp_path: Path, base_folder: Path
) -> None:
    e = entry("speech/whisper-base")
    assert e.kind == "speech" and e.is_speech
    serve(fake_hub, e, [base_folder / Path(name).name for name in e.files])
    models = tmp_path / "models"
    download(fake_hub, models, e)
    listed = {m.name: m for m in speech_models(models)}
    assert listed["whisper-base"].multilingual
    assert not listed["Whisper tiny.en"].multilingual and listed["Whisper tiny.en"].built_in
    folder = Path(listed["whisper-base"].setting)
    assert folder == models / "speech" / "whisper-base"
    assert (folder / "model.bin").stat().st_size == (base_folder / "model.bin").stat().st_size
    german = tmp_path / "de.wav"
    subprocess.run(["espeak-ng", "-v", "de", "-s", "140", "-w", str(german),
                    "Guten Morgen, wie geht es dir heute?"], check=True)  # fmt: skip
    heard = Transcriber(speech_model(str(folder))).transcribe(german, language="de")
    assert "morgen" in heard.text.lower(), heard.text
    # The built-in English-only model refuses German with a clear message.
    with pytest.raises(UserError, match="English only"):
        Transcriber(speech_model()).transcribe(german, language="de")


def test_a_damaged_or_missing_file_leaves_nothing(
    fake_hub: FakeHub, tmp_path: Path, base_folder: Path
) -> None:
    e = entry("speech/whisper-base")
    serve(fake_hub, e, [base_folder / Path(name).name for name in e.files])
    fake_hub.faults["model.bin"] = ["flip", "flip", "flip"]
    models = tmp_path / "models"
    with pytest.raises(UserError, match="corrupt"):
        download(fake_hub, models, e)
    assert [m.name for m in speech_models(models)] == ["Whisper tiny.en"]
    assert not (models / "speech" / "whisper-base").exists()
    fake_hub.repos[e.repo].files.pop("vocabulary.txt")
    with pytest.raises(UserError, match=r"lacks vocabulary\.txt"):
        download(fake_hub, models, e)


def test_a_downloaded_voice_is_listed_and_speaks(fake_hub: FakeHub, tmp_path: Path) -> None:
    # The fake Hub serves the built-in voice's files under a catalog voice's names: what
    # is tested is the download, the listing and speaking with what was downloaded.
    e = entry("voices/de_DE-thorsten-medium")
    assert e.kind == "voice"
    serve(fake_hub, e, list(voice_files()))
    models = tmp_path / "models"
    download(fake_hub, models, e)
    found = [v for v in voices(models) if not v.built_in]
    assert [v.name for v in found] == ["de_DE-thorsten-medium"]
    samples, rate = Speaker(found[0].setting, tmp_path / "cache").speak("Hello there.")
    assert rate == 22050 and len(samples) > rate // 2


def test_the_command_line_downloads_a_voice_by_name(fake_hub: FakeHub, app_home: Path) -> None:
    import os
    import sys

    e = entry("voices/de_DE-thorsten-medium")
    serve(fake_hub, e, list(voice_files()))
    env = {**os.environ, "ASSISTANT_HOME": str(app_home), "HF_ENDPOINT": fake_hub.url}
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "models", "download", "de_DE-thorsten-medium"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    folder = app_home / "data" / "models" / "voices" / "de_DE-thorsten-medium"
    assert sorted(p.name for p in folder.iterdir()) == [
        "de_DE-thorsten-medium.onnx", "de_DE-thorsten-medium.onnx.json",
    ]  # fmt: skip
    # A name the catalog does not know is looked up as a repository of GGUF files.
    unknown = subprocess.run(
        [sys.executable, "-m", "assistant", "models", "download", "no-such-voice"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert unknown.returncode != 0 and "no-such-voice" in unknown.stderr
