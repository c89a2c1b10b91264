"""A loaded voice in the speech child: a sentence of text to 16-bit samples (espeak-ng's
phonemes, then the Piper voice through sherpa-onnx)."""

from __future__ import annotations

import queue
import threading
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
        """``text`` said, as 16-bit samples at :attr:`rate`: its phonemes in one call
        of espeak-ng, then the voice one sentence at a time (as sherpa-onnx's own CLI
        does: a whole text at once is slower, the voice's cost growing faster than its
        length)."""
        pause = np.zeros(int(SENTENCE_PAUSE * self.rate / self.speed), np.float32)
        parts: list[np.ndarray] = []
        for sentence in phonemize(text, self.voice.espeak_voice):
            if parts:
                parts.append(pause)
            parts.append(self.synth.speak([sentence], self.speed))
        samples = np.concatenate(parts) if parts else np.zeros(0, np.float32)
        pcm: np.ndarray = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
        return pcm


SENTENCE_PAUSE = 0.2  # seconds between sentences, as Piper's own default
FIRST_PIECE_WORDS = 10  # a longer first sentence is said from its first comma on


def pieces(sentence: str, first: bool) -> list[str]:
    """``sentence`` as it is made into sound: the first of an answer cut at a comma when
    it is long, so its beginning is heard sooner."""
    words = sentence.split()
    if not first or len(words) <= FIRST_PIECE_WORDS:
        return [sentence]
    for i, word in enumerate(words[3:-3], start=3):
        if word[-1] in ",;:":
            return [" ".join(words[: i + 1]), " ".join(words[i + 1 :])]
    return [sentence]


class SoundMaker:
    """Makes sound of texts in order on a thread of its own, while what was made before
    plays (sherpa-onnx lets go of Python's lock while it works). One per answer: a
    stopped answer's maker is closed, and what it still makes is dropped."""

    _one_at_a_time = threading.Lock()  # a voice makes one sound at a time

    def __init__(self, saying: Saying) -> None:
        self._saying = saying
        self._todo: queue.Queue[str | None] = queue.Queue()
        self._made: queue.Queue[np.ndarray] = queue.Queue()
        self.pending = 0  # given, not yet taken
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while (text := self._todo.get()) is not None:
            with self._one_at_a_time:
                self._made.put(self._saying.pcm(text))

    def add(self, text: str) -> None:
        self.pending += 1
        self._todo.put(text)

    def take(self, wait: float) -> np.ndarray | None:
        """The next sound made (waiting up to ``wait`` seconds), or None."""
        try:
            made = self._made.get(timeout=wait) if wait else self._made.get_nowait()
        except queue.Empty:
            return None
        self.pending -= 1
        return made

    def close(self) -> None:
        self._todo.put(None)
