"""The grammar of a tool call: the family's markers around JSON that names one of the
tools and holds arguments valid against its schema, so that even a small model's calls
always parse and validate. With ``tool_choice`` auto it is lazy: free text until the
model writes the opening marker, constrained from there (llama.cpp's trigger patterns)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from assistant.tools.formats import DS_BEGIN, DS_END, DS_SEP, CallFormat
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
    more = f"{{0,{MAX_PARALLEL - 1}}}" if parallel else "{0,0}"
    trigger = "(" + re.escape(fmt.open) + ")"
    if fmt.family.startswith("deepseek"):  # the name outside the arguments' JSON
        chosen = [s for s in specs if not choice.name or s.name == choice.name]
        args = [
            rename_rules(schema_to_gbnf(json.dumps(s.parameters)), f"t{i}-")
            for i, s in enumerate(chosen)
        ]
        v31 = fmt.family == "deepseek3.1"
        return call_rules([s.name for s in chosen], args, v31, more), [trigger]
    gbnf = schema_to_gbnf(json.dumps(call_schema(specs, choice, fmt)))
    # The converter's root is one call's JSON; ours wraps it in the family's markers.
    gbnf = re.sub(r"^root ::=", "call ::=", gbnf, count=1, flags=re.MULTILINE)
    if fmt.json_opens:  # Llama 3.x: the call's JSON is the answer, one call
        root = "root ::= call"
    elif fmt.listed:
        end = f" {_lit(fmt.close)}" if fmt.close else ""
        root = f'root ::= {_lit(fmt.open)} "[" call ("," " "? call){more} "]"{end}'
    else:
        block = f'{_lit(fmt.open)} "\\n"? call "\\n"? {_lit(fmt.close)}'
        root = f'root ::= block ("\\n" block){more}\nblock ::= {block}'
    # llama.cpp searches the text so far; the grammar applies from the group on.
    return root + "\n" + gbnf, [trigger]


def rename_rules(gbnf: str, prefix: str) -> str:
    """Every rule name in ``gbnf`` with ``prefix`` (literals, classes and repetition
    counts left alone), so that several converted schemas live in one grammar."""
    token = re.compile(r'"(?:\\.|[^"\\])*"|\[(?:\\.|[^\]\\])*\]|\{[0-9,]*\}|[A-Za-z][A-Za-z0-9-]*')

    def rename(m: re.Match[str]) -> str:
        word = m.group(0)
        return prefix + word if word[0].isalpha() else word

    return token.sub(rename, gbnf)


def call_rules(names: list[str], args_rules: list[str], v31: bool, more: str) -> str:
    """The root of DeepSeek's calls: one of the tools by name, then its arguments
    (``args_rules[i]``: the i-th tool's converted schema, renamed ``tI-``)."""
    lit = '"\\n```json\\n"'
    options = " | ".join(
        f'"{n}" "{DS_SEP}" t{i}-root' if v31 else f'"{n}" {lit} t{i}-root'
        for i, n in enumerate(names)
    )
    head = f'"{DS_BEGIN}"' if v31 else f'"{DS_BEGIN}function{DS_SEP}"'
    tail = f'"{DS_END}"' if v31 else f'"\\n```{DS_END}"'
    return "\n".join(
        [
            f'root ::= "<｜tool▁calls▁begin｜>" dscall ("\\n"? dscall){more} '
            '"<｜tool▁calls▁end｜>"',
            f"dscall ::= {head} ({options}) {tail}",
            *args_rules,
        ]
    )
