"""Settings → speech: the speech model (built-in, or one downloaded from the catalog),
the language people speak to it, the voice, reading answers aloud and its speed, and
whether a dictation is sent at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
)

from assistant.ground.settings import Settings
from assistant.gui.shared.i18n import tr
from assistant.speech.installed import speech_models, voices

# Whisper hears about a hundred languages; these are offered by name (the window's own
# languages first), any other code set in the settings file is kept.
SPOKEN = {
    "en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "zh": "中文",
    "it": "Italiano", "pt": "Português", "nl": "Nederlands", "pl": "Polski",
    "ru": "Русский", "uk": "Українська", "tr": "Türkçe", "ar": "العربية", "hi": "हिन्दी",
    "ja": "日本語", "ko": "한국어",
}  # fmt: skip


def _named(name: str, built_in: bool) -> str:
    return tr("{name} (built-in)").format(name=name) if built_in else name


def _combo(name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for text, data in items:
        box.addItem(text, data)
    if box.findData(current) < 0:  # a path set by hand, or a model since removed
        box.addItem(current, current)
    box.setCurrentIndex(box.findData(current))
    return box


class SpeechRows:
    """The rows, added to ``form``; :meth:`changes` gives what to store."""

    def __init__(self, form: QFormLayout, s: Settings, models_dir: Any) -> None:
        models = speech_models(models_dir)
        self.speech_model = _combo(
            tr("Speech model"),
            [(_named(m.name, m.built_in) + ("" if m.multilingual else tr(" (English only)")),
              m.setting) for m in models],
            s.speech_model,
        )  # fmt: skip
        self.speech_model.setToolTip(
            tr("Writes down dictation, voice mode and recordings; more in the model manager.")
        )
        self.speech_language = _combo(
            tr("Spoken language"),
            [(tr("Recognised automatically"), "")] + [(n, c) for c, n in SPOKEN.items()],
            s.speech_language,
        )
        self.dictation_sends = QCheckBox(tr("Send a dictation when I stop speaking"))
        self.dictation_sends.setChecked(s.dictation_sends)
        hearing = QHBoxLayout()
        hearing.addWidget(self.speech_model, 1)
        hearing.addWidget(self.speech_language)
        form.addRow(tr("Speech model"), hearing)
        form.addRow("", self.dictation_sends)
        choices = [(_named(v.name, v.built_in), v.setting) for v in voices(models_dir)]
        self.voice = _combo(tr("Voice"), choices, s.voice)
        self.read_answers = QCheckBox(tr("Read answers aloud as they are written"))
        self.read_answers.setChecked(s.read_answers)
        self.voice_speed = QDoubleSpinBox()
        self.voice_speed.setRange(0.5, 2.0)
        self.voice_speed.setSingleStep(0.1)
        self.voice_speed.setSuffix("×")
        self.voice_speed.setValue(s.voice_speed)
        self.voice_speed.setAccessibleName(tr("Speaking speed"))
        speaking = QHBoxLayout()
        speaking.addWidget(self.voice, 1)
        speaking.addWidget(QLabel(tr("Speed")))
        speaking.addWidget(self.voice_speed)
        form.addRow(tr("Voice"), speaking)
        form.addRow("", self.read_answers)

    def changes(self) -> dict[str, Any]:
        return {
            "speech_model": self.speech_model.currentData(),
            "speech_language": self.speech_language.currentData(),
            "dictation_sends": self.dictation_sends.isChecked(),
            "voice": self.voice.currentData(),
            "read_answers": self.read_answers.isChecked(),
            "voice_speed": round(self.voice_speed.value(), 2),
        }
