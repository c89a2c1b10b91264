"""A transcript and the formats it is written in: plain text, SubRip (.srt), WebVTT
(.vtt), and OpenAI's json and verbose_json."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

FORMATS = ("txt", "srt", "vtt", "json", "verbose_json")


@dataclass(frozen=True)
class Segment:
    """A stretch of speech, in seconds from the start of the file."""

    start: float
    end: float
    text: str


@dataclass
class Transcript:
    """What was said in a file, segment by segment."""

    segments: list[Segment] = field(default_factory=list)
    language: str = ""
    duration: float = 0.0
    task: str = "transcribe"

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments if s.text).strip()

    def render(self, fmt: str) -> str:
        """The transcript as ``fmt`` (one of FORMATS; "text" is taken for "txt")."""
        if fmt in ("txt", "text"):
            return self.text + "\n"
        if fmt == "srt":
            return "\n".join(
                f"{i}\n{_clock(s.start, ',')} --> {_clock(s.end, ',')}\n{s.text}\n"
                for i, s in enumerate(self.segments, 1)
            )
        if fmt == "vtt":
            cues = "\n".join(
                f"{_clock(s.start, '.')} --> {_clock(s.end, '.')}\n{s.text}\n"
                for s in self.segments
            )
            return "WEBVTT\n\n" + cues
        if fmt == "json":
            return json.dumps({"text": self.text}, ensure_ascii=False)
        if fmt == "verbose_json":
            return json.dumps(self.verbose(), ensure_ascii=False)
        raise ValueError(f"unknown transcript format {fmt!r}")

    def verbose(self) -> dict[str, Any]:
        """OpenAI's verbose_json shape."""
        return {
            "task": self.task,
            "language": _language_name(self.language),
            "duration": round(self.duration, 3),
            "text": self.text,
            "segments": [
                {
                    "id": i,
                    "seek": 0,
                    "start": round(s.start, 3),
                    "end": round(s.end, 3),
                    "text": s.text,
                }
                for i, s in enumerate(self.segments)
            ],
        }


def _clock(seconds: float, comma: str) -> str:
    ms = max(0, round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{comma}{ms:03d}"


# OpenAI's verbose_json names the language in English words.
_NAMES = {
    "en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
    "pt": "portuguese", "nl": "dutch", "zh": "chinese", "ja": "japanese", "ru": "russian",
}  # fmt: skip


def _language_name(code: str) -> str:
    return _NAMES.get(code, code)
