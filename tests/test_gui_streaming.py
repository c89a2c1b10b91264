"""The growing answer in the window: finished Markdown blocks render while it streams,
the view follows the answer only while the reader is at the bottom (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from assistant.gui.main_window import MainWindow
from tests.gui_window import shot

pytestmark = pytest.mark.slow

ANSWER = (
    "## Keeping bees\n\nBees need **space** and `water`.\n\n"
    "1. Pick a sunny spot\n2. Face the entrance south\n\n"
    "| Hive | Frames |\n|---|---|\n| Langstroth | 10 |\n| Top bar | 20 |\n\n"
    "```python\nyield_kg = frames * 2.5\n```\n\nA paragraph still being wri"
)


def stream_into(qtbot, w: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(0, len(text), 7):
        w.engine.text.emit(text[i : i + 7])
    qtbot.wait(50)


def on_screen_matches_a_fresh_render(w: MainWindow) -> bool:
    """Only the new lines are repainted while an answer streams: what is on screen (the
    window's backing store) must equal a full repaint of the chat."""
    viewport = w.chat.viewport()
    area = viewport.rect().translated(viewport.mapTo(w, viewport.rect().topLeft()))
    screen = QGuiApplication.primaryScreen().grabWindow(w.winId()).toImage().copy(area)
    fresh = w.grab().toImage().copy(area)
    return screen == fresh


def test_streaming_answer_renders_markdown_and_follows_only_at_the_bottom(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    w = window
    repo = w.core.repo
    cid = repo.create_conversation(title="Bees")
    for i in range(12):
        repo.append(cid, "user", f"Question {i}?\n\n" + "Some words. " * 30)
        repo.append(cid, "assistant", f"Answer {i}. " + "More words. " * 40, status="complete")
    repo.append(cid, "user", "Tell me about bees.")
    repo.append(cid, "assistant", "", status="streaming")
    w.conversations.open(cid)
    qtbot.wait(50)
    bar = w.chat.verticalScrollBar()
    stream_into(qtbot, w, ANSWER[:120])
    assert bar.value() == bar.maximum() > 0  # following the answer
    assert on_screen_matches_a_fresh_render(w)
    shot(w, "streaming-markdown")
    bar.setValue(0)  # the reader scrolls up to read an earlier answer
    stream_into(qtbot, w, ANSWER[120:] + " more text\n\n" * 20)
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    stream_into(qtbot, w, "and the end.")
    assert bar.value() == bar.maximum()
    assert on_screen_matches_a_fresh_render(w)
    assert w.messages.messages[-1].content.endswith("and the end.")
