"""Moving around the window with the keyboard alone: F6 / Shift+F6 cycle the regions,
Ctrl+L goes to the message box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_f6_cycles_regions_and_ctrl_l_goes_to_the_message_box(fake_window: Any, qtbot: Any) -> None:
    w = fake_window
    cid = w.core.repo.create_conversation()
    w.core.repo.append(cid, "user", "Hello")
    w.conversations.open(cid)  # a chat on screen: the conversation region is shown
    w.activateWindow()
    w.composer.edit.setFocus()
    qtbot.waitUntil(lambda: w.composer.edit.hasFocus())
    order = []
    for _ in range(3):
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_F6)
        order.append(w.focusWidget())
    assert order == [w.sidebar.list, w.chat, w.composer.edit]
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert w.focusWidget() is w.chat
    w.toggle_sidebar()  # a hidden region is skipped
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_F6)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_F6)
    assert w.focusWidget() is w.chat
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.focusWidget() is w.composer.edit


def test_ctrl_plus_and_minus_change_the_text_size_without_clipping(
    fake_window: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.gui_window import shot

    w = fake_window
    app = QApplication.instance()
    start = app.font().pointSize()  # type: ignore[union-attr]
    w.composer.edit.setFocus()
    try:
        for _ in range(6):
            qtbot.keyClick(w.composer.edit, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(100)
        assert app.font().pointSize() == start + 6  # type: ignore[union-attr]
        assert w.core.settings.font_size == start + 6  # remembered
        # Buttons and the message box grew with their text: nothing is cut off.
        for b in (w.composer.send, w.sidebar.new_button, w.collections.picker):
            fm = b.fontMetrics()
            assert b.width() >= fm.horizontalAdvance(b.text()), b.text()
        edit = w.composer.edit
        assert edit.height() >= edit.fontMetrics().lineSpacing() + 8
        assert not edit.verticalScrollBar().isVisible()  # one line fits whole
        shot(w, "large-text")
        qtbot.keyClick(w.composer.edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert app.font().pointSize() == start + 5  # type: ignore[union-attr]
    finally:
        qtbot.keyClick(w.composer.edit, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSize() == start and w.core.settings.font_size == 0  # type: ignore[union-attr]


def test_suggestion_cards_fill_the_message_box(fake_window: Any, qtbot: Any) -> None:
    from assistant.gui.chat.empty_state import EXAMPLES
    from tests.gui_window import shot

    w = fake_window
    assert w.empty.isVisible() and "example:1" in w.empty.text()
    shot(w, "empty-state-cards")
    # Keyboard: Tab reaches the cards' links, Enter picks one (as a click does).
    w.empty.setFocus()
    qtbot.keyClick(w.empty, Qt.Key.Key_Tab)
    qtbot.keyClick(w.empty, Qt.Key.Key_Tab)
    qtbot.keyClick(w.empty, Qt.Key.Key_Return)
    assert w.composer.edit.toPlainText() in EXAMPLES
    assert w.composer.edit.hasFocus()
