"""What a person chooses: adapters by name, each with a scale, written as text the same
way everywhere ("legal-style@0.5, terse"): in Settings, in a preset, in a chat, on the
command line, and in API model ids ("smollm2+legal-style@0.5")."""

from __future__ import annotations

import math
from dataclasses import dataclass

from assistant.ground.errors import UserError

MAX_SCALE = 4.0  # beyond this an adapter only breaks the model's language
API_SEPARATOR = "+"


@dataclass(frozen=True)
class Pick:
    """One adapter by name, at a scale (1: as trained; 0: off)."""

    name: str
    scale: float = 1.0

    def __str__(self) -> str:
        return self.name if self.scale == 1.0 else f"{self.name}@{self.scale:g}"


def parse(text: str, separator: str = ",") -> tuple[Pick, ...]:
    """Picks from text ("a@0.5, b"); "" and "none" are no adapter. UserError says what
    is wrong with a scale."""
    if text.strip().lower() in ("", "none"):
        return ()
    picks: list[Pick] = []
    for part in text.split(separator):
        part = part.strip()
        if not part:
            continue
        name, _, scale_text = part.rpartition("@") if "@" in part else (part, "", "")
        name = name.strip()
        if not name:
            raise UserError(f"'{part}' names no adapter (write NAME or NAME@SCALE).")
        scale = 1.0
        if scale_text:
            try:
                scale = float(scale_text)
            except ValueError:
                raise UserError(f"The scale of {name} must be a number, e.g. {name}@0.5.") from None
            if not math.isfinite(scale) or abs(scale) > MAX_SCALE:
                raise UserError(
                    f"The scale of {name} must be between -{MAX_SCALE:g} and {MAX_SCALE:g}."
                )
        if any(p.name.lower() == name.lower() for p in picks):
            raise UserError(f"The adapter {name} is named twice.")
        picks.append(Pick(name, scale))
    return tuple(picks)


def text_of(picks: tuple[Pick, ...]) -> str:
    return ", ".join(str(p) for p in picks)


def split_model_id(model_id: str) -> tuple[str, tuple[Pick, ...]]:
    """An API model id "MODEL+ADAPTER[@SCALE]+…" as the model and its adapters."""
    model, _, rest = model_id.partition(API_SEPARATOR)
    return model, parse(rest, API_SEPARATOR) if rest else ()
