"""Shipped presets (resources/presets) and the user's own (config dir); a user copy
with the same id overrides a shipped one, and a broken file is reported and skipped."""

from __future__ import annotations

import logging
from pathlib import Path

import tomli_w

from assistant.ground import atomic
from assistant.ground.resources import resources_dir
from assistant.presets.preset import Preset, PresetError

log = logging.getLogger(__name__)


class PresetLibrary:
    def __init__(self, user_dir: Path, shipped_dir: Path | None = None) -> None:
        self.user_dir = user_dir
        self.shipped_dir = shipped_dir or resources_dir() / "presets"
        self.problems: list[str] = []
        self._presets: dict[str, Preset] = {}
        self.reload()

    def reload(self) -> None:
        self.problems = []
        found: dict[str, Preset] = {}
        for folder, shipped in ((self.shipped_dir, True), (self.user_dir, False)):
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.toml")):
                try:
                    preset = Preset.from_file(path, shipped)
                except PresetError as exc:
                    self.problems.append(str(exc))
                    log.warning("preset skipped: %s", exc)
                    continue
                found[preset.id] = preset
        self._presets = found

    def all(self) -> list[Preset]:
        order = [
            "chat",
            "summarize",
            "key-points",
            "translate",
            "rewrite",
            "proofread",
            "sentiment",
            "classify",
            "extract",
            "explain-code",
            "write-code",
            "answer-from-text",
        ]
        rank = {pid: i for i, pid in enumerate(order)}
        return sorted(self._presets.values(), key=lambda p: (rank.get(p.id, 99), p.name))

    def get(self, preset_id: str) -> Preset:
        try:
            return self._presets[preset_id]
        except KeyError:
            names = ", ".join(self._presets)
            raise PresetError(f"No preset '{preset_id}'. Available: {names}.") from None

    def user_path(self, preset_id: str) -> Path:
        return self.user_dir / f"{preset_id}.toml"

    def save(self, preset: Preset) -> Path:
        """Write a user preset (editing a shipped one saves a copy), atomically."""
        path = self.user_path(preset.id)
        atomic.write_text(path, tomli_w.dumps(preset.to_toml_dict()))
        self.reload()
        return path

    def copy(self, new_id: str, from_id: str) -> Path:
        source = self.get(from_id)
        if new_id in self._presets:
            raise PresetError(f"A preset '{new_id}' already exists.")
        clone = Preset.from_dict(
            {**source.to_toml_dict(), "id": new_id, "name": f"{source.name} (copy)"},
            f"{new_id}.toml",
        )
        return self.save(clone)

    def validate(self) -> list[str]:
        """Re-read every preset file; the problems found (empty when all are fine)."""
        self.reload()
        return list(self.problems)
