"""A loaded voice in the speech child: a sentence of text to 16-bit samples (espeak-ng's
phonemes, then the Piper voice through sherpa-onnx)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from assistant.speech.phonemes import phonemize
from assistant.speech.synth import Synthesizer
from assistant.speech.voices import prepare


class Saying:
    """The request's voice (``voice``, ``cache``, ``threads``, ``speed``), loaded once."""

    def __init__(self, request: dict[str, Any]) -> None:
        self.voice = prepare(Path(request["voice"]), Path(request["cache"]))
        self.synth = Synthesizer(self.voice, int(request.get("threads") or 2))
        self.speed = float(request.get("speed") or 1.0)
        self.rate = self.voice.sample_rate

    def pcm(self, text: str) -> np.ndarray:
        """``text`` said, as 16-bit samples at :attr:`rate`."""
        samples = self.synth.speak(phonemize(text, self.voice.espeak_voice), self.speed)
        pcm: np.ndarray = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
        return pcm
