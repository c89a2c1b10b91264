"""The remote engine against real OpenAI-compatible servers on 127.0.0.1: llama-cpp-python's
own server (`python -m llama_cpp.server`) with the starter GGUF, and our `assistant serve`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.app import build_core
from assistant.engine.backend import Completion, SamplingParams
from assistant.engine.remote import RemoteBackend
from assistant.ground.errors import UserError
from assistant.ground.settings import RemoteServer, Settings
from assistant.presets import PresetLibrary
from assistant.server.run import ApiServer
from tests.conftest import TEST_CTX, free_port

pytestmark = pytest.mark.slow
QUESTION = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]


# llama-cpp-python's server loads no llama.cpp backends itself (its issue #2069), and our
# build carries them as loadable libraries: load them as the engine does, then run it.
_SERVER = (
    "import runpy, sys; from assistant.engine.backends import load_backends; "
    "load_backends(); sys.argv[0] = 'llama_cpp.server'; "
    "runpy.run_module('llama_cpp.server', run_name='__main__', alter_sys=True)"
)


def llama_server(model: Path, port: int, api_key: str | None = None) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", _SERVER, "--model", str(model)]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(TEST_CTX)]
    cmd += ["--model_alias", "smollm2"] + (["--api_key", api_key] if api_key else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2).status_code in (200, 401):
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
        assert proc.poll() is None, "llama_cpp.server exited at start"
    raise AssertionError("llama_cpp.server did not start")


@pytest.fixture(scope="module")
def peer(starter: Path) -> Iterator[str]:
    port = free_port()
    proc = llama_server(starter, port)
    yield f"http://127.0.0.1:{port}/v1"
    proc.terminate()
    proc.wait(30)


def collect(backend: RemoteBackend, stop_after: int | None = None) -> tuple[str, Completion]:
    text, done = "", None
    for item in backend.stream(QUESTION, SamplingParams(max_tokens=300, temperature=0)):  # type: ignore[arg-type]
        if isinstance(item, Completion):
            done = item
        else:
            text += item
            if stop_after is not None and len(text) > stop_after:
                backend.cancel()
    assert done is not None
    return text, done


def test_ask_and_stream_from_llama_cpp_server(peer: str) -> None:
    backend = RemoteBackend(RemoteServer("peer", peer))
    facts = backend.load()
    assert facts.name == "peer" and facts.path == peer and backend.model_id == "smollm2"
    text, done = collect(backend)
    assert len(text.split()) > 20 and done.finish_reason in ("stop", "length")
    assert done.completion_tokens > 20 and done.text == text


def test_cancel_closes_the_stream_and_the_next_answer_works(peer: str) -> None:
    backend = RemoteBackend(RemoteServer("peer", peer))
    t0 = time.monotonic()
    text, done = collect(backend, stop_after=30)
    assert done.finish_reason == "cancelled" and 30 < len(text) < 400
    assert time.monotonic() - t0 < 20
    text2, done2 = collect(backend)
    assert done2.finish_reason != "cancelled" and len(text2) > len(text)


def test_cli_add_remote_then_ask_saves_the_conversation(peer: str, app_home: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=300
        )

    r = run("models", "add-remote", "lan-box", peer)
    assert r.returncode == 0, r.stderr
    assert "Added lan-box: smollm2" in r.stdout
    assert "lan-box\tremote" in run("models", "list").stdout
    r = run("ask", "--model", "lan-box", "--max-tokens", "20", "Name a colour.")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()
    core = build_core()
    try:
        conv = core.repo.list_conversations()[0]
        answer = core.repo.branch(conv.id)[-1]
        assert answer.model_file == "lan-box" and answer.content.strip() == r.stdout.strip()
    finally:
        core.close()
    r = run("models", "add-remote", "nowhere", f"http://127.0.0.1:{free_port()}/v1")
    assert r.returncode == 1 and "Cannot reach" in r.stderr


def test_server_killed_mid_answer_is_a_clear_error(starter: Path) -> None:
    port = free_port()
    proc = llama_server(starter, port)
    backend = RemoteBackend(RemoteServer("peer", f"http://127.0.0.1:{port}/v1"))
    got = ""
    with pytest.raises(UserError, match="broke off mid-answer") as err:
        for item in backend.stream(QUESTION, SamplingParams(max_tokens=800)):  # type: ignore[arg-type]
            if isinstance(item, str):
                got += item
                if len(got) > 20 and proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert got and "127.0.0.1" in str(err.value)
    with pytest.raises(UserError, match="Cannot reach"):
        collect(backend)


def test_wrong_key_unknown_model_and_timeouts(starter: Path, tmp_path: Path) -> None:
    core = build_core(str(tmp_path / "served"))
    core.config.change(context_length=TEST_CTX)
    core.models.load_local()
    ours = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port(), api_key="k1")
    ours.start()
    try:
        with pytest.raises(UserError, match="refused the API key"):
            RemoteBackend(RemoteServer("box", ours.url, "wrong")).load()
        with pytest.raises(
            UserError, match=r"has no model .nope.\. It offers: smollm2-135m-instruct-q4_1"
        ):
            RemoteBackend(RemoteServer("box", ours.url, "k1", "nope")).load()
        backend = RemoteBackend(RemoteServer("box", ours.url, "k1"))
        facts = backend.load()
        assert facts.context == TEST_CTX  # reported by `assistant serve`
        text, done = collect(backend)
        assert text and done.prompt_tokens > 5
    finally:
        ours.stop()
        core.close()
    # A server that accepts the connection and never answers.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(silent.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
    t0 = time.monotonic()
    with pytest.raises(UserError, match="did not answer in time"):
        RemoteBackend(RemoteServer("mute", url), timeout=1.0).load()
    assert time.monotonic() - t0 < 10
    silent.close()
    for conn in accepted:
        conn.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saved_api_keys_are_readable_by_this_user_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("")
    path.chmod(0o644)
    box = RemoteServer("lan-box", "http://127.0.0.1:1/v1", "sk-secret")
    Settings(remotes={"lan-box": box}).save(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert Settings.load(path).remotes["lan-box"] == box
