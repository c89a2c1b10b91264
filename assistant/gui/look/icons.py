"""Icons from qtawesome (Material Design Icons) drawn in the theme's text colour, so they
stay visible in light and dark themes; redrawn when the theme changes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

_NAMES = {
    "send": "mdi6.send",
    "stop": "mdi6.stop-circle-outline",
    "attach": "mdi6.paperclip",
    "new": "mdi6.square-edit-outline",
    "model": "mdi6.chip",
    "offline": "mdi6.shield-check",
    "search": "mdi6.magnify",
    "settings": "mdi6.cog-outline",
    "download": "mdi6.download",
    "documents": "mdi6.file-document-multiple-outline",
    "tools": "mdi6.tools",
    "adapters": "mdi6.tune-variant",
    "mic": "mdi6.microphone",
    "thinking": "mdi6.dots-horizontal-circle-outline",
    "speaking": "mdi6.volume-high",
}
_PROPERTY = "themedIcon"  # the icon's name, kept on the button for redrawing


def icon(name: str, on_accent: bool = False) -> QIcon:
    """The named icon in the current palette's button-text colour (muted when disabled),
    or in the accent's ink for a button filled with the accent colour."""
    try:
        import qtawesome  # type: ignore[import-untyped]

        palette = QApplication.palette()
        ink = QPalette.ColorRole.HighlightedText if on_accent else QPalette.ColorRole.ButtonText
        result: QIcon = qtawesome.icon(
            _NAMES[name],
            color=palette.color(ink),
            color_disabled=palette.color(QPalette.ColorRole.PlaceholderText),
        )
        return result
    except Exception:  # qtawesome missing or font not loadable: plain buttons still work
        logging.getLogger(__name__).warning("icon %s unavailable", name, exc_info=True)
        return QIcon()


def set_icon(button: QAbstractButton, name: str) -> None:
    """Give ``button`` the named icon, redrawn by :func:`refresh_icons` on a theme change."""
    button.setProperty(_PROPERTY, name)
    button.setIcon(icon(name, bool(button.property("onAccent"))))


def refresh_icons(root: QWidget) -> None:
    """Redraw the themed icons under ``root`` in the palette now in force."""
    for button in [root, *root.findChildren(QAbstractButton)]:
        name = button.property(_PROPERTY)
        if isinstance(button, QAbstractButton) and isinstance(name, str) and name:
            button.setIcon(icon(name, bool(button.property("onAccent"))))
