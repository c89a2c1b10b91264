"""``assistant tools list`` and the ``--tools`` of ``ask`` and ``chat``: tool calls in the
terminal, each approved there first (or allowed by name beforehand with ``--allow``)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from assistant.cli.i18n import tr
from assistant.engine.backend import SamplingParams
from assistant.ground.errors import UserError
from assistant.tools import chat_tools
from assistant.tools.builtin import builtin_tools
from assistant.tools.formats import ToolCall
from assistant.tools.loop import DEFAULT_STEPS, CallEvent, Tool, Toolbox


def add_tools_parser(sub: Any) -> None:
    tp = sub.add_parser("tools", help=tr("the tools a model can call"))
    tsub = tp.add_subparsers(dest="tools_command", required=True)
    listing = tsub.add_parser("list", help=tr("list the tools, what they do and where from"))
    listing.set_defaults(run=cmd_list)
    imp = tsub.add_parser(
        "import",
        help=tr("add MCP servers from another app's file (the mcpServers JSON shape)"),
    )
    imp.add_argument("file", type=Path)
    imp.set_defaults(run=cmd_import)


def add_tool_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument(
        "--tools",
        metavar="NAMES",
        help=tr(
            "let the model call tools: tool or MCP server names separated by commas, or "
            "'all' (see `assistant tools list`)"
        ),
    )
    sp.add_argument(
        "--allow",
        action="append",
        metavar="TOOL",
        default=[],
        help=tr("run this tool without asking each time"),
    )
    sp.add_argument(
        "--tool-choice",
        choices=("auto", "required"),
        default="auto",
        help=tr("auto: the model decides; required: its first answer must call a tool"),
    )
    sp.add_argument(
        "--max-steps",
        type=int,
        default=DEFAULT_STEPS,
        help=tr("tool calls in a row at most before the model must answer"),
    )


def available(core: Any, collections: list[str], servers: list[str]) -> list[Tool]:
    """Built-in tools, the documents search when the chat has collections, and the tools
    of the MCP ``servers`` (started now; one that fails is named on stderr)."""
    tools, problems = chat_tools.available(
        core.mcp, servers, collections, core.documents.search if collections else None
    )
    for problem in problems:
        print(tr("warning: {problem}").format(problem=problem), file=sys.stderr)
    return tools


def _line(t: Tool) -> str:
    kind = tr("read-only") if t.spec.read_only else tr("may change things")
    return f"{t.spec.name}\t{t.source}, {kind}\t{' '.join(t.spec.description.split())}"


def cmd_list(core: Any, _args: argparse.Namespace) -> int:
    for t in builtin_tools():
        print(_line(t))
    print(
        "search_documents\t"
        + tr("built-in, read-only")
        + "\t"
        + tr("with --docs: search the chat's document collections")
    )
    for name in core.mcp.configs:
        if core.mcp.state(name) != "off":
            with contextlib.suppress(UserError):  # its state says why
                core.mcp.start(name)
        print(tr("MCP server {name}: {state}").format(name=name, state=core.mcp.state(name)))
        for t in core.mcp.tools([name]) if core.mcp.state(name) == "running" else []:
            print("  " + _line(t))
    return 0


def cmd_import(core: Any, args: argparse.Namespace) -> int:
    from assistant.tools.mcp_config import import_file

    for name in import_file(args.file, core.paths.mcp_servers):
        print(tr("added MCP server {name}").format(name=name))
    return 0


def toolbox(core: Any, args: argparse.Namespace, collections: list[str]) -> Toolbox | None:
    """The tools ``--tools`` asks for, approved on the terminal; None without it."""
    if not getattr(args, "tools", None):
        return None
    wanted = {n.strip() for n in args.tools.split(",") if n.strip()}
    builtin = {t.spec.name for t in builtin_tools()} | {"search_documents"}
    # A name that is neither built in nor a server's may be one of a server's tools.
    look_further = bool(wanted - builtin - set(core.mcp.configs))
    servers = [
        n
        for n in core.mcp.configs
        if (n in wanted or "all" in wanted or look_further) and core.mcp.state(n) != "off"
    ]
    every = available(core, collections, servers)
    chosen = [t for t in every if "all" in wanted or t.spec.name in wanted or t.source in wanted]
    unknown = wanted - {"all"} - {t.spec.name for t in every} - set(servers)
    if unknown:
        raise UserError(
            tr("Unknown tool: {names}. Available: {known}.").format(
                names=", ".join(sorted(unknown)), known=", ".join(t.spec.name for t in every)
            )
        )
    if args.max_steps < 1:
        raise UserError(tr("--max-steps must be at least 1."))
    # What the person always allows (in the window too) runs without asking here as well.
    approve = chat_tools.Approval(
        lambda: core.settings.tools_allowed, TerminalApproval(set(args.allow))
    )
    return Toolbox(chosen, approve, args.max_steps)


def tool_params(params: SamplingParams, args: argparse.Namespace) -> SamplingParams:
    # One call per answer: small local models call better one at a time, and the loop
    # goes on after each.
    return replace(params, tool_choice=args.tool_choice, parallel_tool_calls=False)


class TerminalApproval:
    """Asks before each call: yes, no, or always for this tool. Without a terminal to ask
    on, only tools allowed beforehand run."""

    def __init__(self, allowed: set[str], ask: Callable[[], TextIO | None] | None = None) -> None:
        self.allowed = allowed
        self._ask = ask or _terminal

    def __call__(self, call: ToolCall, tool: Tool) -> bool:
        if call.name in self.allowed:
            return True
        term = self._ask()
        if term is None:
            print(
                tr("{tool}: not run (no terminal to ask; allow it with --allow {tool})").format(
                    tool=call.name
                ),
                file=sys.stderr,
            )
            return False
        args = json.dumps(json.loads(call.arguments), ensure_ascii=False)
        print(
            tr("Run {tool} {args}? [y]es, [n]o, [a]lways for this tool: ").format(
                tool=call.name, args=args
            ),
            end="",
            file=sys.stderr,
            flush=True,
        )
        reply = term.readline().strip().lower()
        if reply in ("a", "always"):
            self.allowed.add(call.name)
            return True
        return reply in ("y", "yes")


def _terminal() -> TextIO | None:
    try:
        return open("/dev/tty", encoding="utf-8")
    except OSError:
        return None


def print_call(event: CallEvent) -> None:
    """One line per call on stderr: the tool, its arguments, the result."""
    result = " ".join(event.result.split())
    result = result[:200] + ("…" if len(result) > 200 else "")
    took = f" ({event.seconds:.2f} s)" if event.ok else ""
    print(f"⚙ {event.call.name}({event.call.arguments}) → {result}{took}", file=sys.stderr)
