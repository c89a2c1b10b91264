"""Whisper through faster-whisper (CTranslate2). The only module that imports it; runs
in the speech child (speech/child.py), never in the window's process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
from faster_whisper import WhisperModel

from assistant.ground.errors import UserError
from assistant.speech.audio import SAMPLE_RATE
from assistant.speech.transcript import Segment
from assistant.speech.vad import speech_regions


class Whisper:
    """One loaded Whisper model."""

    def __init__(self, model_dir: Path, threads: int) -> None:
        try:
            self._model = WhisperModel(
                str(model_dir), device="cpu", compute_type="int8", cpu_threads=threads
            )
        except (RuntimeError, OSError, ValueError) as exc:
            raise UserError(f"The speech model in {model_dir} could not be loaded: {exc}") from None
        self.multilingual = bool(self._model.model.is_multilingual)

    def check(self, language: str | None, task: str) -> None:
        """Refuse what an English-only model cannot do, before any audio is read."""
        if self.multilingual:
            return
        if task == "translate":
            raise UserError(
                "Translating speech needs a multilingual speech model; the one in use "
                "understands English only."
            )
        if language not in (None, "", "en"):
            raise UserError(f"The speech model in use understands English only, not '{language}'.")

    def segments(
        self, samples: np.ndarray, offset: float, language: str | None, task: str,
        live: bool = False,
    ) -> tuple[str, Iterator[Segment]]:  # fmt: skip
        """The language heard (or given) and the segments of ``samples``, which start
        ``offset`` seconds into the file, as they are recognised. ``live``: someone is
        waiting for the words (dictation, voice mode): one guess instead of a beam of
        five, and no timestamps, for about half the time."""
        regions = speech_regions(samples, SAMPLE_RATE)
        if not regions:
            return language or "", iter(())
        segments, info = self._model.transcribe(
            samples,
            language=language or ("en" if not self.multilingual else None),
            task=task,
            # Only where someone speaks (speech/vad.py): silence is skipped, not imagined.
            clip_timestamps=[t for region in regions for t in region],
            vad_filter=False,
            condition_on_previous_text=False,  # one bad guess does not repeat itself
            **({"beam_size": 1, "without_timestamps": True} if live else {}),
        )
        return info.language, (
            Segment(round(offset + s.start, 3), round(offset + s.end, 3), s.text.strip())
            for s in segments
        )
