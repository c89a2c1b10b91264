"""The default sound output and input, through PortAudio (sounddevice; the one module
that imports it): playing speech, recording a dictation. Runs in the speech child, never
in the window's process."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import numpy as np

from assistant.ground.errors import UserError

BLOCK = 2048  # frames written at a time


def _sounddevice() -> Any:
    try:
        import sounddevice as sd  # type: ignore[import-untyped]
    except OSError:  # PortAudio itself is missing (Linux: libportaudio2)
        raise UserError(
            "Sound needs PortAudio (Debian and Ubuntu: sudo apt install libportaudio2)."
        ) from None
    return sd


class _Stream:
    """An open PortAudio stream, 16-bit mono at ``rate``, closed with the ``with``."""

    def __init__(self, kind: str, rate: int, device: str) -> None:
        sd = _sounddevice()
        self._errors: Any = sd.PortAudioError
        try:
            self.stream = getattr(sd, kind)(samplerate=rate, channels=1, dtype="int16")
            self.stream.start()
        except sd.PortAudioError as exc:
            raise UserError(f"No {device} could be opened ({exc}).") from None

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stream.stop()  # an output plays what is queued first
        self.stream.close()


class Recorder(_Stream):
    """The default input (a microphone)."""

    def __init__(self, rate: int) -> None:
        super().__init__("InputStream", rate, "microphone")

    def read(self, frames: int) -> np.ndarray:
        """The next ``frames`` samples (waits for them)."""
        try:
            data, _overflowed = self.stream.read(frames)
        except self._errors as exc:
            raise UserError(f"The microphone failed ({exc}).") from None
        return np.asarray(data, dtype=np.int16).reshape(-1)


class Player(_Stream):
    """One output stream for a whole reading (sentences follow without a click)."""

    def __init__(self, rate: int) -> None:
        super().__init__("OutputStream", rate, "sound output")

    def play(self, samples: np.ndarray) -> None:
        """Queue 16-bit mono ``samples``; returns once they are written to the device."""
        try:
            for start in range(0, len(samples), BLOCK):
                self.stream.write(np.ascontiguousarray(samples[start : start + BLOCK]))
        except self._errors as exc:
            raise UserError(f"The sound output failed ({exc}).") from None

    def cut(self) -> None:
        """Stop at once: what is queued is dropped (the person spoke over it)."""
        try:
            self.stream.abort()
            self.stream.start()
        except self._errors as exc:
            raise UserError(f"The sound output failed ({exc}).") from None
