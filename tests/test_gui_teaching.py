"""Models → Teach a model… with the real teaching child on the starter model: bad data
is refused in the window, the curve grows as it learns, Pause stops it with the curve
kept, the window offers the paused job again, and Cancel forgets it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.gui.main_window import MainWindow
from tests.gui_window import shot
from tests.test_teaching import town_text

pytestmark = pytest.mark.slow  # it teaches the real model


def test_teaching_window_pause_and_cancel(
    qtbot: Any, fake_window: MainWindow, tmp_path: Path
) -> None:
    w = fake_window
    w.open_teaching()
    dialog = w.teach_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text().endswith("-taught")
    dialog.start()  # nothing chosen yet
    assert "Choose what to teach" in dialog.status.text()
    short = tmp_path / "short.txt"
    short.write_text("Too short to teach.")
    dialog.add_sources([short])
    dialog.start()
    assert "too little text" in dialog.status.text() and dialog.job is None
    dialog.files.clear()
    dialog.sources.clear()
    towns = tmp_path / "towns.txt"
    towns.write_text(town_text(230))
    dialog.add_sources([towns])
    dialog.name.setText("towns")
    dialog.rate.setText("1e-4")
    dialog.start()
    assert not dialog.start_button.isEnabled() and dialog.pause_button.isEnabled()
    qtbot.waitUntil(lambda: len(dialog.curve.points) >= 2, timeout=180_000)
    assert "step" in dialog.status.text() and "min left" in dialog.status.text()
    shot(dialog, "teach-running")
    dialog.pause_button.click()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=60_000)
    assert "Paused" in dialog.status.text() and dialog.start_button.text() == "Resume"
    kept = len(dialog.curve.points)
    assert kept >= 2
    # A new window (as after a restart) offers the paused job with its curve.
    dialog.close()
    w.teach_dialog = None
    w.open_teaching()
    again = w.teach_dialog
    assert again is not None and again.job is not None
    assert again.start_button.text() == "Resume" and "Paused: towns" in again.status.text()
    assert len(again.curve.points) == kept
    shot(again, "teach-paused")
    again.cancel()
    assert again.job is None and "untouched" in again.status.text()
    assert not list(w.core.paths.teaching.iterdir())
    assert not (w.core.library.models_dir / "towns.gguf").exists()


def test_a_taught_models_card_in_its_settings(
    qtbot: Any, fake_window: MainWindow, starter: Path
) -> None:
    import json
    import shutil

    from assistant.gui.models.model_settings_dialog import ModelSettingsDialog

    w = fake_window
    models = w.core.library.models_dir
    models.mkdir(parents=True, exist_ok=True)
    taught = models / "towns.gguf"
    shutil.copyfile(starter, taught)
    card = {
        "base": "SmolLM2 135M (built-in)",
        "taught_on": ["/home/me/towns.txt"],
        "kind": "text",
        "epochs": 1,
        "learning_rate": 1e-4,
        "windows": 21,
        "context": 256,
        "when": 1796574330.0,
        "held_out_perplexity_before": 5.5,
        "held_out_perplexity_after": 4.25,
    }
    (models / "towns.gguf.card.json").write_text(json.dumps(card))
    model = w.core.library.resolve("towns")
    dialog = ModelSettingsDialog(w.core, model, w)
    qtbot.addWidget(dialog)
    text = dialog.card.text()
    assert dialog.card.isVisibleTo(dialog)
    assert "towns.txt" in text and "5.50 before, 4.25 after" in text
    assert "Taught from SmolLM2 135M (built-in)" in text
    shot(dialog, "taught-model-card")
