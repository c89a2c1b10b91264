"""The window as a screen reader sees it on Linux: the real window under Xvfb with
accessibility on, read over AT-SPI by pyatspi (Debian's python3-pyatspi, in the system
Python) from another process: the controls' roles and names, and the announcements of a
finished answer and of an error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

APP = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assistant.app import build_core
from assistant.gui.main_window import MainWindow
from tests.fixtures.fake_engine import FakeEngine

app = QApplication([])
app.setApplicationName("Offline Assistant")
core = build_core()
core.models.engine.close()
core.models.engine = FakeEngine()
w = MainWindow(core)
w.show()
w.start()

def ask():
    if w.active is None:
        QTimer.singleShot(100, ask)
        return
    w.composer.edit.setPlainText("Name a river.")
    w.composer.send.click()

def fail():
    w.conversations.failed.emit("The disk is full: the chat could not be saved.")

w.engine.turn_done.connect(lambda _r: QTimer.singleShot(1500, fail))
QTimer.singleShot(3000, ask)
QTimer.singleShot(40000, app.quit)
app.exec()
core.close()
"""

READER = """
import json, sys
import pyatspi
from gi.repository import GLib

said = []
tree = []

def heard(event):
    said.append(str(event.any_data))
    if any("disk is full" in s for s in said):
        GLib.timeout_add(200, finish)

def walk(node, depth=0):
    if node is None or depth > 12:
        return
    tree.append({"role": node.getRoleName(), "name": node.name or "", "depth": depth})
    for child in node:
        walk(child, depth + 1)

def finish():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == "Offline Assistant":
            walk(app)
    print(json.dumps({"said": said, "tree": tree}))
    sys.stdout.flush()
    pyatspi.Registry.stop()
    return False

pyatspi.Registry.registerEventListener(heard, "object:announcement")
GLib.timeout_add(30000, finish)
pyatspi.Registry.start()
"""


def _missing() -> str:
    needs = {"Xvfb": shutil.which("Xvfb"), "dbus-launch": shutil.which("dbus-launch"),
             "at-spi-bus-launcher": os.path.exists(BUS_LAUNCHER) or None}  # fmt: skip
    missing = [name for name, found in needs.items() if not found]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return ", ".join(missing)


def _x_ready(display: str) -> bool:
    """Whether the X server on ``display`` completes a connection setup (X11 protocol
    11.0, no authorization): it can name its display a moment before it accepts one."""
    import socket
    import struct

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            s.connect(f"/tmp/.X11-unix/X{display}")
            s.sendall(struct.pack("<cxHHHHxx", b"l", 11, 0, 0, 0))
            return s.recv(1) == b"\x01"
    except OSError:
        return False


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display, a D-Bus session and the accessibility bus, as a desktop has."""
    missing = _missing()
    if missing:
        pytest.fail(f"missing for the AT-SPI test: {missing} (scripts/setup.sh installs them)")
    # A display of our own, away from :0 (which a desktop session, or a server that just
    # ended, may still hold); it writes its number to ``write`` once it takes clients.
    number = next(n for n in range(40, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-displayfd", str(write), "-screen", "0", "1280x800x24",
         "-nolisten", "tcp", "-noreset"],  # no reset when a client leaves
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    # Kept open while the server runs: it writes its number again when it resets, and
    # a closed pipe then kills it.
    display = os.read(read, 16).decode().strip()
    deadline = time.monotonic() + 15
    while not _x_ready(display) and time.monotonic() < deadline:
        time.sleep(0.1)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
    env.update(DISPLAY=f":{display}", ASSISTANT_HOME=str(tmp_path / "home"))
    out = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    for line in out.splitlines():
        if line.startswith(("DBUS_SESSION_BUS_ADDRESS=", "DBUS_SESSION_BUS_PID=")):
            key, value = line.rstrip(";").split("=", 1)
            env[key] = value.strip("'")
    bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                           stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(1)
    try:
        yield env
    finally:
        bus.terminate()
        bus.wait(10)
        if env.get("DBUS_SESSION_BUS_PID"):
            subprocess.run(["kill", env["DBUS_SESSION_BUS_PID"]], check=False)
        xvfb.terminate()
        xvfb.wait(10)
        os.close(read)


def test_a_screen_reader_reads_the_window_and_hears_answers_and_errors(
    desktop: dict[str, str],
) -> None:
    app_env = {**desktop, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen([sys.executable, "-c", APP, str(ROOT)], env=app_env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        time.sleep(1)
        reader = subprocess.run([SYSTEM_PYTHON, "-c", READER], env=desktop,
                                capture_output=True, text=True, timeout=60)  # fmt: skip
    finally:
        app.terminate()
        _, app_err = app.communicate(timeout=30)
    assert reader.returncode == 0, reader.stderr[-2000:]
    seen = json.loads(reader.stdout.strip().splitlines()[-1])
    named = {(n["role"], n["name"]) for n in seen["tree"]}
    for control in [("push button", "New chat"), ("push button", "Send"),
                    ("push button", "Attach document"), ("text", "Message"),
                    ("list", "Conversation")]:  # fmt: skip
        assert control in named, (control, sorted(named)[:80], app_err[-1500:])
    # The user's message and the answer are in the conversation, with who said them.
    names = [n["name"] for n in seen["tree"]]
    assert any(n.startswith("You: Name a river.") for n in names), names
    assert any(n.startswith("Assistant: Answer 1 to: Name a river.") for n in names), names
    # Announced without moving the focus: the finished answer, then the error.
    said = seen["said"]
    assert any(s.startswith("Answer: Answer 1 to: Name a river.") for s in said), said
    assert any("disk is full" in s for s in said), said
