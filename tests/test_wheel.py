"""A built wheel works on its own: installed into a fresh virtual environment outside the
source tree, the app finds its presets and catalog and answers with the starter model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent


def test_built_wheel_installs_and_runs_outside_the_source_tree(tmp_path: Path) -> None:
    wheelhouse = (ROOT / ".venv" / "llama-wheelhouse").read_text().strip()
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
    )
    wheel = next(dist.glob("offline_assistant-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run(
        [*pip, "--find-links", wheelhouse, f"{wheel}[starter]"], check=True, cwd=tmp_path
    )
    env = {**os.environ, "ASSISTANT_HOME": str(tmp_path / "home"), "PYTHONPATH": ""}
    app = str(venv / "bin" / "assistant")

    def run(*args: str) -> str:
        out = subprocess.run(
            [app, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        assert out.returncode == 0, out.stdout + out.stderr
        return out.stdout

    presets = run("presets", "list")
    assert "summarize" in presets and "translate" in presets
    assert "SmolLM2" in run("models", "catalog")  # resources/catalog.toml
    answer = run("ask", "--max-tokens", "8", "Say hello.")
    assert answer.strip()
    # It ran from the installed copy, not from this source tree.
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import assistant; print(assistant.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(venv) in where
