"""Build the desktop bundle: PyInstaller one-folder, then the Linux archive.

usage: .venv/bin/python packaging/build.py [--dist DIR]

Produces DIR/offline-assistant/ (the bundle) and, on Linux,
DIR/offline-assistant-VERSION-linux-x86_64.tar.gz holding the bundle, install.sh,
uninstall.sh and the launcher entry, icons and AppStream metadata.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.offline_assistant.OfflineAssistant"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icons(out: Path) -> None:
    """PNG icons in the hicolor sizes, drawn from the SVG with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ROOT / "packaging" / "linux" / "offline-assistant.svg"
    renderer = QSvgRenderer(str(svg))
    out.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"{size}.png"))
    shutil.copy(out / "256.png", out / "offline-assistant.png")
    shutil.copy(svg, out / "offline-assistant.svg")


def pyinstaller(dist: Path) -> Path:
    work = ROOT / "build" / "pyinstaller"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "offline-assistant.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = dist / "offline-assistant"
    # Qt's translations are for Qt's own dialogs in ~40 languages; the app's text is
    # English, so they are dead weight (tens of MB).
    for translations in bundle.glob("_internal/PySide6/Qt/translations"):
        shutil.rmtree(translations)
    return bundle


def linux_archive(bundle: Path, icons: Path, dist: Path, ver: str) -> Path:
    name = f"offline-assistant-{ver}-linux-{platform.machine()}"
    stage = dist / name
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(bundle, stage / "offline-assistant", symlinks=True)
    linux = ROOT / "packaging" / "linux"
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(linux / script, stage / script)
    apps = stage / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(linux / f"{APP_ID}.desktop", apps)
    meta = stage / "share" / "metainfo"
    meta.mkdir(parents=True)
    text = (linux / f"{APP_ID}.metainfo.xml").read_text().replace("@VERSION@", ver)
    (meta / f"{APP_ID}.metainfo.xml").write_text(text)
    for size in ICON_SIZES:
        d = stage / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        d.mkdir(parents=True)
        shutil.copy(icons / f"{size}.png", d / f"{APP_ID}.png")
    scalable = stage / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "offline-assistant.svg", scalable / f"{APP_ID}.svg")
    archive = dist / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(stage, arcname=name)
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    dist = args.dist.resolve()
    ver = version("offline-assistant")
    icons = ROOT / "build" / "icons"
    render_icons(icons)
    bundle = pyinstaller(dist)
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)
    print(f"bundle   {bundle} ({size / 2**20:.0f} MiB)")
    if sys.platform.startswith("linux"):
        archive = linux_archive(bundle, icons, dist, ver)
        print(f"archive  {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
