"""When someone is speaking into the microphone: each block's loudness against the room's
own noise (the quieter tenth of the last half minute). An utterance has begun after
0.3 s of voice, and is over after ``quiet_seconds`` of quiet that follow it."""

from __future__ import annotations

from collections import deque

import numpy as np

BLOCK_SECONDS = 0.1
MIN_LEVEL = 300.0  # RMS of 16-bit samples below which nothing counts as speech
BEGUN_SECONDS = 0.3  # of voice: someone is speaking (a click or a cough is not)
FLOOR_BLOCKS = 300  # the last half minute tells the room's noise
LEAD_BLOCKS = 10  # of quiet kept before the voice begins (Whisper hears the onset)


def level_of(samples: np.ndarray) -> float:
    """RMS of 16-bit samples."""
    if len(samples) == 0:
        return 0.0
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


class Utterance:
    """Feed it the microphone's blocks in order; it says when the utterance is over."""

    def __init__(self, quiet_seconds: float) -> None:
        self.quiet_seconds = quiet_seconds
        self.blocks: list[np.ndarray] = []
        self._levels: deque[float] = deque(maxlen=FLOOR_BLOCKS)
        self.spoken = self.quiet = 0.0
        self.last_level = 0.0
        self.fed = 0  # blocks taken, the quiet before the voice included

    @property
    def begun(self) -> bool:
        return self.spoken >= BEGUN_SECONDS

    @property
    def over(self) -> bool:
        return self.begun and self.quiet >= self.quiet_seconds

    def threshold(self) -> float:
        """How loud a block must be to be voice, in this room."""
        floor = float(np.percentile(self._levels, 10)) if self._levels else 0.0
        return max(MIN_LEVEL, 3 * floor)

    def add(self, samples: np.ndarray, louder_than: float = 0.0) -> bool:
        """Take the next block; whether it held voice (louder than ``louder_than``
        too: the app's own voice heard back while it speaks)."""
        level = self.last_level = level_of(samples)
        self._levels.append(level)
        voiced = level > max(self.threshold(), louder_than)
        self.blocks.append(samples)
        self.fed += 1
        if voiced:
            self.spoken, self.quiet = self.spoken + BLOCK_SECONDS, 0.0
        elif self.begun:
            self.quiet += BLOCK_SECONDS
        else:
            self.spoken = 0.0  # voice must be one stretch to begin an utterance
            # Minutes of waiting in a quiet room are not kept.
            del self.blocks[:-LEAD_BLOCKS]
        return voiced

    def samples(self) -> np.ndarray:
        return np.concatenate(self.blocks) if self.blocks else np.zeros(0, np.int16)

    def seconds(self) -> float:
        """Of audio taken so far."""
        return self.fed * BLOCK_SECONDS
