"""Simon Willison's ``llm`` (a real third-party client) with tools against ``assistant
serve``: it sends its Python functions as tools, reads the streamed call, runs the
function, sends the result back and gets the answer. ``llm``'s command line cannot set
``tool_choice``; its model configuration sends the X-Tool-Choice header instead."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port

FUNCTIONS = """
def multiply(a: int, b: int) -> int:
    "Multiply two whole numbers."
    return a * b
"""


@pytest.mark.slow
def test_llm_calls_a_function_through_assistant_serve(
    app_home: Path, starter: Path, tmp_path: Path
) -> None:
    llm = shutil.which("llm", path=str(Path(sys.executable).parent))
    assert llm is not None, "the test extra installs Simon Willison's llm"
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    home = tmp_path / "llm"
    home.mkdir()
    (home / "extra-openai-models.yaml").write_text(
        "- model_id: local-assistant\n"
        "  model_name: default\n"
        f"  api_base: http://127.0.0.1:{port}/v1\n"
        "  supports_tools: true\n"
        "  headers:\n"
        "    X-Tool-Choice: required\n"
    )
    env = {**os.environ, "LLM_USER_PATH": str(home), "OPENAI_API_KEY": "unused"}
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        run = subprocess.run(
            [llm, "-m", "local-assistant", "--functions", FUNCTIONS, "--td",
             "-o", "temperature", "0", "What is 12 times 7?"],
            capture_output=True, text=True, env=env, timeout=300,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert "Tool call: multiply(" in run.stderr  # llm read our streamed call and ran it
        logs = subprocess.run(
            [llm, "logs", "-n", "2", "--json"], capture_output=True, text=True, env=env
        )
        entries = json.loads(logs.stdout)
        calls = [c for e in entries for c in e.get("tool_calls") or []]
        results = [r for e in entries for r in e.get("tool_results") or []]
        assert calls and calls[0]["name"] == "multiply"
        args = calls[0]["arguments"]
        assert results and results[0]["output"] == str(args["a"] * args["b"])
        assert entries[-1]["response"]  # the answer after the result came back
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
