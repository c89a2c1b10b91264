"""Starting the window: a clear message instead of a Qt abort when there is no display,
the first paint before anything heavy, then the model load."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.app import Core


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
    """Paint the window first, then import and attach the services, then load the model."""
    problem = display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from assistant.ground.paths import app_paths
    from assistant.ground.settings import Settings
    from assistant.gui.look.theme import apply_theme
    from assistant.gui.main_window import MainWindow
    from assistant.gui.shared.background import Worker
    from assistant.gui.shared.i18n import install as install_language

    paths = app_paths().ensure()  # logging starts with the core, after the paint
    settings = Settings.load(paths.settings_file)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Offline Assistant")
    QGuiApplication.setDesktopFileName("offline-assistant")
    install_language(app, settings.language)
    apply_theme(app, settings.theme, settings.font_size)  # before the paint: no flash
    window = MainWindow()
    preloader = Worker("preload", window)
    cores: list[Core] = []
    # Packaging measures cold start with this: print when painted and when ready, quit.
    probe = os.environ.get("ASSISTANT_STARTUP_PROBE") == "1"

    def finish() -> None:
        if cores:
            return
        from assistant.app import build_core

        cores.append(build_core())
        window.attach(cores[0])
        window.start()
        if probe:
            print(f"startup-probe ready {time.time():.4f}", file=sys.stderr, flush=True)
            app.quit()

    def preload_then_finish() -> None:
        # The heavy imports (store, presets, Markdown, icons: about a second here) run on
        # a worker, so the painted window keeps taking input while they load.
        preloader.submit(lambda _job: _preload(), lambda _: finish(), lambda *_: finish())

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if probe:
                    print(f"startup-probe painted {time.time():.4f}", file=sys.stderr, flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, preload_then_finish)
            return False

    painted = FirstPaint(window)
    window.installEventFilter(painted)
    window.show()
    QTimer.singleShot(3000, finish)  # a window that never paints (minimized) still starts
    try:
        return app.exec()
    finally:
        for core in cores:
            core.close()


def _preload() -> None:
    """Import what attach() needs; a failure is logged, and happens again in attach()."""
    import qtawesome  # type: ignore[import-untyped]  # noqa: F401

    import assistant.app
    import assistant.gui.chat.conversation_list
    import assistant.gui.chat.delegates
    import assistant.gui.services.engine_service
    import assistant.presets  # noqa: F401
