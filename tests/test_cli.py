"""The command line, end to end in subprocesses, on the real starter model."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

AUDIT_DIR = Path(__file__).parent / "fixtures" / "audit"

# Each command runs the real model in a new process.
pytestmark = pytest.mark.slow


def run_cli(
    *args: str, home: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "ASSISTANT_HOME": str(home), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


def test_ask_prints_an_answer(app_home: Path) -> None:
    r = run_cli(
        "ask", "--max-tokens", "24", "--temperature", "0", "What", "is", "2+2?", home=app_home
    )
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.strip()) > 0
    assert (app_home / "logs" / "assistant.log").exists()


def test_ask_verbose_prints_the_figures(app_home: Path) -> None:
    text = "Boats must be moored by eight thirty. The harbour closes at nine every night."
    r = run_cli("ask", "-v", "-p", "proofread", "--max-tokens", "40", text, home=app_home)
    assert r.returncode == 0, r.stderr
    figures = next(line for line in r.stderr.splitlines() if "prompt tokens" in line)
    assert "prompt tokens" in figures and "answer tokens" in figures and "tok/s" in figures
    # Drafting is on by default; the line says how it went whenever it drafted.
    assert "drafted tokens kept" in figures or "drafted" not in figures


def test_ask_reads_stdin(app_home: Path) -> None:
    r = run_cli("ask", "--max-tokens", "16", home=app_home, stdin="Name a colour.")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()


def test_missing_model_is_one_line_error(app_home: Path) -> None:
    r = run_cli("ask", "--model", "/nonexistent/model.gguf", "hi", home=app_home)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "not found" in lines[0]
    r = run_cli("ask", "--model", "no-such-model", "hi", home=app_home)
    assert r.returncode == 1 and "No model named" in r.stderr


def test_models_list(app_home: Path, starter: Path) -> None:
    r = run_cli("models", "list", home=app_home)
    assert r.returncode == 0
    assert "SmolLM2 135M (built-in)" in r.stdout and str(starter) in r.stdout


def test_chat_keeps_the_conversation(app_home: Path) -> None:
    r = run_cli(
        "chat", "--max-tokens", "16", home=app_home, stdin="Hello\nWhat did I say?\n/exit\n"
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("you> ") == 3


def test_deleting_a_chat_deletes_its_saved_states(app_home: Path) -> None:
    """The engine saves each chat's state to resume it; those files hold the chat's
    words, so `history rm` deletes them (another chat's stay)."""
    from assistant.ground.paths import app_paths

    notes = "My shopping list: " + ", ".join(f"item {i} of the week" for i in range(30))
    for _ in range(2):
        r = run_cli("chat", "--max-tokens", "8", home=app_home, stdin=f"{notes}\n/exit\n")
        assert r.returncode == 0, r.stderr
    states = app_paths(str(app_home)).states

    def owners() -> list[str]:
        return sorted(p.name.rsplit("-", 1)[1] for p in states.glob("*.kvstate"))

    assert owners() == ["chat1.kvstate", "chat2.kvstate"]
    r = run_cli("history", "rm", "1", home=app_home)
    assert r.returncode == 0, r.stderr
    assert owners() == ["chat2.kvstate"]


def test_ctrl_c_stops_cleanly(app_home: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant",
            "ask",
            "--max-tokens",
            "2000",
            "Write a very long story about a dragon.",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "ASSISTANT_HOME": str(app_home)},
    )
    assert proc.stdout is not None
    proc.stdout.read(20)  # the answer has started streaming
    proc.send_signal(signal.SIGINT)
    t0 = time.monotonic()
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert time.monotonic() - t0 < 10
    assert "Traceback" not in err


def test_ask_and_chat_make_no_network_connection(app_home: Path, tmp_path: Path) -> None:
    audit_log = tmp_path / "connections.log"
    env = {
        "PYTHONPATH": str(AUDIT_DIR),
        "ASSISTANT_AUDIT_LOG": str(audit_log),
    }
    env_no_offline = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    os.environ.pop("HF_HUB_OFFLINE", None)
    assert "HF_HUB_OFFLINE" not in env_no_offline
    r = run_cli("ask", "--max-tokens", "8", "hi", home=app_home, env=env)
    assert r.returncode == 0, r.stderr
    r = run_cli("chat", "--max-tokens", "8", home=app_home, env=env, stdin="hi\n/exit\n")
    assert r.returncode == 0, r.stderr
    pids = Path(str(audit_log) + ".pids").read_text().splitlines()
    assert sum("assistant.engine.child" in p for p in pids) == 2, "the hook ran in the engine child"
    assert not audit_log.exists(), audit_log.read_text()


def test_audit_hook_catches_a_connection(tmp_path: Path) -> None:
    """The audit itself works: a process that connects is recorded."""
    audit_log = tmp_path / "connections.log"
    code = (
        "import socket\ntry:\n socket.create_connection(('127.0.0.1', 9), 1)\nexcept OSError: pass"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(AUDIT_DIR), "ASSISTANT_AUDIT_LOG": str(audit_log)},
        check=True,
    )
    assert "connect" in audit_log.read_text()


def test_history_commands(app_home: Path, tmp_path: Path) -> None:
    r = run_cli("ask", "--max-tokens", "12", "Tell me about otters", home=app_home)
    assert r.returncode == 0, r.stderr
    r = run_cli(
        "chat", "--continue", "1", "--max-tokens", "8", home=app_home, stdin="And beavers?\n"
    )
    assert r.returncode == 0, r.stderr
    listed = run_cli("history", "list", home=app_home).stdout
    assert "Tell me about otters" in listed
    shown = run_cli("history", "show", "1", home=app_home).stdout
    assert "Tell me about otters" in shown and "And beavers?" in shown
    found = run_cli("history", "search", "otters", home=app_home).stdout
    assert "**otters**" in found
    out = tmp_path / "one.json"
    r = run_cli("history", "export", "1", "--format", "json", "-o", str(out), home=app_home)
    assert r.returncode == 0 and out.exists()
    r = run_cli(
        "history", "export", "--all", "--format", "md", "-o", str(tmp_path / "a.md"), home=app_home
    )
    assert r.returncode == 0 and "# Tell me about otters" in (tmp_path / "a.md").read_text()
    assert "Imported 1" in run_cli("history", "import", str(out), home=app_home).stdout
    assert run_cli("history", "rm", "1", home=app_home).returncode == 0
    assert "otters" in run_cli("history", "list", home=app_home).stdout  # the imported copy
    assert run_cli("history", "show", "99", home=app_home).returncode == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    r = run_cli("history", "import", str(bad), home=app_home)
    assert r.returncode == 1 and "not a valid history export" in r.stderr
