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
