"""Starting the window: a clear message instead of a Qt abort when there is no display,
the first paint before anything heavy, then the model load."""

from __future__ import annotations

import os
import sys


def display_problem() -> str | None:
    """Why a window cannot open here, or None."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal", "vnc") or sys.platform in ("win32", "darwin"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            "No display found (DISPLAY and WAYLAND_DISPLAY are unset). Start the app from a "
            "desktop session, or use the command line: assistant chat"
        )
    if platform.startswith("xcb") or not os.environ.get("WAYLAND_DISPLAY"):
        import ctypes.util

        if ctypes.util.find_library("xcb-cursor") is None:
            return (
                "Qt needs the X11 cursor library to open a window. Install it with: "
                "sudo apt install libxcb-cursor0"
            )
    return None


def run_gui() -> int:
    problem = display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from assistant.app import build_core
    from assistant.gui.main_window import MainWindow
    from assistant.gui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Offline Assistant")
    QGuiApplication.setDesktopFileName("offline-assistant")
    core = build_core()
    apply_theme(app, core.settings.theme, core.settings.font_size)
    window = MainWindow(core)
    window.show()
    QTimer.singleShot(0, window.start)  # after the first paint
    try:
        return app.exec()
    finally:
        core.close()
