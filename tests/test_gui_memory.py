"""Memory in the window (the scripted fake engine answers): the Memory page, an answer
that used memories and says so, Remember… on a message (shown before it is kept), and
a private chat that neither uses nor offers to add memories."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from assistant.gui.chat.delegates import caption_parts
from assistant.gui.main_window import MainWindow
from assistant.gui.personal.memory_dialog import MemoryDialog
from tests.gui_window import send, shot


def menu_item(w: MainWindow, menu: int, text: str):  # type: ignore[no-untyped-def]
    actions = w.menuBar().actions()[menu].menu().actions()  # type: ignore[union-attr]
    return next(a for a in actions if a.text() == text)


def test_the_memory_page_and_answers_that_use_it(
    qtbot: Any, fake_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = fake_window
    menu_item(w, 1, "&Memory…").trigger()
    dialog = w.memory.dialog
    assert isinstance(dialog, MemoryDialog) and dialog.empty.isVisible()
    answers = iter([("I am vegetarian.", True), ("Use metric units.", True)])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: next(answers))
    dialog.add()
    dialog.add()
    assert [dialog.list.item(i).text() for i in range(2)] == [
        "I am vegetarian.",
        "Use metric units.",
    ]
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # kept, not used
    assert [m.text for m in w.memory.memories.all(enabled_only=True)] == ["I am vegetarian."]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", True))
    dialog.add()  # an empty fact: a clear message, nothing kept
    assert dialog.error.isVisible() and "needs some text" in dialog.error.text()
    shot(dialog, "memory-page")
    dialog.close()
    send(qtbot, w, "Plan a dinner.")
    prompt = w.core.models.engine.prompts[-1]  # type: ignore[attr-defined]
    assert "- I am vegetarian." in prompt[0]["content"] and "metric" not in prompt[0]["content"]
    answer = w.messages.messages[-1]
    labels = [label for action, label in caption_parts(answer, (1, 1)) if action == "memories"]
    assert labels == ["1 memory used"]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    w.chatting.message_action("memories", answer)
    assert shown == ["• I am vegetarian."]
    shot(w, "memory-used")


def test_remember_a_message_and_private_chats(
    qtbot: Any, fake_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = fake_window
    send(qtbot, w, "I live in Lisbon and I like long walks.")
    mine = w.messages.messages[0]
    assert ("remember", "Remember…") in caption_parts(mine, (1, 1))
    proposed: list[str] = []

    def confirm(_parent: Any, _title: str, _label: str, text: str) -> tuple[str, bool]:
        proposed.append(text)  # the person sees the fact first, and edits it
        return "I live in Lisbon.", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", confirm)
    w.chatting.message_action("remember", mine)
    assert proposed == ["I live in Lisbon and I like long walks."]
    assert [m.text for m in w.memory.memories.all()] == ["I live in Lisbon."]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("x", False))
    w.chatting.message_action("remember", mine)  # cancelled: nothing more kept
    assert len(w.memory.memories.all()) == 1
    # A private chat: marked, no memories given, none offered.
    menu_item(w, 0, "New &private chat").trigger()
    assert w.memory.mark.isVisible() and "Private chat" in w.memory.mark.text()
    send(qtbot, w, "Where do I live?")
    prompt = w.core.models.engine.prompts[-1]  # type: ignore[attr-defined]
    assert "Lisbon" not in " ".join(m["content"] for m in prompt[:-1])
    cid = w.conversations.current
    assert cid is not None and w.core.repo.conversation(cid).params_dict["private"] is True
    assert w.memory.mark.isVisible() and w.messages.private
    assert not any(
        a == "remember" for a, _ in caption_parts(w.messages.messages[0], (1, 1), private=True)
    )
    said = w.messages.data(w.messages.index(0), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Remember" not in said
    shot(w, "private-chat")
    w.conversations.new_chat()
    assert not w.memory.mark.isVisible()
