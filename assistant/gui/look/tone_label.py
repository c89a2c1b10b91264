"""A label whose text has a meaning's colour (success, warning, error, muted) in whichever
theme is on: it follows a theme change while it is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from assistant.gui.look.style import theme_of


class ToneLabel(QLabel):
    """A QLabel in the theme's ``tone`` colour ("success", "warning", "error", "muted")."""

    def __init__(self, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = tone
        self._apply()

    def set_tone(self, tone: str) -> None:
        self._tone = tone
        self._apply()

    def color(self) -> QColor:
        """The colour the text is drawn in now."""
        return QColor(getattr(theme_of(QApplication.palette()), self._tone))

    def _apply(self) -> None:
        sheet = f"color: {self.color().name()};"
        if self.styleSheet() != sheet:  # setting it sends StyleChange: only when it differs
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        # The theme switch sets the app's palette, then its style sheet (StyleChange).
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange):
            self._apply()
        super().changeEvent(event)
