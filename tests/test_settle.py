"""A finished download is usable at once and reaches the disk afterwards; a power loss in
between is caught before the model is loaded (real files, real HTTP, real engine)."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from assistant.app import build_core
from assistant.ground.errors import UserError
from assistant.models import settle
from assistant.models.downloads import DownloadManager
from assistant.models.hub import Hub
from tests.conftest import power_loss_marker
from tests.fixtures.fake_hub import FakeHub

NAME = "SmolLM2-135M-Instruct-Q4_1.gguf"


def markers(models: Path) -> list[Path]:
    return sorted((models / ".downloads" / "settling").glob("*.json"))


def test_download_is_installed_then_made_durable(
    fake_hub: FakeHub, starter: Path, tmp_path: Path
) -> None:
    fake_hub.add("t/SmolLM2-GGUF", NAME, starter)
    models = tmp_path / "models"
    manager = DownloadManager(models, Hub(endpoint=fake_hub.url))
    model = next(iter(Hub(endpoint=fake_hub.url).files("t/SmolLM2-GGUF")))
    manager.run(manager.add("t/SmolLM2-GGUF", model, start=False).id)
    assert (models / NAME).read_bytes() == starter.read_bytes()  # usable before the sync
    manager.close()  # waits for the sync, as the CLI does before it exits
    assert markers(models) == []
    assert manager.jobs() == []


def test_power_loss_before_the_disk_caught_up(app_home: Path, starter: Path) -> None:
    core = build_core()
    model = core.library.models_dir / NAME
    data = starter.read_bytes()
    model.write_bytes(data[: len(data) // 2])  # only half reached the disk
    power_loss_marker(model, data)
    try:
        with pytest.raises(UserError, match=r"did not reach the disk whole.*Download it again"):
            core.models.load_local(NAME)
        assert not model.exists() and markers(model.parent) == []
        assert all(m.path != model for m in core.library.installed())
    finally:
        core.close()


def test_after_a_reboot_a_whole_file_is_checked_once_and_loads(
    app_home: Path, starter: Path
) -> None:
    core = build_core()
    model = core.library.models_dir / NAME
    shutil.copyfile(starter, model)
    power_loss_marker(model, starter.read_bytes())
    try:
        facts = core.models.load_local(NAME).facts
        assert facts.architecture == "llama"
        assert markers(model.parent) == []
    finally:
        core.close()


def test_a_marker_from_this_boot_is_only_synced(tmp_path: Path) -> None:
    # Our process ended before its sync thread did; the kernel still has the data, so
    # the file is trusted as it is (reading a multi-GB file again would be wasted).
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF" + os.urandom(1000))
    settle.mark(model, 1004, "0" * 64)
    settle.check(model)
    assert model.exists() and markers(tmp_path) == []


def test_a_damaged_marker_means_the_file_is_checked(tmp_path: Path) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    settle.mark(model, 4, None)
    markers(tmp_path)[0].write_text("{not json")
    settle.check(model)  # no size or hash to compare: the file is kept
    assert model.exists() and markers(tmp_path) == []


def test_a_write_error_held_back_until_the_sync_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Some file systems report a failed write only at fsync (EIO, or ENOSPC on NFS);
    # the file is then checked instead of trusted.
    model = tmp_path / "m.gguf"
    data = b"GGUF" + os.urandom(1000)
    settle.mark(model, len(data), hashlib.sha256(data).hexdigest())
    model.write_bytes(data[:500])

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(settle.os, "fsync", failing_fsync)
    assert settle.settle([model]) is False and markers(tmp_path) != []
    with pytest.raises(UserError, match="did not reach the disk whole"):
        settle.check(model)
    assert not model.exists() and markers(tmp_path) == []


def test_every_part_of_a_split_model_is_checked(app_home: Path) -> None:
    core = build_core()
    first = core.library.models_dir / "big-Q4_K_M-00001-of-00002.gguf"
    second = core.library.models_dir / "big-Q4_K_M-00002-of-00002.gguf"
    first.write_bytes(b"GGUF" + os.urandom(100))
    data = os.urandom(1000)
    second.write_bytes(data[:10])
    power_loss_marker(second, data)
    try:
        with pytest.raises(UserError, match=r"00002-of-00002\.gguf did not reach the disk"):
            core.models.load_local(first.stem)
        assert first.exists() and not second.exists()
    finally:
        core.close()


def test_import_and_remove_drop_a_stale_marker(app_home: Path, starter: Path) -> None:
    # An unfinished download left a marker; the user then imports a file of that name.
    core = build_core()
    target = core.library.models_dir / starter.name
    power_loss_marker(target, b"something else")
    try:
        model = core.library.import_file(starter)
        assert markers(target.parent) == []
        settle.check(model.path)  # nothing to check: the imported file stays
        assert model.path.exists()
        power_loss_marker(model.path, starter.read_bytes())
        core.library.remove(model)
        assert markers(target.parent) == [] and not model.path.exists()
    finally:
        core.close()
