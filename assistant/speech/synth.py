"""Speaking with a Piper voice through sherpa-onnx (Apache-2.0; the one module that
imports it). Phonemes come from espeak-ng (speech/phonemes.py), so sherpa-onnx needs no
phonemizer of its own."""

from __future__ import annotations

import numpy as np
import sherpa_onnx  # type: ignore[import-untyped]

from assistant.ground.errors import UserError
from assistant.speech.voices import Voice


class Synthesizer:
    """One loaded voice."""

    def __init__(self, voice: Voice, threads: int = 2) -> None:
        self.voice = voice
        config = sherpa_onnx.OfflineTtsConfig(
            model=sherpa_onnx.OfflineTtsModelConfig(
                vits=sherpa_onnx.OfflineTtsVitsModelConfig(
                    model=str(voice.folder / "model.onnx"),
                    tokens=str(voice.folder / "tokens.txt"),
                ),
                num_threads=max(1, threads),
            ),
        )
        if not config.validate():
            raise UserError(f"The voice {voice.name} cannot be loaded.")
        self.tts = sherpa_onnx.OfflineTts(config)

    def speak(self, sentences: list[str], speed: float = 1.0) -> np.ndarray:
        """Float samples at the voice's rate for IPA ``sentences``."""
        if not sentences:
            return np.zeros(0, dtype=np.float32)
        config = sherpa_onnx.GenerationConfig()
        config.sid = 0
        config.speed = float(speed)
        config.phoneme_codepoints = [[ord(c) for c in s] for s in sentences]
        audio = self.tts.generate(" ".join(sentences), config)
        return np.asarray(audio.samples, dtype=np.float32)
