"""Moving around the window without a mouse: F6 / Shift+F6 go to the next / previous
region (chat list, conversation, message box), Ctrl+L to the message box; Ctrl+plus,
Ctrl+minus and Ctrl+0 make text larger, smaller, or the system's size again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


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


def zoom_shortcuts(window: QWidget, zoom: Callable[[int], None]) -> None:
    """Ctrl+plus (also Ctrl+=), Ctrl+minus and Ctrl+0 call ``zoom`` with 1, -1 and 0."""
    for keys, step in (
        (QKeySequence.StandardKey.ZoomIn, 1),
        ("Ctrl+=", 1),
        (QKeySequence.StandardKey.ZoomOut, -1),
        ("Ctrl+0", 0),
    ):
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.activated.connect(lambda step=step: zoom(step))


def keyboard_for(window: Any) -> Regions:
    """The main window's keyboard: regions (sidebar list, conversation, message box) and
    text size (saved as the ``font_size`` setting, applied by the settings' listeners)."""
    from assistant.gui.look.theme import zoomed

    def zoom(step: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            window.core.config.change(font_size=zoomed(app, window.core.settings.font_size, step))

    zoom_shortcuts(window, zoom)
    edit = window.composer.edit
    return Regions(window, [window.sidebar.list, window.chat, edit], edit)
