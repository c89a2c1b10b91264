"""Making an installed download durable without making the user wait for the disk.

A verified download is renamed into the models folder at once and is usable from the
page cache; the fsync that puts it on the disk runs afterwards on a thread. Waiting for
it first cost more than half the transfer time on a fast link (bench/downloads.py),
while it only matters if the computer itself stops before the kernel writes the file.

For that case a marker with the file's size and SHA-256 is written before the rename
and removed once the file is on disk. A marker older than the last boot means the
computer stopped in between: the file is checked again before it is loaded, and
removed (with a message) if it is incomplete. A marker from this boot only means our
process ended early; the kernel still holds the data, so the file is simply synced.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from pathlib import Path

from assistant.ground import atomic
from assistant.ground.errors import UserError

log = logging.getLogger(__name__)

_SAME_BOOT_SLACK = 5.0  # seconds: the boot time the kernel reports may drift a little


def _marker(model: Path) -> Path:
    return model.parent / ".downloads" / "settling" / f"{model.name}.json"


def mark(model: Path, size: int, sha256: str | None) -> None:
    """Record what ``model`` must contain; call before renaming it into place."""
    info = {"size": size, "sha256": sha256, "installed_at": time.time()}
    atomic.write_text(_marker(model), json.dumps(info))


def settle(models: list[Path]) -> bool:
    """fsync the files and their folder, then drop their markers; False if the disk
    refused (a write error the kernel held back until now)."""
    try:
        for path in models:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        for folder in {p.parent for p in models}:
            fsync_dir(folder)
    except OSError as exc:  # the marker stays, so the next load checks the file
        log.warning("could not make %s durable: %s", [p.name for p in models], exc)
        return False
    for path in models:
        _marker(path).unlink(missing_ok=True)
    return True


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def place_folder(files: list[tuple[Path, str]], target: Path) -> None:
    """Move each verified ``(file, name)`` into a new folder, on the disk, then rename
    the folder to ``target`` at once (a speech model, a voice): a crash leaves the old
    folder or the new one, never half of it. Small enough to sync before it is used."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.installing")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for path, name in files:
        os.replace(path, staging / name)
        with open(staging / name, "rb") as fh:
            os.fsync(fh.fileno())
    if target.exists():
        old = target.with_name(f".{target.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, target)
    fsync_dir(target.parent)


def forget(model: Path) -> None:
    """Drop the marker of a file that was deleted or replaced by other means."""
    _marker(model).unlink(missing_ok=True)


def check(model: Path) -> None:
    """Before loading ``model``: if it was installed just before the computer stopped,
    make sure it reached the disk whole; if not, remove it and say so."""
    marker = _marker(model)
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
        installed_at = float(info["installed_at"])
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError):
        installed_at = 0.0  # a damaged marker: check the file to be safe
        info = {}
    import psutil  # here: the library imports this module on the way to the first paint

    if installed_at > psutil.boot_time() + _SAME_BOOT_SLACK and settle([model]):
        return
    size, sha256 = info.get("size"), info.get("sha256")
    whole = model.is_file() and (size is None or model.stat().st_size == size)
    if whole and sha256:
        with model.open("rb") as f:
            whole = hashlib.file_digest(f, "sha256").hexdigest() == str(sha256).lower()
    if not whole:
        with contextlib.suppress(OSError):
            model.unlink()
        marker.unlink(missing_ok=True)
        raise UserError(
            f"{model.name} did not reach the disk whole (the computer stopped, or the disk "
            "failed, just after it was downloaded), so it was removed. Download it again."
        )
    marker.unlink(missing_ok=True)
