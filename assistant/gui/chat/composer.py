"""The input area, one rounded box: the preset as a chip with its variables inline, a
growing text box, Attach, and Send (Stop while an answer streams) inside the box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.gui.look.style import SPACE_1, SPACE_2, SPACE_3
from assistant.gui.shared.i18n import tr

if TYPE_CHECKING:
    from assistant.presets import Preset


class PromptEdit(QPlainTextEdit):
    """Enter sends (or Ctrl+Enter, by setting); Shift+Enter is a new line."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.send_key = "enter"
        self.setPlaceholderText(tr("Message the assistant…"))
        self.setAccessibleName(tr("Message"))
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self._grow)
        self._grow()

    def _grow(self) -> None:
        lines = max(1, min(10, int(self.document().size().height())))
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 18)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+plus/minus: keep lines whole
            self._grow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: see window_frame

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if not shift and (ctrl or self.send_key == "enter"):
                self.submitted.emit()
                return
        super().keyPressEvent(event)


class Composer(QWidget):
    """The input area. Usable for typing from the first paint; sending starts once
    ``set_presets`` has run (the presets load after the window is on screen)."""

    send_requested = Signal(str)
    stop_requested = Signal()
    attach_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.presets: dict[str, Preset] = {}
        self.edit = PromptEdit()
        self.edit.submitted.connect(self._submit)
        self.preset_box = QComboBox()
        self.preset_box.setObjectName("chip")
        self.preset_box.setAccessibleName(tr("Preset"))
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Shown for models whose template can turn reasoning off (Qwen3); per chat.
        self.think = QCheckBox(tr("Think"))
        self.think.setChecked(True)
        self.think.setToolTip(
            tr("Let the model reason before it answers: slower, often better on hard questions")
        )
        self.think.setAccessibleName(tr("Think before answering"))
        self.think.hide()
        self.vars_row = QHBoxLayout()
        self.var_edits: dict[str, QLineEdit] = {}
        self.attach = QPushButton("")
        self.attach.setObjectName("iconButton")
        self.attach.setToolTip(tr("Attach a document to summarize"))
        self.attach.setAccessibleName(tr("Attach document"))
        self.attach.clicked.connect(self.attach_requested)
        self.send = QPushButton(tr("Send"))
        self.send.setObjectName("send")
        self.send.setProperty("onAccent", True)  # its icon is drawn in the accent's ink
        self.send.setAccessibleName(tr("Send"))
        self.send.setDefault(True)
        self.send.clicked.connect(self._send_or_stop)
        self.generating = False

        # Tab order follows reading order: chips, the message, Attach, Send.
        self.box = QFrame()
        self.box.setObjectName("composer")
        top = self.top_row = QHBoxLayout()
        top.setSpacing(SPACE_2)
        top.addWidget(self.preset_box)
        top.addWidget(self.think)
        top.addLayout(self.vars_row)
        top.addStretch(1)
        bottom = self.bottom_row = QHBoxLayout()
        bottom.addWidget(self.attach)
        bottom.addStretch(1)
        bottom.addWidget(self.send)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(SPACE_3, SPACE_2, SPACE_2, SPACE_2)
        inner.setSpacing(SPACE_1)
        inner.addLayout(top)
        inner.addWidget(self.edit)
        inner.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE_2, 0, SPACE_2)
        layout.addWidget(self.box)

    def set_presets(self, presets: list[Preset]) -> None:
        """Fill the preset picker and the icons; from now on Send works."""
        from PySide6.QtCore import Qt

        from assistant.gui.look.icons import set_icon

        self.presets = {p.id: p for p in presets}
        for p in presets:
            self.preset_box.addItem(tr(p.name), p.id)
            self.preset_box.setItemData(
                self.preset_box.count() - 1, tr(p.description), Qt.ItemDataRole.ToolTipRole
            )
        self.preset_box.currentIndexChanged.connect(self._preset_changed)
        set_icon(self.attach, "attach")
        set_icon(self.send, "send")
        self._preset_changed()

    @property
    def preset(self) -> Preset:
        return self.presets[self.preset_box.currentData()]

    def think_choice(self) -> bool | None:
        """Reasoning on or off for the next answer; None where the model cannot choose."""
        return self.think.isChecked() if not self.think.isHidden() else None

    def variables(self) -> dict[str, str]:
        return {name: e.text() for name, e in self.var_edits.items()}

    def _preset_changed(self) -> None:
        while self.vars_row.count():
            item = self.vars_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.var_edits.clear()
        for name, default in self.preset.variables.items():
            words = tr(name.replace("_", " "))
            label = QLabel(tr("{variable}:").format(variable=words))
            edit = QLineEdit(default)
            edit.setObjectName("chipField")
            edit.setAccessibleName(words)
            edit.setMaximumWidth(220)
            self.vars_row.addWidget(label)
            self.vars_row.addWidget(edit)
            self.var_edits[name] = edit

    def select_preset(self, preset_id: str) -> None:
        i = self.preset_box.findData(preset_id)
        if i >= 0:
            self.preset_box.setCurrentIndex(i)

    def set_generating(self, generating: bool) -> None:
        from assistant.gui.look.icons import set_icon

        self.generating = generating
        self.send.setText(tr("Stop") if generating else tr("Send"))
        set_icon(self.send, "stop" if generating else "send")
        self.send.setAccessibleName(tr("Stop") if generating else tr("Send"))

    def _send_or_stop(self) -> None:
        if self.generating:
            self.stop_requested.emit()
        else:
            self._submit()

    def send_pressed(self) -> None:
        """As if Send were pressed: the message box's text is sent (unless an answer is
        being written)."""
        self._submit()

    def _submit(self) -> None:
        text = self.edit.toPlainText().strip()
        if text and not self.generating and self.presets:
            self.edit.clear()
            self.send_requested.emit(text)
