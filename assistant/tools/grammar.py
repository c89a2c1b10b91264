"""The grammar of a tool call: the family's markers around JSON that names one of the
tools and holds arguments valid against its schema, so that even a small model's calls
always parse and validate. With ``tool_choice`` auto it is lazy: free text until the
model writes the opening marker, constrained from there (llama.cpp's trigger patterns)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from assistant.tools.formats import CallFormat
from assistant.tools.spec import ToolChoice, ToolSpec

MAX_PARALLEL = 8  # calls in one answer at most


def call_schema(specs: list[ToolSpec], choice: ToolChoice, fmt: CallFormat) -> dict[str, Any]:
    """JSON schema of one call: the tool's name, and arguments valid for that tool."""
    chosen = [s for s in specs if not choice.name or s.name == choice.name]
    options = [
        {
            "type": "object",
            "properties": {"name": {"const": s.name}, fmt.args: s.parameters},
            "required": ["name", fmt.args],
            "additionalProperties": False,
        }
        for s in chosen
    ]
    return options[0] if len(options) == 1 else {"oneOf": options}


def _lit(text: str) -> str:
    return json.dumps(text)


def call_grammar(
    specs: list[ToolSpec],
    choice: ToolChoice,
    fmt: CallFormat,
    parallel: bool,
    schema_to_gbnf: Callable[[str], str],
) -> tuple[str, list[str]]:
    """GBNF text whose root is the whole of the calls, and the trigger patterns that
    start it in a lazy grammar (the text before them is free)."""
    gbnf = schema_to_gbnf(json.dumps(call_schema(specs, choice, fmt)))
    # The converter's root is one call's JSON; ours wraps it in the family's markers.
    gbnf = re.sub(r"^root ::=", "call ::=", gbnf, count=1, flags=re.MULTILINE)
    more = f"{{0,{MAX_PARALLEL - 1}}}" if parallel else "{0,0}"
    if fmt.json_opens:  # Llama 3.x: the call's JSON is the answer, one call
        root = "root ::= call"
    elif fmt.listed:
        end = f" {_lit(fmt.close)}" if fmt.close else ""
        root = f'root ::= {_lit(fmt.open)} "[" call ("," " "? call){more} "]"{end}'
    else:
        block = f'{_lit(fmt.open)} "\\n"? call "\\n"? {_lit(fmt.close)}'
        root = f'root ::= block ("\\n" block){more}\nblock ::= {block}'
    # llama.cpp searches the text so far; the grammar applies from the group on.
    return root + "\n" + gbnf, ["(" + re.escape(fmt.open) + ")"]
