"""The window with hostile model files: a refused template, a cancelled load (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from assistant.gui.main_window import MainWindow
from tests.fixtures.gguf_files import edited_copy
from tests.gui_window import send, shot

pytestmark = pytest.mark.slow


def _menu_action(w: MainWindow, name: str):  # type: ignore[no-untyped-def]
    w.models_menu.refill()
    actions = [a for a in w.models_menu.actions() if a.text() == name]
    assert actions, f"{name} is not in the Models menu"
    return actions[0]


def test_hostile_template_is_refused_and_the_window_goes_on(
    qtbot, window: MainWindow, starter: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    w = window
    bad = edited_copy(starter, tmp_path / "bomb.gguf", "--chat-template", "{{ 'x' * 10**10 }}")
    w.core.library.import_file(bad, copy=False)
    _menu_action(w, "bomb").trigger()
    qtbot.waitUntil(lambda: "too large or too slow" in w.banner.text(), timeout=30_000)
    assert "bomb.gguf" in w.banner.text()
    assert w.active is not None and w.active.facts.path == str(starter)
    assert not w.status.loading.isVisible() and not w.status.cancel_load.isVisible()
    shot(w, "hostile-template-refused")
    send(qtbot, w, "Say hi.")  # the previous model answers
    assert w.messages.messages[-1].role == "assistant"
    assert w.messages.messages[-1].model_file == starter.name


def test_model_load_shows_progress_and_can_be_cancelled(
    qtbot, window: MainWindow, starter: Path, gemma: Path
) -> None:  # type: ignore[no-untyped-def]
    w = window
    w.core.library.import_file(gemma, copy=False)
    clicker = QTimer()
    clicker.setInterval(2)
    clicker.timeout.connect(w.status.cancel_load.click)
    _menu_action(w, gemma.stem).trigger()
    assert w.status.loading.isVisible() and w.status.cancel_load.isVisible()
    assert w.status.model_button.text() == "Loading model…"
    shot(w, "model-loading")
    clicker.start()
    qtbot.waitUntil(lambda: "cancelled" in w.banner.text(), timeout=60_000)
    clicker.stop()
    assert "still in use" in w.banner.text()
    assert w.active is not None and w.active.facts.path == str(starter)
    assert w.status.model_button.text() != "Loading model…"
    shot(w, "model-load-cancelled")
