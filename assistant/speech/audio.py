"""Reading any audio or video file as 16 kHz mono samples, a few minutes at a time, so
an hour of audio never sits in memory whole. The only module that imports PyAV (FFmpeg)."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import av
import numpy as np

from assistant.ground.errors import Cancelled, UserError

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
# Whisper reads 30 s windows; two minutes per chunk keep the samples near 8 MB.
CHUNK_SECONDS = 120.0
# A chunk ends at the quietest moment of its last seconds, not inside a word.
_CUT_SEARCH_SECONDS = 10.0
_FRAME = SAMPLE_RATE // 10


def _open(path: Path) -> av.container.InputContainer:
    if not path.is_file():
        raise UserError(f"{path} does not exist or is not a file.")
    if path.stat().st_size == 0:
        raise UserError(f"{path.name} is empty.")
    try:
        return av.open(str(path), mode="r")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        log.info("FFmpeg cannot open %s: %s", path, exc)  # its words, for the log
        raise UserError(f"{path.name} is not an audio or video file this app can read.") from None


def duration_of(path: Path) -> float | None:
    """The file's length in seconds, when its header says (None: unknown)."""
    with _open(path) as container:
        stream = _audio_stream(container, path)
        if stream.duration is not None and stream.time_base is not None:
            return float(stream.duration * stream.time_base)
        if container.duration is not None:
            return float(container.duration / av.time_base)
    return None


def _audio_stream(container: av.container.InputContainer, path: Path) -> av.AudioStream:
    for stream in container.streams.audio:
        return stream
    raise UserError(f"{path.name} has no sound to transcribe.")


def chunks(
    path: Path, seconds: float = CHUNK_SECONDS, cancelled: Callable[[], bool] = lambda: False
) -> Iterator[tuple[float, np.ndarray]]:
    """(offset in seconds, float32 samples) pieces of the file's first audio track, each
    at most ``seconds`` long (plus the seconds carried to find a quiet cut)."""
    limit = int(seconds * SAMPLE_RATE)
    with _open(path) as container:
        stream = _audio_stream(container, path)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        parts: list[np.ndarray] = []
        held = 0
        offset = 0
        try:
            frames = container.decode(stream)
            for frame in _frames(frames, path):
                for out in resampler.resample(frame):
                    data = out.to_ndarray().reshape(-1)
                    parts.append(data)
                    held += len(data)
                if held >= limit:
                    if cancelled():
                        raise Cancelled()
                    samples = np.concatenate(parts)
                    cut = _quiet_cut(samples, limit)
                    yield offset / SAMPLE_RATE, _floats(samples[:cut])
                    offset += cut
                    rest = samples[cut:]
                    parts, held = [rest], len(rest)
            for out in resampler.resample(None):
                parts.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as exc:
            log.info("FFmpeg stopped reading %s: %s", path, exc)
            raise UserError(f"{path.name} is damaged and could not be read to the end.") from None
        samples = np.concatenate(parts) if parts else np.zeros(0, np.int16)
        if len(samples) or offset == 0:
            yield offset / SAMPLE_RATE, _floats(samples)


def _frames(frames: Iterator[av.AudioFrame], path: Path) -> Iterator[av.AudioFrame]:
    """The decoded frames; a file that breaks off mid-way ends where it breaks (what was
    readable is transcribed), as players do."""
    while True:
        try:
            frame = next(frames)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            return
        yield frame


def _quiet_cut(samples: np.ndarray, limit: int) -> int:
    """Where to end a chunk: the quietest tenth of a second in the seconds before
    ``limit`` (the rest goes to the next chunk)."""
    start = max(0, limit - int(_CUT_SEARCH_SECONDS * SAMPLE_RATE))
    window = samples[start:limit].astype(np.float32)
    n = len(window) // _FRAME
    if n < 2:
        return limit
    energy = np.square(window[: n * _FRAME].reshape(n, _FRAME)).mean(axis=1)
    return start + int(np.argmin(energy)) * _FRAME + _FRAME // 2


def _floats(samples: np.ndarray) -> np.ndarray:
    return samples.astype(np.float32) / 32768.0


def encode_compressed(samples: np.ndarray, rate: int, fmt: str) -> bytes:
    """16-bit mono ``samples`` as a FLAC or MP3 file."""
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt) as container:
        stream = container.add_stream("flac" if fmt == "flac" else "libmp3lame", rate=rate)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(
            samples.astype(np.int16).reshape(1, -1), format="s16", layout="mono"
        )
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buf.getvalue()
