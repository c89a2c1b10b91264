"""The Qt binding itself must not corrupt Python: PySide6-Essentials 6.12.0 dropped a
reference to None on every call of a method returning void, and after a few thousand
calls (a few dozen streamed answers) Python aborted with "none_dealloc", taking the
window with it. pyproject.toml excludes that release; this catches any other."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label, cursor = QLabel(), QTextCursor(QTextDocument())
before = sys.getrefcount(None)
for i in range(20_000):
    label.setText(str(i))
    cursor.insertText("x")
    app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_void_method_calls_keep_none_alive() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert abs(int(out.stdout.strip().splitlines()[-1])) < 100
