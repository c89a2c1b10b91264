"""Speech models and voices in the window: the catalog's cards download them (real
whisper base weights from the fake Hub), Settings lists what is installed and the
choice is stored and used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from assistant.gui.main_window import MainWindow
from tests.fixtures.speech_models import voice_files, whisper_base
from tests.gui_window import recording, shot

pytestmark = pytest.mark.slow


def test_a_speech_card_downloads_and_settings_offer_it(
    qtbot, fake_window: MainWindow, fake_hub, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from assistant.gui.models.model_manager import ModelManager
    from assistant.gui.settings.settings_dialog import SettingsDialog
    from assistant.models.catalog import load_catalog
    from assistant.models.hub import Hub

    w = fake_window
    base = whisper_base(tmp_path / "base")
    speech = next(e for e in load_catalog() if e.folder == "speech/whisper-base")
    for path in speech.files:
        fake_hub.add(speech.repo, path, base / path)
    voice = next(e for e in load_catalog() if e.folder == "voices/de_DE-thorsten-medium")
    for path, source in zip(voice.files, voice_files(), strict=True):
        fake_hub.add(voice.repo, path, source)  # the built-in voice's files, renamed
    recording[0] = False  # this test talks to the local fake Hub on purpose
    manager = ModelManager(w.core, w, hub=Hub(endpoint=fake_hub.url))
    qtbot.addWidget(manager)
    manager.resize(1000, 700)
    manager.show()
    manager.tabs.setCurrentIndex(1)
    cards = [manager.catalog.card_for(e) for e in (speech, voice)]
    assert all(c is not None and c.download.isVisible() for c in cards)
    card = cards[0]
    assert card is not None
    manager.catalog.ensureWidgetVisible(card)
    shot(card, "catalog-speech-card")
    for c in cards:
        assert c is not None
        qtbot.mouseClick(c.download, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: all(c is not None and c.state.text() == "Installed" for c in cards),
        timeout=120_000,
    )
    models = w.core.library.models_dir
    assert (models / "speech" / "whisper-base" / "model.bin").is_file()
    manager.close()
    dialog = SettingsDialog(w.core, w.presets.all(), w)
    qtbot.addWidget(dialog)
    rows = dialog.speech
    names = [rows.speech_model.itemText(i) for i in range(rows.speech_model.count())]
    assert names == ["Whisper tiny.en (built-in) (English only)", "whisper-base"]
    voices = [rows.voice.itemText(i) for i in range(rows.voice.count())]
    assert voices == ["en_US-joe-medium (built-in)", "de_DE-thorsten-medium"]
    rows.speech_model.setCurrentIndex(1)
    rows.speech_language.setCurrentIndex(rows.speech_language.findData("de"))
    rows.voice.setCurrentIndex(1)
    rows.dictation_sends.setChecked(True)
    dialog.show()
    shot(dialog, "settings-speech")
    changed = dialog.save()
    assert {"speech_model", "speech_language", "voice", "dictation_sends"} <= changed
    s = w.core.settings
    assert s.speech_model == str(models / "speech" / "whisper-base")
    assert s.voice.endswith("de_DE-thorsten-medium.onnx") and s.speech_language == "de"
