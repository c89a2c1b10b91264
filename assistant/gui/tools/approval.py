"""Asking the person before a tool runs. The tool loop runs on the engine's worker
thread and waits there; the question is a dialog on the window's thread. Stop (or
closing the app) withdraws the question: the call does not run."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.gui.shared.i18n import tr
from assistant.tools.formats import ToolCall
from assistant.tools.loop import Approve, Tool

WAIT_STEP = 0.05  # seconds between looks at Stop while the question is open


@dataclass
class Question:
    """One call waiting for the person's answer (shared by the two threads)."""

    call: ToolCall
    tool: Tool
    run: bool = False
    always: bool = False
    answered: threading.Event = field(default_factory=threading.Event)


def source_text(tool: Tool) -> str:
    """Where a tool comes from, as a sentence part."""
    if tool.source == "built-in":
        return tr("this app")
    return tr("the MCP server “{name}”").format(name=tool.source)


def pretty_arguments(raw: str) -> str:
    """The arguments exactly as they will be passed, laid out to read."""
    try:
        return json.dumps(json.loads(raw), indent=2, ensure_ascii=False)
    except ValueError:
        return raw


class ApprovalDialog(QDialog):
    """Run this tool with these arguments? Run, Don't run, and Always allow."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        tool, call = question.tool, question.call
        self.setWindowTitle(tr("Run a tool?"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        head = QLabel(
            tr("The model asks to run {tool} from {source}.").format(
                tool=call.name, source=source_text(tool)
            )
        )
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        head.setObjectName("approvalHead")
        layout.addWidget(head)
        if tool.spec.description:
            # The server's own words: plain text, never markup from outside.
            about = QLabel(tool.spec.description[:600])
            about.setTextFormat(Qt.TextFormat.PlainText)
            about.setWordWrap(True)
            about.setAccessibleName(tr("What the tool does"))
            layout.addWidget(about)
        if tool.always_ask:
            says = tr("It keeps what you see below; you are asked every time.")
        elif tool.spec.read_only:
            says = tr("It says it only reads and changes nothing.")
        else:
            says = tr("It may change things: files, messages or data elsewhere.")
        kind = QLabel(says)
        kind.setWordWrap(True)
        layout.addWidget(kind)
        layout.addWidget(QLabel(tr("With these arguments:")))
        self.arguments = QPlainTextEdit(pretty_arguments(call.arguments))
        self.arguments.setReadOnly(True)
        self.arguments.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.arguments.setAccessibleName(tr("Arguments the tool will get"))
        lines = self.arguments.toPlainText().count("\n") + 1
        frame = 2 * self.arguments.frameWidth() + 2 * 4 + 8  # document margins, padding
        height = self.arguments.fontMetrics().lineSpacing() * min(lines, 10) + frame
        self.arguments.setFixedHeight(height)
        if lines <= 10:  # all of it shows: a scroll bar would only suggest more
            self.arguments.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.arguments)
        caution = QLabel(
            tr(
                "Documents, web pages and tool results can carry instructions that make a "
                "model misuse its tools. Run only what you expect."
            )
        )
        caution.setWordWrap(True)
        caution.setObjectName("muted")
        layout.addWidget(caution)
        self.always = QCheckBox(tr("Always allow {tool} without asking").format(tool=call.name))
        self.always.setVisible(not tool.always_ask)  # a memory is always shown first
        layout.addWidget(self.always)
        buttons = QDialogButtonBox()
        self.run_button = QPushButton(tr("Run"))
        self.decline_button = QPushButton(tr("Don't run"))
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter runs a tool that only reads; one that may change things needs a click.
        # (Set once the buttons are in the dialog, else the box picks Run when shown.)
        self.safe = self.run_button if tool.spec.read_only else self.decline_button
        for button in (self.run_button, self.decline_button):
            button.setAutoDefault(button is self.safe)
        self.safe.setDefault(True)
        self.finished.connect(self._answer)

    def _answer(self, result: int) -> None:
        q = self.question
        q.run = result == QDialog.DialogCode.Accepted
        q.always = q.run and self.always.isChecked()
        q.answered.set()


class WindowApproval(QObject):
    """Puts each call to the person in a dialog; ``allow_always`` keeps their
    "always allow" (in the settings; called on the window's thread)."""

    asked = Signal(object)  # Question, to the window's thread
    withdrawn = Signal(object)

    def __init__(self, parent: QWidget, allow_always: Callable[[Tool], None]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.allow_always = allow_always
        self.dialog: ApprovalDialog | None = None  # the open question (tests, screenshots)
        self.before_asking: Callable[[], None] = lambda: None
        self.asked.connect(self._show)
        self.withdrawn.connect(self._withdraw)

    def approver(self, cancelled: Callable[[], bool]) -> Approve:
        """What the tool loop calls (on the worker thread) for this turn."""

        def approve(call: ToolCall, tool: Tool) -> bool:
            question = Question(call, tool)
            self.asked.emit(question)
            while not question.answered.wait(WAIT_STEP):
                if cancelled():
                    self.withdrawn.emit(question)
                    return False
            return question.run

        return approve

    def _show(self, question: Question) -> None:
        self.before_asking()  # the chat shows the call being asked about
        dialog = ApprovalDialog(question, self.parent_widget)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._answered(dialog))
        dialog.open()

    def _answered(self, dialog: ApprovalDialog) -> None:
        # Kept here, on the window's thread: the settings' listeners update widgets.
        if dialog.question.always:
            self.allow_always(dialog.question.tool)
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _withdraw(self, question: Question) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.question is question and dialog.isVisible():
            dialog.reject()
