"""The window's look, kept on purpose: screens in the light and the dark theme are
compared pixel by pixel with the reference set in tests/reference/. A change of look that
was not meant fails here; one that was meant is accepted by writing the set again:

    UPDATE_REFERENCE=1 make test     (or pytest tests/test_gui_look.py)

and looking at the new PNGs before committing them. On a mismatch the test writes the
screen and a difference image (changed pixels in red) to tests/screenshots/."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from assistant.gui.look.theme import apply_theme
from tests.gui_window import SHOTS

REFERENCE = Path(__file__).parent / "reference"
# Anti-aliasing may differ by a shade between runs of the same build; a changed look
# (a colour, a margin, a word) moves far more pixels than this.
CHANNEL_TOLERANCE = 24
MAX_CHANGED_SHARE = 0.002

ANSWER = (
    "Here is a **plan** for the week:\n\n"
    "1. Monday: read the report\n2. Tuesday: write the summary\n\n"
    "| Day | Hours |\n|---|---:|\n| Monday | 2 |\n| Tuesday | 3 |\n\n"
    "```python\ndef total(hours):\n    return sum(hours)  # all of them\n```\n"
)


def pixels(image: QImage) -> Any:
    """An image's pixels as a (height, width, 4) array of bytes."""
    import numpy as np

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def changed_pixels(a: QImage, b: QImage) -> tuple[int, QImage]:
    """How many pixels differ beyond the tolerance, and an image that marks them red."""
    import numpy as np

    pa, pb = pixels(a).astype(np.int16), pixels(b).astype(np.int16)
    changed = np.abs(pa[..., :3] - pb[..., :3]).max(axis=2) > CHANNEL_TOLERANCE
    marked = pixels(a)
    marked[changed] = (0, 0, 255, 255)  # BGRA: red
    out = QImage(marked.data, a.width(), a.height(), a.width() * 4, QImage.Format.Format_RGB32)
    return int(changed.sum()), out.copy()


def check_look(widget: QWidget, name: str) -> None:
    image = widget.grab().toImage()
    path = REFERENCE / f"{name}.png"
    if os.environ.get("UPDATE_REFERENCE") == "1" or not path.exists():
        REFERENCE.mkdir(exist_ok=True)
        assert image.save(str(path))
        if os.environ.get("UPDATE_REFERENCE") != "1":
            pytest.fail(f"no reference for {name}: written; look at {path} and commit it")
        return
    reference = QImage(str(path))
    SHOTS.mkdir(exist_ok=True)
    if reference.size() != image.size():
        image.save(str(SHOTS / f"look-{name}.png"))
        pytest.fail(f"{name}: {image.size()} where the reference is {reference.size()}")
    changed, marked = changed_pixels(image, reference)
    share = changed / (image.width() * image.height())
    if share > MAX_CHANGED_SHARE:
        image.save(str(SHOTS / f"look-{name}.png"))
        marked.save(str(SHOTS / f"look-{name}-diff.png"))
        pytest.fail(
            f"{name}: {changed} pixels ({share:.2%}) differ from tests/reference/{name}.png; "
            f"see tests/screenshots/look-{name}-diff.png (UPDATE_REFERENCE=1 accepts a "
            "change that was meant)"
        )


def still(qtbot: Any, w: Any) -> None:
    """Nothing that changes by itself on screen: no caret, no hover, layout settled."""
    w.chat.setFocus()
    qtbot.wait(80)
    QApplication.processEvents()


def empty_window(qtbot: Any, w: Any) -> QWidget:
    w.conversations.new_chat()
    still(qtbot, w)
    return w


def conversation(qtbot: Any, w: Any) -> QWidget:
    repo = w.core.repo
    cid = repo.create_conversation("Plan the week")
    at = 1_700_000_000.0
    repo.append(cid, "user", "Make me a plan for the week.", created=at)
    repo.append(cid, "assistant", ANSWER, created=at + 5, model_file="demo.gguf",
                tokens_per_second=42.0, status="complete")  # fmt: skip
    w.conversations.list_model.refresh()
    w.conversations.open(cid)
    still(qtbot, w)
    return w


def documents_dialog(qtbot: Any, w: Any) -> QWidget:
    d = w.collections.open()
    d.resize(820, 520)
    qtbot.wait(80)
    return d


def settings_dialog(qtbot: Any, w: Any) -> QWidget:
    from assistant.gui.settings.settings_dialog import SettingsDialog

    d = SettingsDialog(w.core, w.presets.all(), w)
    qtbot.addWidget(d)
    # Kept fixed: the machine's core count and the test's own folder.
    d.threads.setSpecialValueText("Automatic (2)")
    d.models_dir.setText("/home/user/.local/share/offline-assistant/models")
    d.models_dir.setCursorPosition(0)
    d.show()
    d.language.setFocus()  # a field with the focus would show a blinking caret
    qtbot.wait(80)
    return d


def model_catalog(qtbot: Any, w: Any) -> QWidget:
    from unittest import mock

    from assistant.gui.models.model_manager import ModelManager
    from assistant.models.fit import Machine

    machine = Machine(total_ram=16 * 2**30, available_ram=9 * 2**30, free_disk=200 * 2**30)
    with mock.patch.object(Machine, "current", return_value=machine):  # fits: fixed figures
        m = ModelManager(w.core, w)
    qtbot.addWidget(m)
    m.resize(1000, 640)
    m.tabs.setCurrentIndex(1)
    m.show()
    qtbot.wait(80)
    return m


def remote_dialog(qtbot: Any, w: Any) -> QWidget:
    from assistant.gui.models.remote_dialog import RemoteDialog

    d = RemoteDialog(w, set())
    qtbot.addWidget(d)
    d.show()
    d.buttons.setFocus()  # no caret in a field
    qtbot.wait(80)
    return d


SCREENS: dict[str, Callable[[Any, Any], QWidget]] = {
    "window-empty": empty_window,
    "window-conversation": conversation,
    "documents": documents_dialog,
    "settings": settings_dialog,
    "model-catalog": model_catalog,
    "remote-server": remote_dialog,
}


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_look_matches_the_reference(fake_window: Any, qtbot: Any, screen: str, theme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    w = fake_window
    w.resize(1100, 720)
    apply_theme(app, theme)
    try:
        qtbot.wait(50)
        check_look(SCREENS[screen](qtbot, w), f"{screen}-{theme}")
    finally:
        apply_theme(app, "light")


def test_the_check_sees_a_changed_look(qtbot: Any) -> None:
    """A one-colour change of a small part fails the comparison; a shade does not."""
    base = QImage(400, 300, QImage.Format.Format_RGB32)
    base.fill(QColor("#f6f7f9"))
    shaded = base.copy()
    shaded.fill(QColor("#f3f4f6"))  # within the tolerance
    assert changed_pixels(shaded, base)[0] == 0
    moved = base.copy()
    for y in range(20, 40):
        for x in range(10, 200):
            moved.setPixelColor(x, y, QColor("#1a5fd0"))  # a button that moved
    changed, _ = changed_pixels(moved, base)
    assert changed / (400 * 300) > MAX_CHANGED_SHARE
