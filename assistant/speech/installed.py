"""The speech models and voices on this computer: the built-in ones (from the speech
part's wheels) and those downloaded from the catalog into the models folder
(``speech/<name>/`` with a Whisper model for CTranslate2, ``voices/<name>/`` with a
Piper voice). A folder is listed only when it holds everything it needs, so a download
still being installed never shows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.speech.models import built_in_model
from assistant.speech.voices import built_in_voice

SPEECH_FILES = ("model.bin", "config.json", "tokenizer.json")


@dataclass(frozen=True)
class SpeechModel:
    """A Whisper model: its folder ("" setting: the built-in one)."""

    name: str
    setting: str  # what the speech_model setting holds to choose it
    multilingual: bool
    built_in: bool = False


@dataclass(frozen=True)
class VoiceChoice:
    """A Piper voice: its .onnx ("" setting: the built-in one)."""

    name: str
    setting: str  # what the voice setting holds to choose it
    language: str
    built_in: bool = False


def _multilingual(folder: Path) -> bool:
    # Whisper's English-only models have 51864 tokens, the multilingual ones 51865 and
    # more (large-v3: 51866); CTranslate2's conversion lists them one per line.
    try:
        with open(folder / "vocabulary.txt", "rb") as f:
            return sum(1 for _ in f) > 51864
    except OSError:
        return not folder.name.endswith(".en")


def speech_models(models_dir: Path) -> list[SpeechModel]:
    """The built-in model first, then the downloaded ones by name."""
    out = []
    if built_in_model() is not None:
        out.append(SpeechModel("Whisper tiny.en", "", False, built_in=True))
    root = models_dir / "speech"
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if folder.name.startswith(".") or not folder.is_dir():
            continue  # a download being installed
        if all((folder / name).is_file() for name in SPEECH_FILES):
            out.append(SpeechModel(folder.name, str(folder), _multilingual(folder)))
    return out


def voices(models_dir: Path) -> list[VoiceChoice]:
    """The built-in voice first, then the downloaded ones by name."""
    out = []
    if built_in_voice() is not None:
        out.append(VoiceChoice("en_US-joe-medium", "", "en_US", built_in=True))
    root = models_dir / "voices"
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        for onnx in sorted(folder.glob("*.onnx")):
            config = Path(str(onnx) + ".json")
            if config.is_file():
                out.append(VoiceChoice(onnx.stem, str(onnx), _language(config)))
    return out


def _language(config: Path) -> str:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
        return str(data.get("language", {}).get("code", ""))
    except (OSError, ValueError, TypeError, AttributeError):
        return ""
