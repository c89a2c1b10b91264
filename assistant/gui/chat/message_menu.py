"""A message's actions as a menu, for the keyboard (Menu key, Shift+F10) and the right
mouse button: the words under the message plus one entry per code block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu, QWidget

from assistant.gui.chat.code_blocks import code_blocks
from assistant.gui.chat.delegates import caption_parts
from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.store.records import Message

_LABELS = {"prev": QT_TR_NOOP("Previous answer"), "next": QT_TR_NOOP("Next answer")}


def message_code(m: Message) -> list[str]:
    """The fenced code blocks of a message, as the chat view renders them."""
    if "```" not in m.content:
        return []
    doc = QTextDocument()
    doc.setMarkdown(m.content)
    return code_blocks(doc)


def message_menu(
    parent: QWidget,
    m: Message,
    alternatives: tuple[int, int],
    run: Callable[[str, Message], None],
    private: bool = False,
) -> QMenu:
    """The menu of one message; choosing an entry calls ``run(action id, message)``."""
    menu = QMenu(parent)
    for action, label in caption_parts(m, alternatives, private=private):
        if action:
            menu.addAction(tr(_LABELS.get(action, label))).triggered.connect(
                lambda _=False, a=action: run(a, m)
            )
    blocks = message_code(m)
    if blocks:
        menu.addSeparator()
    for i, code in enumerate(blocks):
        first = code.strip().splitlines()[0] if code.strip() else ""
        label = tr("Copy code block {n}").format(n=i + 1) + (f": {first[:40]}" if first else "")
        menu.addAction(label).triggered.connect(lambda _=False, a=f"copy-code:{i}": run(a, m))
    return menu
