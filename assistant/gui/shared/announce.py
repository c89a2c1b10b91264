"""Telling assistive technology what just happened (a finished answer, an error, a
finished download) without moving the focus: Qt's accessibility announcements, which
screen readers speak (AT-SPI on Linux, UIA on Windows, NSAccessibility on macOS)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from assistant.gui.shared.i18n import tr

SPOKEN_ANSWER_CHARS = 600  # a long answer is read from the conversation, not announced


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers say ``text``; ``assertive`` interrupts (errors)."""
    text = " ".join(text.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def answer_announcement(answer: str) -> str:
    """What is said when an answer is finished: the answer itself when it is short."""
    answer = " ".join(answer.split())
    if not answer:
        return tr("The answer is empty.")
    if len(answer) <= SPOKEN_ANSWER_CHARS:
        return tr("Answer: {answer}").format(answer=answer)
    words = len(answer.split())
    return tr("Answer finished, %n words: {start}…", "", words).format(start=answer[:200])
