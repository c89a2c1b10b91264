"""Light and dark themes (following the system unless the user chose one)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from assistant.gui.look.style import DARK, LIGHT, palette_of, style_sheet


def apply_theme(app: QApplication, theme: str = "system", font_size: int = 0) -> None:
    dark = theme == "dark" or (theme == "system" and _system_is_dark(app))
    app.setStyle("Fusion")
    app.setPalette(palette_of(DARK if dark else LIGHT))
    app.setStyleSheet(style_sheet(DARK if dark else LIGHT))
    wanted = font_size if font_size > 0 else system_font_size(app)
    if app.font().pointSize() != wanted:  # setting the same font again costs a re-polish
        font = app.font()
        font.setPointSize(wanted)
        app.setFont(font)
    from assistant.gui.look.icons import refresh_icons  # icons follow the new palette

    for window in app.topLevelWidgets():
        refresh_icons(window)


_system_dark: bool | None = None
_system_size: int | None = None
MIN_FONT, MAX_FONT = 7, 32


def system_font_size(app: QApplication) -> int:
    """The desktop's text size in points, as it was before the app changed it."""
    global _system_size
    if _system_size is None:
        _system_size = app.font().pointSize() if app.font().pointSize() > 0 else 10
    return _system_size


def zoomed(app: QApplication, current: int, step: int) -> int:
    """The font size setting after Ctrl+plus (1), Ctrl+minus (-1) or Ctrl+0 (0)."""
    if step == 0:
        return 0  # the system's size
    base = current if current > 0 else system_font_size(app)
    return max(MIN_FONT, min(MAX_FONT, base + step))


def _system_is_dark(app: QApplication) -> bool:
    """Whether the desktop is in dark mode, read from the platform's own palette before
    ours replaces it. (styleHints().colorScheme() would build Qt's whole enum namespace,
    ~50 ms, before the first paint.)"""
    global _system_dark
    if _system_dark is None:
        _system_dark = app.palette().window().color().lightness() < 128
    return _system_dark
