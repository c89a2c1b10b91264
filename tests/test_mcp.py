"""MCP servers as tools (assistant/tools/mcp_client.py), with real servers: the
protocol's reference servers from npm over stdio, a server written with the SDK over
stdio and over streamable HTTP, and servers that misbehave (never start, never answer,
write garbage, crash mid-call, answer 50 MB, list 1,000 tools, a hostile schema): each
gives a clear message, nothing hangs, the others go on. The model calls an MCP tool."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.engine.backend import LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.ground.errors import UserError
from assistant.tools.formats import HERMES
from assistant.tools.loop import CallEvent, ToolFailed, run_tools
from assistant.tools.mcp_client import McpHub
from assistant.tools.mcp_config import ServerConfig, import_file, read
from assistant.tools.spec import MAX_TOOLS
from tests.conftest import TEST_CTX, free_port, mcp_server_bin

SERVER = str(Path(__file__).parent / "fixtures" / "mcp_server.py")


def ours(mode: str) -> ServerConfig:
    return ServerConfig(mode, command=sys.executable, args=(SERVER, mode))


@pytest.fixture
def files(tmp_path: Path) -> Path:
    root = tmp_path / "shared"
    root.mkdir()
    (root / "hello.txt").write_text("Hello from a file")
    return root


@pytest.fixture
def hub(files: Path, tmp_path: Path) -> Iterator[McpHub]:
    configs = {
        "everything": ServerConfig(
            "everything", command=mcp_server_bin("mcp-server-everything"), args=("stdio",)
        ),
        "files": ServerConfig(
            "files", command=mcp_server_bin("mcp-server-filesystem"), args=(str(files),)
        ),
        "good": ours("good"),
        "off": ServerConfig("off", command="/nonexistent", disabled=True),
    }
    h = McpHub(configs, logs=tmp_path / "mcp.log", start_seconds=20, call_seconds=5)
    yield h
    h.close()


def by_name(hub: McpHub, *servers: str) -> dict[str, object]:
    return {t.spec.name: t for t in hub.tools(list(servers))}


def test_reference_servers_over_stdio(hub: McpHub, files: Path) -> None:
    tools = by_name(hub, "everything", "files")
    assert hub.state("everything") == "running" and hub.state("files") == "running"
    assert hub.state("off") == "off" and "off" not in {t.source for t in hub.tools()}
    add = tools["get-sum"]
    assert add.run({"a": 2, "b": 40}) == "The sum of 2 and 40 is 42."  # type: ignore[attr-defined]
    assert add.spec.read_only and add.source == "everything"  # type: ignore[attr-defined]
    read_file = tools["read_text_file"]
    assert read_file.run({"path": str(files / "hello.txt")}) == "Hello from a file"  # type: ignore[attr-defined]
    with pytest.raises(ToolFailed, match="outside allowed directories"):
        read_file.run({"path": "/etc/hostname"})  # type: ignore[attr-defined]
    write = tools["write_file"]
    assert not write.spec.read_only  # type: ignore[attr-defined]  # never assumed harmless


def test_a_server_written_with_the_sdk_over_stdio_and_http(hub: McpHub) -> None:
    assert by_name(hub, "good")["add"].run({"a": 2, "b": 3}) == "5"  # type: ignore[attr-defined]
    port = free_port()
    web = subprocess.Popen(
        [sys.executable, SERVER, "http", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{port}/mcp", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        remote = McpHub(
            {"web": ServerConfig("web", url=f"http://127.0.0.1:{port}/mcp", headers={"X-Key": "k"})}
        )
        try:
            shout = {t.spec.name: t for t in remote.tools()}["shout"]
            assert shout.run({"text": "quiet"}) == "QUIET"
        finally:
            remote.close()
    finally:
        web.kill()
        web.wait()


def test_a_crash_mid_call_is_reported_and_the_server_restarts(hub: McpHub) -> None:
    tools = by_name(hub, "good")
    with pytest.raises(ToolFailed, match="failed"):
        tools["crash"].run({})  # type: ignore[attr-defined]
    assert tools["add"].run({"a": 1, "b": 1}) == "2"  # type: ignore[attr-defined]  # started again
    with pytest.raises(ToolFailed):
        tools["fail"].run({})  # type: ignore[attr-defined]
    started = time.monotonic()
    with pytest.raises(ToolFailed, match=r"did not answer|timed out"):
        tools["slow"].run({"seconds": 60})  # type: ignore[attr-defined]
    assert time.monotonic() - started < 15
    assert tools["add"].run({"a": 2, "b": 2}) == "4"  # type: ignore[attr-defined]


def test_stop_during_a_call_tells_the_server(hub: McpHub, tmp_path: Path) -> None:
    # The person stops while an MCP tool runs: the wait ends at once, and the server is
    # sent MCP's notifications/cancelled, so its work stops too (it leaves a note here).
    from assistant.tools.formats import ToolCall
    from assistant.tools.loop import execute

    tools = {t.spec.name: t for t in hub.tools(["good"])}
    note = tmp_path / "note.txt"
    stop_at = time.monotonic() + 1.0
    call = ToolCall("c1", "wait", json.dumps({"seconds": 30, "note": str(note)}))
    started = time.monotonic()
    event = execute(call, tools, lambda _c, _t: True, lambda: time.monotonic() > stop_at)
    assert not event.ok and "stopped by the person" in event.result
    assert time.monotonic() - started < 3
    # Told at once: well before the call's own time (5 s here) would have run out.
    deadline = time.monotonic() + 2.5
    while not note.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert note.exists() and note.read_text() == "cancelled"
    assert tools["add"].run({"a": 1, "b": 2}) == "3"  # the server goes on


def test_a_huge_answer_is_cut_or_refused_without_hanging(hub: McpHub) -> None:
    tool = by_name(hub, "good")["huge"]
    started = time.monotonic()
    try:
        text = tool.run({})  # type: ignore[attr-defined]
        assert len(text) <= 1 << 20
    except ToolFailed:
        pass  # too slow to arrive within the call's time: said so
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    ("mode", "words"),
    [("silent", "did not answer within"), ("garbage", "did not answer within|could not start")],
)
def test_servers_that_never_start_properly(mode: str, words: str, tmp_path: Path) -> None:
    bad = McpHub({mode: ours(mode)}, logs=tmp_path / "mcp.log", start_seconds=3)
    try:
        started = time.monotonic()
        with pytest.raises(UserError, match=words):
            bad.start(mode)
        assert time.monotonic() - started < 10
        assert bad.state(mode).startswith("failed") or bad.state(mode) == "stopped"
        assert bad.tools() == []  # left out, with a log line
    finally:
        bad.close()


def test_a_missing_program_is_named(tmp_path: Path) -> None:
    bad = McpHub({"gone": ServerConfig("gone", command="/nonexistent/server")})
    try:
        with pytest.raises(UserError, match="not found"):
            bad.start("gone")
    finally:
        bad.close()


def test_too_many_tools_and_hostile_schemas(tmp_path: Path) -> None:
    hub = McpHub({"many": ours("many"), "hostile": ours("hostile")}, logs=tmp_path / "l.log")
    try:
        assert len(hub.start("many")) == MAX_TOOLS
        assert [t.spec.name for t in hub.start("hostile")] == ["fine"]  # "deep" left out
    finally:
        hub.close()


def test_config_files_import_and_refuse_clearly(tmp_path: Path) -> None:
    claude = tmp_path / "claude_desktop_config.json"
    claude.write_text(
        json.dumps(
            {
                "mcpServers": {
                    "files": {"command": "npx", "args": ["-y", "x"], "env": {"K": "v"}},
                    "web": {"url": "https://example.invalid/mcp", "headers": {"A": "b"}},
                }
            }
        )
    )
    target = tmp_path / "config" / "mcp.json"
    assert import_file(claude, target) == ["files", "web"]
    servers = read(target)
    assert servers["files"].args == ("-y", "x") and servers["web"].headers == {"A": "b"}
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    for bad, words in (
        ("[]", "no 'mcpServers'"),
        ('{"mcpServers": {"x": {}}}', "either a 'command' or a 'url'"),
        ('{"mcpServers": {"x": {"url": "ftp://a"}}}', "http://"),
        ('{"mcpServers": {"x": {"command": "a", "args": [1]}}}', "list of strings"),
        ("{not json", "not valid JSON"),
    ):
        broken = tmp_path / "broken.json"
        broken.write_text(bad)
        with pytest.raises(UserError, match=words):
            import_file(broken, target)
    assert read(target) == servers  # nothing half-written


@pytest.mark.slow
def test_the_model_calls_an_mcp_tool(hub: McpHub, starter: Path) -> None:
    tools = [t for t in hub.tools(["everything"]) if t.spec.name == "get-sum"]
    with EngineHost(LoadOptions(n_ctx=2 * TEST_CTX, parallel=1)) as host:
        host.load(str(starter))
        loop = run_tools(
            host.stream,
            [{"role": "user", "content": "What is 2 plus 40?"}],
            SamplingParams(temperature=0, max_tokens=100, tool_choice="required"),
            tools,
            HERMES,
            lambda c, t: True,
            max_steps=1,
        )
        events = [i for i in loop if isinstance(i, CallEvent)]
    assert events and events[0].ok and events[0].result.startswith("The sum of")
