"""Task presets: data files describing a task for the model. No Qt here."""

from assistant.presets.library import PresetLibrary
from assistant.presets.preset import Preset, PresetError, RenderedPrompt

__all__ = ["Preset", "PresetError", "PresetLibrary", "RenderedPrompt"]
