"""Where speech is in a stretch of audio, by its loudness against the background. Whisper
then reads only those stretches: silence costs nothing and is not filled with imagined
words. (faster-whisper's own Silero VAD needs onnxruntime, whose Linux wheels carry
Microsoft's telemetry client and write a device id on import: not in an offline app.)"""

from __future__ import annotations

import numpy as np

FRAME_SECONDS = 0.03
# A frame is speech when it is this much louder than the quiet tenth of the audio...
ABOVE_FLOOR_DB = 10.0
# ...and louder than this (digital silence and hiss are not speech); anything louder than
# LOUD_DB always counts, so a noisy room never hides a voice.
QUIET_DB, LOUD_DB = -50.0, -35.0
MERGE_GAP, PAD, SHORTEST = 2.0, 0.4, 0.2  # seconds (as faster-whisper's own VAD)


def speech_regions(samples: np.ndarray, rate: int) -> list[tuple[float, float]]:
    """(start, end) seconds of the stretches that hold speech, padded and merged."""
    frame = max(1, int(FRAME_SECONDS * rate))
    n = len(samples) // frame
    if n == 0:
        return []
    frames = samples[: n * frame].astype(np.float32).reshape(n, frame)
    db = 10 * np.log10(np.mean(np.square(frames), axis=1) + 1e-12)
    floor = float(np.percentile(db, 10))
    threshold = min(max(floor + ABOVE_FLOOR_DB, QUIET_DB), LOUD_DB)
    active = np.flatnonzero(db > threshold)
    if len(active) == 0:
        return []
    regions: list[list[float]] = []
    for i in active:
        start, end = i * FRAME_SECONDS, (i + 1) * FRAME_SECONDS
        if regions and start - regions[-1][1] <= MERGE_GAP:
            regions[-1][1] = end
        else:
            regions.append([start, end])
    total = len(samples) / rate
    return [(max(0.0, s - PAD), min(total, e + PAD)) for s, e in regions if e - s >= SHORTEST]
