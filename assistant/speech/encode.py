"""Spoken audio in the formats people and OpenAI's clients ask for: WAV, raw PCM (16-bit
little-endian at 24 kHz, as OpenAI's), FLAC and MP3 (PyAV's FFmpeg in speech/audio.py,
already here to decode recordings)."""

from __future__ import annotations

import io
import wave

import numpy as np

from assistant.ground.errors import UserError

FORMATS = {
    "wav": "audio/wav",
    "pcm": "audio/pcm",
    "flac": "audio/flac",
    "mp3": "audio/mpeg",
}
PCM_RATE = 24_000


def encode(samples: np.ndarray, rate: int, fmt: str) -> bytes:
    """``samples`` (16-bit, mono, at ``rate``) as a file of format ``fmt``."""
    if fmt not in FORMATS:
        raise UserError(f"Unknown audio format '{fmt}': {', '.join(FORMATS)}.")
    if fmt == "wav":
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(samples.astype("<i2").tobytes())
        return buf.getvalue()
    if fmt == "pcm":
        return _resample(samples, rate, PCM_RATE).astype("<i2").tobytes()
    from assistant.speech.audio import encode_compressed

    if fmt == "mp3":  # the encoder takes the rates MP3 has
        samples, rate = _resample(samples, rate, 24_000), 24_000
    return encode_compressed(samples, rate, fmt)


def _resample(samples: np.ndarray, rate: int, to: int) -> np.ndarray:
    if rate == to or len(samples) == 0:
        return samples
    n = round(len(samples) * to / rate)
    x = np.linspace(0, len(samples) - 1, n)
    return np.interp(x, np.arange(len(samples)), samples.astype(np.float32)).astype(np.int16)
