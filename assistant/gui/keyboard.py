"""Moving around the window without a mouse: F6 / Shift+F6 go to the next / previous
region (chat list, conversation, message box), Ctrl+L to the message box."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class Regions:
    """The window's regions in order, with the shortcuts that move between them."""

    def __init__(self, window: QWidget, regions: Sequence[QWidget], composer: QWidget) -> None:
        self.regions = list(regions)
        self.composer = composer
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))
        focus = QShortcut(QKeySequence("Ctrl+L"), window)
        focus.activated.connect(lambda: composer.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def current(self) -> int:
        """The region holding the keyboard focus (-1: none)."""
        focused = self.regions[0].window().focusWidget()
        for i, region in enumerate(self.regions):
            if focused is not None and (focused is region or region.isAncestorOf(focused)):
                return i
        return -1

    def move(self, step: int) -> None:
        """Focus the next visible region (``step`` 1) or the previous one (-1)."""
        n = len(self.regions)
        i = self.current()
        for k in range(1, n + 1):
            region = self.regions[(i + step * k) % n]
            if region.isVisible() and region.isEnabled():
                region.setFocus(Qt.FocusReason.TabFocusReason)
                return
