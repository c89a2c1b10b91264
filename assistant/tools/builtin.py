"""Tools that need no server: a calculator (simpleeval: arithmetic and math functions,
never Python's eval), the date and time, search in the person's document collections,
reading a file the person attached or picked, and proposing a memory."""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import simpleeval

from assistant.tools.loop import Tool, ToolFailed
from assistant.tools.spec import make_spec

MAX_EXPRESSION = 300
MAX_FILE_CHARS = 20_000

_FUNCTIONS: dict[str, Callable[..., Any]] = {
    name: getattr(math, name)
    for name in (
        "sqrt",
        "exp",
        "log",
        "log10",
        "log2",
        "sin",
        "cos",
        "tan",
        "asin",
        "acos",
        "atan",
        "atan2",
        "sinh",
        "cosh",
        "tanh",
        "floor",
        "ceil",
        "factorial",
        "gcd",
        "hypot",
        "degrees",
        "radians",
    )
} | {"abs": abs, "round": round, "min": min, "max": max}
_NAMES = {"pi": math.pi, "e": math.e, "tau": math.tau}
# Numbers, operators and the names above, nothing else (longest names first: the
# grammar takes the first alternative that fits).
EXPRESSION_PATTERN = "^([0-9.()+*/%, -]|{})+$".format(
    "|".join(sorted({*_FUNCTIONS, *_NAMES}, key=lambda name: (-len(name), name)))
)


def _safe_factorial(n: Any) -> Any:
    if not isinstance(n, int) or not 0 <= n <= 1000:
        raise ToolFailed("factorial takes a whole number from 0 to 1000")
    return math.factorial(n)


def calculate(expression: str) -> str:
    """The value of an arithmetic expression, or why it has none."""
    if len(expression) > MAX_EXPRESSION:
        raise ToolFailed(f"the expression is longer than {MAX_EXPRESSION} characters")
    evaluator = simpleeval.SimpleEval(
        functions=_FUNCTIONS | {"factorial": _safe_factorial}, names=_NAMES
    )
    # Arithmetic only: no string, comparison tricks or attribute access reach Python.
    evaluator.operators = {
        k: v
        for k, v in simpleeval.DEFAULT_OPERATORS.items()
        if v
        in (
            operator.add,
            operator.sub,
            operator.mul,
            operator.truediv,
            operator.floordiv,
            operator.mod,
            operator.neg,
            operator.pos,
            simpleeval.safe_power,
            simpleeval.safe_mult,
            simpleeval.safe_add,
        )
    }
    try:
        value = evaluator.eval(expression)
    except ZeroDivisionError:
        raise ToolFailed("division by zero") from None
    except KeyError:  # an operator left out above (comparisons, bit operations)
        raise ToolFailed(f"cannot compute {expression!r}: only arithmetic is allowed") from None
    except (
        simpleeval.InvalidExpression,
        SyntaxError,
        TypeError,
        ValueError,
        OverflowError,
        MemoryError,
    ) as exc:
        raise ToolFailed(f"cannot compute {expression!r}: {exc}") from None
    if not isinstance(value, int | float):
        raise ToolFailed(f"{expression!r} is not a number")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.12g}" if isinstance(value, float) else str(value)


def calculator() -> Tool:
    spec = make_spec(
        "calculator",
        "Compute an arithmetic expression exactly, e.g. (17.5 + 25) * 3 or sqrt(2). "
        "Knows + - * / // % **, sqrt, log, sin, cos, tan, round, min, max, pi and e.",
        {
            "type": "object",
            "properties": {
                "expression": {
                    "type": "string",
                    # Numbers, operators and the names the calculator knows, nothing
                    # else: a small model cannot wander off into prose inside the
                    # string (it did, until the answer's token limit cut the call).
                    "pattern": EXPRESSION_PATTERN,
                }
            },
            "required": ["expression"],
        },
        read_only=True,
    )
    return Tool(spec, lambda args: calculate(args["expression"]))


def now_text(timezone: str = "") -> str:
    try:
        zone = ZoneInfo(timezone) if timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        raise ToolFailed(f"unknown time zone {timezone!r} (use names like Europe/Paris)") from None
    now = datetime.now(zone).astimezone(zone)
    return now.strftime("%A %d %B %Y, %H:%M:%S %Z (UTC%z)").strip()


def date_time() -> Tool:
    spec = make_spec(
        "date_time",
        "The current date, weekday and time here, or in a time zone such as Asia/Tokyo.",
        {
            "type": "object",
            "properties": {"timezone": {"type": "string", "maxLength": 64}},
        },
        read_only=True,
    )
    return Tool(spec, lambda args: now_text(args.get("timezone", "")))


def search_documents(
    collections: Sequence[str], search: Callable[[Sequence[str], str, int], list[Any]]
) -> Tool:
    """Search the chat's collections; ``search`` is the documents library's."""
    spec = make_spec(
        "search_documents",
        "Search the person's documents (" + ", ".join(collections) + ") for passages "
        "about a question; each comes with its file and page.",
        {
            "type": "object",
            "properties": {
                "query": {"type": "string", "minLength": 1, "maxLength": 200},
                "limit": {"type": "integer", "minimum": 1, "maximum": 8},
            },
            "required": ["query"],
        },
        read_only=True,
    )

    def run(args: dict[str, Any]) -> str:
        hits = search(collections, args["query"], int(args.get("limit", 4)))
        if not hits:
            return "No passage matches."
        return "\n\n".join(
            f"[{i}] {h.name}{' ' + h.where() if h.where() else ''}:\n{h.passage.text}"
            for i, h in enumerate(hits, 1)
        )

    return Tool(spec, run)


def read_file(files: Sequence[Path], read: Callable[[Path], str]) -> Tool:
    """Read one of ``files`` (what the person attached or picked: nothing else)."""
    names = {p.name: p for p in files}
    spec = make_spec(
        "read_file",
        "Read the text of a file the person gave: " + ", ".join(names),
        {
            "type": "object",
            "properties": {"name": {"enum": sorted(names)}},
            "required": ["name"],
        },
        read_only=True,
    )

    def run(args: dict[str, Any]) -> str:
        path = names.get(args["name"])
        if path is None:
            raise ToolFailed(f"{args['name']!r} is not one of the files given")
        text = read(path)
        if len(text) > MAX_FILE_CHARS:
            return text[:MAX_FILE_CHARS] + f"\n[… cut: the first {MAX_FILE_CHARS:,} characters]"
        return text

    return Tool(spec, run)


def remember(keep: Callable[[str], Any]) -> Tool:
    """Propose a memory (``keep`` stores it): the person sees the fact and confirms each
    time, never "always allow"."""
    spec = make_spec(
        "remember",
        "Keep a fact about the person for their later chats (a preference, their "
        "situation) when they ask you to remember it. They see it and confirm first.",
        {
            "type": "object",
            "properties": {"fact": {"type": "string", "minLength": 3, "maxLength": 300}},
            "required": ["fact"],
        },
    )

    def run(args: dict[str, Any]) -> str:
        keep(args["fact"])
        return f"Kept for later chats: {args['fact']}"

    return Tool(spec, run, always_ask=True)


def builtin_tools() -> list[Tool]:
    """The tools every chat can have."""
    return [calculator(), date_time()]
