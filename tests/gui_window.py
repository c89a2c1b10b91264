"""The window under test: opened on the real starter model, watched for network use;
screenshots and typing helpers shared by the GUI tests."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from assistant.app import build_core
from assistant.gui.look.theme import apply_theme
from assistant.gui.main_window import MainWindow

SHOTS = Path(__file__).parent / "screenshots"
_connections: list[object] = []
recording = [False]


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.connect" and recording[0]:
        sock = args[0]
        if isinstance(sock, socket.socket) and sock.family in (socket.AF_INET, socket.AF_INET6):
            _connections.append(args[1])


sys.addaudithook(_audit)


def open_window(qtbot, fake: bool = False) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The body of the ``window`` and ``fake_window`` fixtures (tests/conftest.py):
    the real engine child, or ``fake``: tests/fixtures/fake_engine.py in its place."""
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]
    core = build_core()
    core.config.change(context_length=2048)
    if fake:
        from tests.fixtures.fake_engine import FakeEngine

        core.models.engine.close()
        core.models.engine = FakeEngine()  # type: ignore[assignment]
    w = MainWindow(core)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.active is not None, timeout=150_000)
    for preset in w.composer.presets.values():  # short answers keep the tests quick
        preset.sampling["max_tokens"] = 64
    _connections.clear()
    recording[0] = True
    yield w
    recording[0] = False
    assert _connections == [], f"the window made network connections: {_connections}"
    w.close()
    core.close()


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def answer_started(w: MainWindow) -> bool:
    """Text of the answer is on screen (not just the user's message above it)."""
    msgs = w.messages.messages
    return bool(msgs) and msgs[-1].role == "assistant" and len(msgs[-1].content) > 20


def send(qtbot, w: MainWindow, text: str, wait: bool = True) -> None:  # type: ignore[no-untyped-def]
    w.composer.edit.setPlainText(text)
    qtbot.keyClick(w.composer.edit, Qt.Key.Key_Return)
    if wait:
        qtbot.waitUntil(lambda: not w.engine.busy, timeout=150_000)


def drop_file(w: MainWindow, path: Path) -> None:
    """Drop ``path`` on the window, as a file manager does."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    w.dropEvent(
        QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
