"""A request with tools, made ready for the model: the conversation in the form its chat
template takes (tools rendered by the template, or described in a system message), and
the sampling with the grammar of the calls (assistant/tools)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from assistant.engine.backend import ChatMessage, SamplingParams
from assistant.engine.llama.sampler import schema_grammar
from assistant.engine.template import ChatTemplate
from assistant.tools.formats import CallFormat, detect, generic, native
from assistant.tools.grammar import call_grammar
from assistant.tools.spec import ToolChoice, from_json


def call_format(template: ChatTemplate | None) -> CallFormat:
    return detect(template.source)[0] if template is not None else detect("")[0]


def prepare(
    template: ChatTemplate, messages: list[ChatMessage], params: SamplingParams
) -> tuple[list[ChatMessage], list[dict[str, Any]] | None, SamplingParams]:
    """The messages and tools to render, and ``params`` with the calls' grammar (lazy
    with tool_choice auto: free text until the model opens a call)."""
    has_history = any(m["role"] == "tool" or m.get("tool_calls") for m in messages)
    if not params.tools and not has_history:
        return messages, None, params
    specs = from_json(params.tools) if params.tools else []
    fmt, renders_tools = detect(template.source)
    choice = ToolChoice(params.tool_choice, params.tool_name)  # type: ignore[arg-type]
    # With "none" the tools are still described (the prompt starts as the turns with
    # tools did: its cache is reused) but no call is constrained or read.
    raw = [dict(m) for m in messages]
    if renders_tools:
        shaped, tools = native(raw), [s.openai() for s in specs] or None
    else:
        shaped, tools = generic(raw, specs, fmt), None
    out = cast(list[ChatMessage], shaped)
    if not specs or choice.mode == "none":
        return out, tools, params
    gbnf, triggers = call_grammar(specs, choice, fmt, params.parallel_tool_calls, schema_grammar)
    lazy = choice.mode == "auto"
    params = replace(
        params, grammar=gbnf, json_schema=None, grammar_triggers=tuple(triggers) if lazy else ()
    )
    return out, tools, params
