"""The person's MCP servers as tools, through the official ``mcp`` SDK (the one module
that imports it). Each server's session lives on one asyncio loop in a thread of its
own; the rest of the app calls in from any thread and waits with a time limit. A server
starts when its tools are first needed, stops with the app, and is started again when
it died (crashed, or its connection broke) and is needed again."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

# The SDK's own HTTP client (its timeouts), with the server's headers (API keys).
from mcp.client.streamable_http import (  # type: ignore[attr-defined]
    create_mcp_http_client,
    streamable_http_client,
)

from assistant.ground.errors import UserError
from assistant.tools.loop import Tool, ToolFailed, given_up
from assistant.tools.mcp_config import ServerConfig
from assistant.tools.spec import MAX_TOOLS, ToolError, make_spec

log = logging.getLogger(__name__)

START_SECONDS = 30.0  # to start and answer the handshake (npx may fetch a package first)
CALL_SECONDS = 60.0
MAX_TEXT = 1 << 20  # of one call's text; the loop cuts it further for the model


@dataclass
class _Session:
    """A running server: its session, and what stops it."""

    config: ServerConfig
    session: ClientSession | None = None
    stop: asyncio.Event | None = None
    task: asyncio.Task[None] | None = None
    error: str = ""
    tools: list[Tool] = field(default_factory=list)


class McpHub:
    """Sessions with the person's MCP servers (``configs``); ``logs`` receives their
    stderr."""

    def __init__(
        self,
        configs: dict[str, ServerConfig],
        logs: Path | None = None,
        start_seconds: float = START_SECONDS,
        call_seconds: float = CALL_SECONDS,
    ) -> None:
        self.configs = configs
        self.start_seconds, self.call_seconds = start_seconds, call_seconds
        self._errlog: TextIO = (
            open(logs, "a", encoding="utf-8")  # noqa: SIM115 - open for the hub's life
            if logs is not None
            else open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        )
        self._sessions: dict[str, _Session] = {}
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="mcp", daemon=True)
        self._thread.start()

    # -- what the app asks ---------------------------------------------------------------

    def state(self, name: str) -> str:
        """ "off", "stopped", "running" or "failed: why"."""
        config = self.configs[name]
        if config.disabled:
            return "off"
        s = self._sessions.get(name)
        if s is None:
            return "stopped"
        if s.session is not None:
            return "running"
        return f"failed: {s.error}" if s.error else "stopped"

    def tools(self, names: Sequence[str] | None = None) -> list[Tool]:
        """The tools of the servers ``names`` (default: every one that is on), each
        server started if needed; a server that fails is left out (see :meth:`state`)."""
        out: list[Tool] = []
        for name in names if names is not None else list(self.configs):
            config = self.configs.get(name)
            if config is None:
                raise UserError(f"There is no MCP server named '{name}'.")
            if config.disabled:
                continue
            try:
                out += self._ensure(name).tools
            except UserError as exc:
                log.warning("MCP server %s: %s", name, exc)
        return out

    def start(self, name: str) -> list[Tool]:
        """Start one server (if needed) and return its tools, or say why it cannot."""
        return self._ensure(name).tools

    def update(self, configs: dict[str, ServerConfig]) -> None:
        """Take the servers' new settings: one removed, changed or turned off stops."""
        with self._lock:
            for name, s in list(self._sessions.items()):
                config = configs.get(name)
                if config is None or config != s.config or config.disabled:
                    self._stop(s)
                    del self._sessions[name]
            self.configs = dict(configs)

    def close(self) -> None:
        """Stop every server (their child processes end) and the loop."""
        for s in list(self._sessions.values()):
            self._stop(s)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        if not self._thread.is_alive():
            self._loop.close()
        self._errlog.close()

    # -- sessions ------------------------------------------------------------------------

    def _ensure(self, name: str) -> _Session:
        with self._lock:
            s = self._sessions.get(name)
            if s is not None and s.session is not None and s.task is not None and not s.task.done():
                return s
            if s is not None:
                self._stop(s)
            s = _Session(self.configs[name])
            self._sessions[name] = s
            ready = concurrent.futures.Future[None]()
            asyncio.run_coroutine_threadsafe(self._run(s, ready), self._loop)
            try:
                ready.result(self.start_seconds)
            except concurrent.futures.TimeoutError:
                s.error = f"did not answer within {self.start_seconds:g} s"
                self._stop(s)
                raise UserError(f"The MCP server '{name}' {s.error}.") from None
            except Exception as exc:
                s.error = _why(exc)
                raise UserError(f"The MCP server '{name}' could not start: {s.error}.") from None
            return s

    async def _run(self, s: _Session, ready: concurrent.futures.Future[None]) -> None:
        s.stop, s.task = asyncio.Event(), asyncio.current_task()
        try:
            async with contextlib.AsyncExitStack() as stack:
                c = s.config
                if c.url:
                    http = await stack.enter_async_context(
                        create_mcp_http_client(headers=c.headers or None)
                    )
                    read, write, *_ = await stack.enter_async_context(
                        streamable_http_client(c.url, http_client=http)
                    )
                else:
                    params = StdioServerParameters(
                        command=c.command,
                        args=list(c.args),
                        env={**_base_env(), **c.env},
                        cwd=c.cwd or None,
                    )
                    read, write = await stack.enter_async_context(
                        stdio_client(params, errlog=self._errlog)
                    )
                session = await stack.enter_async_context(
                    ClientSession(read, write, read_timeout_seconds=self.call_seconds)
                )
                await session.initialize()
                listed = await session.list_tools()
                s.tools = self._convert(s, listed.tools)
                s.session = session
                ready.set_result(None)
                await s.stop.wait()
        except BaseException as exc:
            if not ready.done():
                ready.set_exception(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))
            else:
                s.error = _why(exc)
                log.warning("MCP server %s stopped: %s", s.config.name, s.error)
        finally:
            s.session = None

    def _stop(self, s: _Session) -> None:
        task = s.task
        if task is None or task.done():
            s.session = None
            return
        if s.session is None:
            # Still starting (or stuck in the handshake): nothing to end politely.
            self._loop.call_soon_threadsafe(task.cancel)
        elif s.stop is not None:
            self._loop.call_soon_threadsafe(s.stop.set)
        done = threading.Event()
        self._loop.call_soon_threadsafe(lambda: task.add_done_callback(lambda _t: done.set()))
        if not done.wait(5):
            self._loop.call_soon_threadsafe(task.cancel)
            done.wait(2)
        s.session = None

    # -- tools ---------------------------------------------------------------------------

    def _convert(self, s: _Session, listed: list[Any]) -> list[Tool]:
        tools: list[Tool] = []
        for t in listed[:MAX_TOOLS]:
            hints = t.annotations
            try:
                spec = make_spec(
                    t.name,
                    t.description or t.title or "",
                    t.input_schema,
                    read_only=bool(hints and hints.read_only_hint),
                )
            except ToolError as exc:  # a hostile or broken schema: that tool is left out
                log.warning("MCP server %s: tool skipped: %s", s.config.name, exc)
                continue
            tools.append(
                Tool(spec, self._caller(s.config.name, t.name), self.call_seconds, s.config.name)
            )
        if len(listed) > MAX_TOOLS:
            log.warning("MCP server %s lists %d tools; the first %d are used",
                        s.config.name, len(listed), MAX_TOOLS)  # fmt: skip
        return tools

    def _caller(self, server: str, tool: str) -> Any:
        def call(args: dict[str, Any]) -> str:
            s = self._ensure(server)  # started again if it died since
            assert s.session is not None
            future = asyncio.run_coroutine_threadsafe(s.session.call_tool(tool, args), self._loop)
            stop, deadline = given_up(), time.monotonic() + self.call_seconds + 1
            try:
                while True:
                    try:
                        result = future.result(0.1)
                        break
                    except concurrent.futures.TimeoutError:
                        if stop.is_set() or time.monotonic() > deadline:
                            # Cancelling the request sends the server MCP's
                            # notifications/cancelled: its work stops too.
                            future.cancel()
                            raise
            except concurrent.futures.TimeoutError:
                raise ToolFailed(f"the server '{server}' did not answer in time") from None
            except Exception as exc:
                # The connection broke (the server crashed): the next call starts it
                # again. This one is not repeated: it may have done something already.
                s.error = _why(exc)
                self._stop(s)
                raise ToolFailed(f"the server '{server}' failed: {s.error}") from None
            text = _text_of(result)
            if getattr(result, "is_error", False):
                raise ToolFailed(text or "the tool reported an error")
            return text

        return call


def _text_of(result: Any) -> str:
    parts: list[str] = []
    for item in getattr(result, "content", None) or []:
        kind = getattr(item, "type", "")
        if kind == "text":
            parts.append(item.text)
        elif kind == "resource" and hasattr(item.resource, "text"):
            parts.append(item.resource.text)
        else:  # images, audio, links: named, not spelled out
            parts.append(f"[{kind or 'content'} not shown]")
    structured = getattr(result, "structured_content", None)
    if not parts and structured is not None:
        import json

        parts.append(json.dumps(structured, ensure_ascii=False))
    text = "\n".join(parts)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT]


def _why(exc: BaseException) -> str:
    """A readable reason (anyio raises groups of one)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, FileNotFoundError):
        return f"the program was not found ({exc.filename or exc})"
    return str(exc) or type(exc).__name__


def _base_env() -> dict[str, str]:
    """What a server child inherits: enough to run (PATH, HOME, locale), not the app's
    whole environment (it may hold keys meant for nothing else)."""
    keep = ("PATH", "HOME", "USER", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "APPDATA")
    return {k: v for k, v in os.environ.items() if k in keep}
