"""The Linux desktop bundle, built and used the way a person installs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.offline_assistant.OfflineAssistant"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _offline(cmd: list[str]) -> list[str]:
    """Run with no network at all: a new network namespace holds only a down loopback."""
    return ["unshare", "--map-root-user", "--net", *cmd]


@pytest.mark.timeout(2400)
def test_linux_bundle_builds_installs_runs_offline_and_uninstalls(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist)],
        check=True,
        cwd=ROOT,
    )
    archives = list(dist.glob("offline-assistant-*-linux-*.tar.gz"))
    assert len(archives) == 1
    unpacked = tmp_path / "unpacked"
    with tarfile.open(archives[0]) as tar:
        tar.extractall(unpacked, filter="tar")
    (folder,) = unpacked.iterdir()

    # The network namespace really has no way out.
    probe = subprocess.run(
        _offline(
            [sys.executable, "-c", "import socket; socket.create_connection(('1.1.1.1', 80), 2)"]
        ),
        capture_output=True,
        text=True,
    )
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower()

    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": os.environ["PATH"],
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    before = _tree(home)
    subprocess.run([str(folder / "install.sh")], check=True, env=env)
    local = home / ".local"
    desktop = local / "share" / "applications" / f"{APP_ID}.desktop"
    metainfo = local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert (local / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (local / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)], check=True
    )

    # Start it the way the launcher does (the Exec line), offline, in self-test mode.
    exec_line = next(
        line.split("=", 1)[1]
        for line in desktop.read_text().splitlines()
        if line.startswith("Exec=")
    )
    assert Path(exec_line).is_file() and os.access(exec_line, os.X_OK)
    run = subprocess.run(
        _offline([exec_line, "--self-test"]), env=env, capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout
    # The bundle carries llama.cpp's CPU variants and picked one for this processor.
    from assistant.engine.backends import cpu_variants, library_dir

    lib = library_dir()
    if lib is not None and cpu_variants(lib):
        chosen = max(cpu_variants(lib).items(), key=lambda kv: kv[1])[0]
        assert f"{chosen} kernels" in run.stdout, run.stdout
    # Documents work offline from the bundle alone: its embedding model indexes and finds.
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "boiler.txt").write_text("The boiler is serviced every October by Hansen Heating.")
    (notes / "garden.txt").write_text("Roses are pruned in early spring.")
    # PDF and Word files too; an AES-encrypted PDF that only restricts printing is read
    # (the bundle carries pypdf's cryptography).
    from tests.fixtures import documents as fx

    plain = fx.pdf(tmp_path / "plain.pdf", ["The water meter is read in January."])
    fx.encrypted_pdf(notes / "meter.pdf", plain, user="", algorithm="AES-256")
    fx.docx_file(notes / "report.docx")
    cli = str(local / "bin" / "offline-assistant")
    docs_env = {**env, "ASSISTANT_HOME": str(tmp_path / "docs-home")}  # not the checked home
    added = subprocess.run(
        _offline([cli, "docs", "add", "notes", str(notes)]), env=docs_env, capture_output=True,
        text=True, timeout=300,
    )  # fmt: skip
    assert added.returncode == 0 and "4 new" in added.stderr, added.stdout + added.stderr
    found = subprocess.run(
        _offline([cli, "docs", "search", "notes", "who maintains the heating"]),
        env=docs_env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert (
        found.returncode == 0
        and found.stdout.startswith("[1] ")
        and "boiler.txt" in (found.stdout.splitlines()[0])
    ), found.stdout + found.stderr
    meter = subprocess.run(
        _offline([cli, "docs", "search", "notes", "when is the water meter read"]),
        env=docs_env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "meter.pdf" in meter.stdout.splitlines()[0], meter.stdout + meter.stderr
    # Recordings are transcribed offline by the bundle's own Whisper, in its speech child.
    from tests.fixtures.audio import encode, speak

    said = "The quarterly meeting starts at nine. Please bring the budget report."
    wav = speak(said, tmp_path / "memo.wav", gap_seconds=0.5)
    heard = subprocess.run(
        _offline([cli, "transcribe", str(encode(wav, tmp_path / "memo.m4a"))]),
        env=docs_env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert heard.returncode == 0 and "budget report" in heard.stdout.lower(), heard.stderr
    # ...and speaks with its own voice (sherpa-onnx's libraries and the voice inside).
    spoken = tmp_path / "said.wav"
    said_back = subprocess.run(
        _offline([cli, "speak", "The budget report is due on Friday.", "-o", str(spoken)]),
        env=docs_env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert said_back.returncode == 0 and spoken.stat().st_size > 44_100, said_back.stderr
    version = subprocess.run(
        [str(local / "bin" / "offline-assistant"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "0." in version

    # The user's data survives the uninstall; everything installed goes.
    data = home / ".local" / "share" / "offline-assistant" / "history.db"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("my chats")
    subprocess.run([str(local / "lib" / "offline-assistant" / "uninstall.sh")], check=True, env=env)
    assert data.read_text() == "my chats"
    shutil.rmtree(home / ".local" / "share" / "offline-assistant")
    left = _tree(home) - before
    assert left == {".local", ".local/share"} or not left, sorted(left)
