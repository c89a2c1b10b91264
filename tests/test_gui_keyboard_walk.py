"""The whole app with key presses only, on the real model: a new chat, a question, an
answer stopped with Esc, the last answer copied, another model picked with the Models
menu from the keyboard, the model manager opened and closed, a file summarized through
the file dialog; focus is visible and Tab follows reading order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from tests.gui_window import answer_started, shot

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(
    qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press where the user is: the focused widget (or the active popup)."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, mods)


def type_text(qtbot: Any, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def test_walk_the_app_with_the_keyboard(
    window: Any, qtbot: Any, gemma: Path, tmp_path: Path
) -> None:
    w = window
    w.activateWindow()
    w.composer.edit.setFocus()
    qtbot.waitUntil(lambda: w.composer.edit.hasFocus())

    # New chat, then a question sent with Enter.
    press(qtbot, Key.Key_N, CTRL)
    assert QApplication.focusWidget() is w.composer.edit
    type_text(qtbot, "Name three colours.")
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=120_000)
    answer = w.messages.messages[-1]
    assert answer.role == "assistant" and answer.content

    # A long answer, stopped with Esc while it streams.
    w.composer.preset.sampling["max_tokens"] = 600
    type_text(qtbot, "Write a long story about a lighthouse keeper.")
    before = len(w.messages.messages)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(
        lambda: len(w.messages.messages) == before + 2 and answer_started(w), timeout=60_000
    )
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=30_000)
    stopped = w.messages.messages[-1]
    assert stopped.status == "cancelled", (
        stopped.status,
        len(stopped.content),
        stopped.content[-80:],
    )
    w.composer.preset.sampling["max_tokens"] = 64

    # Ctrl+Shift+C copies the last answer.
    QApplication.clipboard().clear()
    press(qtbot, Key.Key_C, CTRL | SHIFT)
    assert QApplication.clipboard().text() == w.messages.messages[-1].content

    # Another model, from the Models menu opened with Alt+M and walked with the arrows.
    w.core.library.import_file(gemma, copy=False)
    w.models_menu.refill()
    press(qtbot, Key.Key_M, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is w.models_menu
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text() == gemma.stem:
            break
        press(qtbot, Key.Key_Down)
    assert menu.activeAction() is not None and menu.activeAction().text() == gemma.stem
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(
        lambda: w.active is not None and w.active.facts.architecture == "gemma3", timeout=60_000
    )
    w.activateWindow()  # the window manager's part once the menu closes (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # The model manager: Ctrl+M opens it, Ctrl+Tab walks its tabs, Esc closes it.
    press(qtbot, Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: w.dialog is not None and w.dialog.isVisible())
    manager = w.dialog
    manager.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is manager)  # fmt: skip
    press(qtbot, Key.Key_Tab, CTRL)
    assert manager.tabs.currentIndex() == 1  # the catalog
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not manager.isVisible())

    # Summarize a file: Ctrl+O, the file's path typed into the dialog, Enter.
    doc = tmp_path / "note.txt"
    doc.write_text("The museum opens at nine. Entry is free on Sundays. Dogs are welcome.\n")
    w.activateWindow()
    w.composer.edit.setFocus()
    qtbot.waitUntil(lambda: w.composer.edit.hasFocus())
    seen: list[str] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(QApplication.focusWidget(), str(doc))
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Return)

    QTimer.singleShot(300, in_the_dialog)
    press(qtbot, Key.Key_O, CTRL)  # returns when the dialog is done
    assert seen == ["Summarize a document"]
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=120_000)
    summary = w.messages.messages[-1]
    assert summary.role == "assistant" and summary.content and summary.status == "complete"
    shot(w, "keyboard-walk")


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def assert_focus_shows(qtbot: Any, control: QWidget, away: QWidget) -> None:
    """``control`` looks different with the keyboard focus than without it."""
    away.setFocus()
    qtbot.waitUntil(lambda: not control.hasFocus())
    before = grab(control)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    qtbot.wait(20)
    assert grab(control) != before, f"no visible focus on {control.accessibleName()}"


def test_focus_is_visible_and_tab_follows_reading_order(fake_window: Any, qtbot: Any) -> None:
    w = fake_window
    c = w.composer
    w.activateWindow()
    # Reading order in the composer: the chips, the message, Attach, Dictate, Send.
    c.preset_box.setFocus()
    qtbot.waitUntil(c.preset_box.hasFocus)
    order = [QApplication.focusWidget()]
    for _ in range(6):
        press(qtbot, Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        c.preset_box, w.collections.picker, w.tools.picker, c.edit, c.attach, w.dictate.button,
        c.send,
    ]  # fmt: skip
    # Each control looks different with the focus than without it.
    from assistant.gui.settings.settings_dialog import SettingsDialog

    settings = SettingsDialog(w.core, w.presets.all(), w)
    qtbot.addWidget(settings)
    settings.show()
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    for control in (settings.theme, settings.threads, settings.models_dir):
        assert_focus_shows(qtbot, control, away=settings.resume_clear)
    settings.close()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    controls = (
        c.preset_box, w.collections.picker, w.tools.picker, c.attach, w.dictate.button, c.send,
        w.sidebar.new_button,
    )  # fmt: skip
    for control in (*controls, w.sidebar.search):
        assert_focus_shows(qtbot, control, away=w.chat)
