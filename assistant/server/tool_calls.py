"""Tools in OpenAI's chat protocol: the request's ``tools``, ``tool_choice`` and
``parallel_tool_calls``; assistant messages with ``tool_calls`` and ``role: "tool"``
results; calls in answers, whole or as stream deltas exactly as OpenAI sends them."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from assistant.engine.backend import ChatMessage, SamplingParams
from assistant.tools.formats import ToolCall
from assistant.tools.spec import ToolError, openai_tools, parse_choice, to_json


class ToolsRefused(ValueError):
    """A request's tools or tool messages cannot be used; ``param`` names the field."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


TOOL_CHOICE_HEADER = "x-tool-choice"


def first_step_choice(body: dict[str, Any], header: str | None) -> None:
    """A client that cannot send ``tool_choice`` (``llm``'s command line) may send the
    X-Tool-Choice header instead: it applies when the request's last message is the
    person's (a turn's first step, as the window's "Call a tool first"), not to the
    requests that bring results back, which would call again and again."""
    if not header or "tool_choice" in body or not body.get("tools"):
        return
    messages = body.get("messages")
    last = messages[-1] if isinstance(messages, list) and messages else None
    if isinstance(last, dict) and last.get("role") == "user":
        if header not in ("auto", "none", "required"):
            raise ToolsRefused("X-Tool-Choice must be auto, none or required.", "tool_choice")
        body["tool_choice"] = header


def with_tools(body: dict[str, Any], params: SamplingParams) -> tuple[SamplingParams, bool]:
    """``params`` with the request's tools; True when calls may come back."""
    raw = body.get("tools")
    if raw is None:
        if body.get("tool_choice") not in (None, "none", "auto"):
            raise ToolsRefused("'tool_choice' needs 'tools'.", "tool_choice")
        return params, False
    try:
        specs = openai_tools(raw)
        choice = parse_choice(body.get("tool_choice"), specs)
    except ToolError as exc:
        param = "tool_choice" if "tool_choice" in str(exc) else "tools"
        raise ToolsRefused(str(exc), param) from None
    parallel = body.get("parallel_tool_calls", True)
    if not isinstance(parallel, bool):
        raise ToolsRefused("'parallel_tool_calls' must be true or false.", "parallel_tool_calls")
    if not specs:
        return replace(params, tools=None), False
    if choice.mode == "none":  # described (as the turns that called), never called
        return replace(params, tools=to_json(specs), tool_choice="none"), False
    return (
        replace(
            params,
            tools=to_json(specs),
            tool_choice=choice.mode,
            tool_name=choice.name,
            parallel_tool_calls=parallel,
        ),
        True,
    )


def tool_message(m: dict[str, Any], where: str, text: str) -> ChatMessage:
    """A ``role: "tool"`` message: a call's result."""
    call_id = m.get("tool_call_id", "")
    if not isinstance(call_id, str):
        raise ToolsRefused(f"{where}.tool_call_id must be a string.", f"{where}.tool_call_id")
    out: ChatMessage = {"role": "tool", "content": text, "tool_call_id": call_id}
    if isinstance(m.get("name"), str):
        out["name"] = m["name"]
    return out


def assistant_calls(m: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """The ``tool_calls`` of an assistant message, checked and in OpenAI's shape."""
    raw = m.get("tool_calls")
    if not isinstance(raw, list):
        raise ToolsRefused(f"{where}.tool_calls must be a list.", f"{where}.tool_calls")
    calls = []
    for i, c in enumerate(raw):
        fn = c.get("function") if isinstance(c, dict) else None
        name = fn.get("name") if isinstance(fn, dict) else None
        args = fn.get("arguments", "{}") if isinstance(fn, dict) else None
        if not isinstance(name, str) or not isinstance(args, str | dict):
            raise ToolsRefused(
                f"{where}.tool_calls[{i}] must hold function.name and function.arguments.",
                f"{where}.tool_calls",
            )
        if isinstance(args, dict):
            args = json.dumps(args)
        call_id = c.get("id", "")
        calls.append(
            {
                "id": call_id if isinstance(call_id, str) else "",
                "type": "function",
                "function": {"name": name, "arguments": args},
            }
        )
    return calls


def call_deltas(calls: list[ToolCall]) -> list[dict[str, Any]]:
    """Stream deltas of the calls as OpenAI sends them: the id and name first (empty
    arguments), then the arguments."""
    deltas: list[dict[str, Any]] = []
    for i, call in enumerate(calls):
        head = {
            "index": i,
            "id": call.id,
            "type": "function",
            "function": {"name": call.name, "arguments": ""},
        }
        deltas.append({"tool_calls": [head]})
        deltas.append({"tool_calls": [{"index": i, "function": {"arguments": call.arguments}}]})
    return deltas
