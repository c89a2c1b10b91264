"""What assistive technology sees (QAccessible, the interface screen readers read through
AT-SPI on Linux): every control of every screen has a name; the message list exposes
each message with its role and text."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit)  # fmt: skip


def unnamed(root: QWidget) -> list[str]:
    """Visible controls under ``root`` whose accessible name is empty."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(root):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue  # the combo box or spin box itself carries the name
        if type(w).__name__ in ("QScrollBar", "QHeaderView", "QTableCornerButton"):
            continue  # parts of a named list or table
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            out.append(f"{type(w).__name__} {w.objectName() or w.toolTip() or ''}".strip())
    return out


def test_every_control_of_the_main_screens_has_a_name(fake_window: Any, qtbot: Any) -> None:
    w = fake_window
    assert unnamed(w) == []
    d = w.collections.open()
    qtbot.waitUntil(d.isVisible)
    assert unnamed(d) == []
    d.close()
    w.open_model_manager()
    manager = w.dialog
    for tab in range(manager.tabs.count()):
        manager.tabs.setCurrentIndex(tab)
        assert unnamed(manager) == [], manager.tabs.tabText(tab)
    manager.close()
    from assistant.gui.chat.sources import SourceDialog
    from assistant.gui.settings.settings_dialog import SettingsDialog

    settings = SettingsDialog(w.core, w.presets.all(), w)
    settings.show()
    assert unnamed(settings) == []
    settings.close()
    source = {"n": 1, "name": "a.txt", "path": "/nowhere/a.txt", "text": "Passage.", "page": None}
    sd = SourceDialog(source, w)
    sd.show()
    assert unnamed(sd) == []
    sd.close()


def test_messages_are_exposed_with_their_role_and_text(fake_window: Any, qtbot: Any) -> None:
    w = fake_window
    cid = w.core.repo.create_conversation()
    w.core.repo.append(cid, "user", "What is the capital of France?")
    w.core.repo.append(
        cid, "assistant", "Paris.\n\n```python\nprint('Paris')\n```", status="complete"
    )
    w.conversations.open(cid)
    view = QAccessible.queryAccessibleInterface(w.chat)
    assert view is not None and view.text(QAccessible.Text.Name) == "Conversation"
    texts, actions = [], []
    for i in range(view.childCount()):
        child = view.child(i)
        if child is not None:
            texts.append(child.text(QAccessible.Text.Name))
            actions.append(child.text(QAccessible.Text.Description))
    assert "You: What is the capital of France?" in texts
    assert any(t.startswith("Assistant: Paris.") for t in texts)
    # Each message says what it offers, as the context menu (menu key) has it.
    said = next(a for t, a in zip(texts, actions, strict=True) if t.startswith("Assistant"))
    assert "Copy" in said and "Regenerate" in said and "code block" in said, said
    said = next(a for t, a in zip(texts, actions, strict=True) if t.startswith("You"))
    assert "Copy" in said and "Edit" in said, said
