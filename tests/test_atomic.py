"""Small files replaced whole (assistant/ground/atomic.py), as two app processes do at once."""

from __future__ import annotations

import stat
import threading
from pathlib import Path

import pytest

from assistant.ground import atomic


def test_two_writers_at_once_leave_one_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    texts = {name: f"writer = '{name}'\n" + "x" * 100_000 for name in ("window", "terminal")}
    errors: list[BaseException] = []

    def write(text: str) -> None:
        try:
            for _ in range(200):
                atomic.write_text(path, text)
                assert path.read_text() in texts.values()  # never half of one
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(t,)) for t in texts.values()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert path.read_text() in texts.values()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]  # no temporary left


def test_mode_and_a_failed_write_keep_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keys.toml"
    atomic.write_text(path, "old", mode=0o600)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(OSError, match="No space"):
        atomic.write_text(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keys.toml"]
