"""The person's MCP servers for programs using the API, only when the person turned that
on (Settings → Tools). A request names servers as tools of OpenAI's Responses API shape,
``{"type": "mcp", "server_label": NAME}``; this server runs their calls itself, and
only the tools the person always allows (nobody is there to approve a call). The calls
made come back beside the answer, under ``mcp_calls``."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from assistant.engine.backend import ChatMessage, Completion, SamplingParams, StreamItem
from assistant.engine.lane import Lane
from assistant.server.protocol import ApiError
from assistant.tools.chat_tools import available, tool_key
from assistant.tools.formats import CallFormat
from assistant.tools.loop import CallEvent, run_tools

if TYPE_CHECKING:
    from assistant.app import Core


def requested_servers(core: Core, body: dict[str, Any]) -> list[str]:
    """The MCP servers a request names (taken out of its ``tools``, with its
    ``tool_choice``: see :func:`server_choice`); refused unless the person lets API
    clients use them."""
    raw = body.get("tools")
    if not isinstance(raw, list):
        return []
    named = [t for t in raw if isinstance(t, dict) and t.get("type") == "mcp"]
    if not named:
        return []
    if len(named) != len(raw):
        raise ApiError(
            400,
            "Tools of type 'mcp' cannot be mixed with function tools in one request.",
            param="tools",
        )
    if not core.settings.api_mcp_servers:
        raise ApiError(
            403,
            "This app does not let programs use the person's MCP servers. They can allow "
            "it in the app: File → Tools… → Local API.",
            kind="permission_error",
            param="tools",
            code="mcp_not_allowed",
        )
    configs = core.mcp.configs if core.paths.mcp_servers.exists() else {}
    names = []
    for i, t in enumerate(named):
        name = t.get("server_label")
        if not isinstance(name, str) or name not in configs or configs[name].disabled:
            on = [n for n, c in configs.items() if not c.disabled]
            raise ApiError(
                404,
                f"tools[{i}]: there is no MCP server {name!r} turned on here. "
                f"Available: {', '.join(on) or 'none'}.",
                param="tools",
            )
        names.append(name)
    del body["tools"]
    body["mcp_tool_choice"] = body.pop("tool_choice", "auto")
    return names


def server_choice(body: dict[str, Any], params: SamplingParams) -> SamplingParams:
    """``params`` with the request's ``tool_choice`` for its servers' tools."""
    choice = body.get("mcp_tool_choice", "auto")
    if choice not in ("auto", "required", "none"):
        raise ApiError(
            400, "With MCP servers, 'tool_choice' is 'auto', 'required' or 'none'.",
            param="tool_choice",
        )  # fmt: skip
    return replace(params, tool_choice=choice)


def mcp_stream(
    core: Core,
    lane: Lane,
    messages: Sequence[ChatMessage],
    params: SamplingParams,
    servers: list[str],
    call_format: Callable[[], CallFormat],
    extras: dict[str, Any],
) -> Generator[StreamItem, None, None]:
    """The answer, calling the ``servers``' tools on the way; the text of every step
    as it comes, then the last step's Completion."""
    tools, problems = available(core.mcp, servers)
    tools = [t for t in tools if t.source in servers]
    calls: list[dict[str, Any]] = extras.setdefault("mcp_calls", [])
    if problems:
        extras["mcp_problems"] = problems
    allowed = set(core.settings.tools_allowed)
    last: Completion | None = None
    for item in run_tools(
        lane.stream,
        messages,
        params,
        tools,
        call_format(),
        lambda _call, tool: tool_key(tool) in allowed,
        core.settings.tools_max_steps,
    ):
        if isinstance(item, str):
            yield item
        elif isinstance(item, Completion):
            last = item
        elif isinstance(item, CallEvent):
            calls.append(
                {
                    "server_label": next(
                        (t.source for t in tools if t.spec.name == item.call.name), ""
                    ),
                    "name": item.call.name,
                    "arguments": item.call.arguments,
                    "output": item.result if item.ok else None,
                    "error": None if item.ok else item.result,
                }
            )
    assert last is not None
    yield last
