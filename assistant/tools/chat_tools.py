"""Which tools a chat may use and who approves their calls: the chat's own choice (tools
on or off, servers left out, a call required first) and the person's settings (the tools
always allowed, the step limit). Shared by the window and the command line."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.ground.errors import UserError
from assistant.tools.builtin import builtin_tools, remember, search_documents
from assistant.tools.formats import ToolCall
from assistant.tools.loop import DEFAULT_STEPS, Approve, Tool, Toolbox

if TYPE_CHECKING:
    from assistant.tools.mcp_client import McpHub

log = logging.getLogger(__name__)

Search = Callable[[Sequence[str], str, int], list[Any]]


@dataclass(frozen=True)
class ChatTools:
    """A chat's choice, kept in its settings under ``tools``."""

    on: bool = False
    servers_off: tuple[str, ...] = ()  # MCP servers this chat leaves out
    required: bool = False  # the first answer must call a tool (helps small models)

    @classmethod
    def of(cls, params: dict[str, Any]) -> ChatTools:
        """The choice stored in a chat's settings (defaults for anything unreadable)."""
        raw = params.get("tools")
        if not isinstance(raw, dict):
            return cls()
        off = raw.get("servers_off")
        return cls(
            on=raw.get("on") is True,
            servers_off=tuple(s for s in off if isinstance(s, str))
            if isinstance(off, list)
            else (),
            required=raw.get("required") is True,
        )

    def stored(self) -> dict[str, Any]:
        """The choice as it is kept in the chat's settings."""
        return {"on": self.on, "servers_off": list(self.servers_off), "required": self.required}


def tool_key(tool: Tool) -> str:
    """How "always allow" names a tool: its source and name ("built-in/calculator")."""
    return f"{tool.source}/{tool.spec.name}"


def available(
    hub: McpHub | None,
    servers: Collection[str],
    collections: Sequence[str] = (),
    search: Search | None = None,
) -> tuple[list[Tool], list[str]]:
    """Built-in tools, the documents search when there are collections, and the tools of
    the MCP ``servers`` (started now); with why each server that failed is left out."""
    tools = builtin_tools()
    if collections and search is not None:
        tools.append(search_documents(collections, search))
    problems: list[str] = []
    for name in servers:
        if hub is None or hub.configs.get(name) is None or hub.configs[name].disabled:
            continue
        try:
            tools += hub.start(name)
        except UserError as exc:
            problems.append(str(exc))
    return tools, problems


class Approval:
    """Calls to tools in ``allowed()`` run at once; the others are put to ``ask``."""

    def __init__(self, allowed: Callable[[], Collection[str]], ask: Approve) -> None:
        self.allowed, self.ask = allowed, ask

    def __call__(self, call: ToolCall, tool: Tool) -> bool:
        if tool_key(tool) in self.allowed() and not tool.always_ask:
            return True
        return self.ask(call, tool)


def chat_toolbox(
    choice: ChatTools,
    hub: McpHub | None,
    approve: Approve,
    max_steps: int = DEFAULT_STEPS,
    collections: Sequence[str] = (),
    search: Search | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    keep: Callable[[str], Any] | None = None,
) -> tuple[Toolbox | None, list[str]]:
    """The chat's toolbox (None when its tools are off), and the servers' problems;
    ``keep``: memories may be proposed (not in a private chat)."""
    if not choice.on:
        return None, []
    servers = [n for n in (hub.configs if hub else {}) if n not in choice.servers_off]
    tools, problems = available(hub, servers, collections, search)
    if keep is not None:
        tools.append(remember(keep))
    return Toolbox(tools, approve, max(1, max_steps), cancelled, choice.required), problems
