"""``assistant tools list`` and the ``--tools`` of ``ask`` and ``chat``: tool calls in the
terminal, each approved there first (or allowed by name beforehand with ``--allow``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TextIO

from assistant.cli.i18n import tr
from assistant.engine.backend import SamplingParams
from assistant.ground.errors import UserError
from assistant.tools.builtin import builtin_tools, search_documents
from assistant.tools.formats import ToolCall
from assistant.tools.loop import DEFAULT_STEPS, CallEvent, Tool, Toolbox


def add_tools_parser(sub: Any) -> None:
    tp = sub.add_parser("tools", help=tr("the tools a model can call"))
    tsub = tp.add_subparsers(dest="tools_command", required=True)
    listing = tsub.add_parser("list", help=tr("list the tools, what they do and where from"))
    listing.set_defaults(run=cmd_list)


def add_tool_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument(
        "--tools",
        metavar="NAMES",
        help=tr(
            "let the model call tools: names separated by commas, or 'all' "
            "(see `assistant tools list`)"
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


def available(core: Any, collections: list[str]) -> list[Tool]:
    tools = builtin_tools()
    if collections:
        tools.append(search_documents(collections, core.documents.search))
    return tools


def cmd_list(core: Any, _args: argparse.Namespace) -> int:
    for t in builtin_tools():
        kind = tr("read-only") if t.spec.read_only else tr("may change things")
        print(f"{t.spec.name}\t{t.source}, {kind}\t{t.spec.description}")
    print(
        "search_documents\t"
        + tr("built-in, read-only")
        + "\t"
        + tr("with --docs: search the chat's document collections")
    )
    return 0


def toolbox(core: Any, args: argparse.Namespace, collections: list[str]) -> Toolbox | None:
    """The tools ``--tools`` asks for, approved on the terminal; None without it."""
    if not getattr(args, "tools", None):
        return None
    every = available(core, collections)
    wanted = {n.strip() for n in args.tools.split(",") if n.strip()}
    chosen = every if wanted == {"all"} else [t for t in every if t.spec.name in wanted]
    unknown = wanted - {"all"} - {t.spec.name for t in every}
    if unknown:
        raise UserError(
            tr("Unknown tool: {names}. Available: {known}.").format(
                names=", ".join(sorted(unknown)), known=", ".join(t.spec.name for t in every)
            )
        )
    if args.max_steps < 1:
        raise UserError(tr("--max-steps must be at least 1."))
    return Toolbox(chosen, TerminalApproval(set(args.allow)), args.max_steps)


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
