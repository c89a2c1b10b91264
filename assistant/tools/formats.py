"""How model families write tool calls, and reading them back from an answer.

Each family marks its calls with its own text: Qwen 2.5/3, Hermes and SmolLM put each in
``<tool_call>{"name": ..., "arguments": {...}}</tool_call>``; Mistral writes
``[TOOL_CALLS][{...}, ...]``; Phi-4-mini ``<|tool_call|>[...]<|/tool_call|>``; Granite
``<|tool_call|>[...]``; Llama 3.x a bare ``{"name": ..., "parameters": {...}}``;
DeepSeek (R1, V3) ``<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>NAME``
then the arguments in a json code block, V3.1 ``...<｜tool▁call▁begin｜>NAME<｜tool▁sep｜>{...}``
(:func:`split_deepseek`). The family is told by the chat template. A template
that knows nothing of tools (SmolLM2, Gemma 2 and 3) gets the tools in a system message
asking for the first form (:func:`generic`).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from assistant.tools.spec import ToolSpec


@dataclass(frozen=True)
class CallFormat:
    """``open`` starts the calls; ``close`` ends each (or all, when ``listed``); a
    ``listed`` format holds a JSON list of calls; ``args`` names the arguments field."""

    family: str
    open: str
    close: str = ""
    listed: bool = False
    args: str = "arguments"

    @property
    def json_opens(self) -> bool:
        """The opening text is the call's own JSON (Llama 3.x), not a marker."""
        return self.open.startswith("{")


HERMES = CallFormat("hermes", "<tool_call>", "</tool_call>")
MISTRAL = CallFormat("mistral", "[TOOL_CALLS]", listed=True)
PHI4 = CallFormat("phi4", "<|tool_call|>", "<|/tool_call|>", listed=True)
GRANITE = CallFormat("granite", "<|tool_call|>", listed=True)
LLAMA3 = CallFormat("llama3", '{"name"', args="parameters")
DEEPSEEK = CallFormat("deepseek", "<｜tool▁calls▁begin｜>", "<｜tool▁calls▁end｜>")
DEEPSEEK31 = CallFormat("deepseek3.1", "<｜tool▁calls▁begin｜>", "<｜tool▁calls▁end｜>")
FAMILIES = {f.family: f for f in (HERMES, MISTRAL, PHI4, GRANITE, LLAMA3, DEEPSEEK, DEEPSEEK31)}


def detect(template_source: str) -> tuple[CallFormat, bool]:
    """The call format a chat template's model writes, and whether the template renders
    ``tools`` itself (else the tools go into a system message: :func:`generic`)."""
    native = "tools" in template_source
    if "<｜tool▁calls▁begin｜>" in template_source:  # tools go in the system message
        v31 = "'<｜tool▁call▁begin｜>'+ tool['function']['name']" in template_source
        return (DEEPSEEK31 if v31 else DEEPSEEK), False
    if "[TOOL_CALLS]" in template_source:
        return MISTRAL, native
    if "<|/tool_call|>" in template_source:
        return PHI4, native
    if "<|tool_call|>" in template_source:
        return GRANITE, native
    if "<tool_call>" in template_source:
        return HERMES, native
    if "<|python_tag|>" in template_source or ("ipython" in template_source and native):
        return LLAMA3, native
    return HERMES, False


@dataclass(frozen=True)
class ToolCall:
    """One call the model made: ``arguments`` is JSON text of an object (as OpenAI)."""

    id: str
    name: str
    arguments: str

    def openai(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": self.arguments},
        }


def new_call_id() -> str:
    return "call_" + uuid.uuid4().hex[:24]


def _calls_in(value: Any, fmt: CallFormat) -> list[ToolCall] | None:
    items = value if isinstance(value, list) else [value]
    calls = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            return None
        args = item.get(fmt.args, item.get("arguments", item.get("parameters", {})))
        if isinstance(args, str):  # some models write the arguments as JSON text
            try:
                args = json.loads(args)
            except ValueError:
                return None
        if not isinstance(args, dict):
            return None
        calls.append(ToolCall(new_call_id(), item["name"], json.dumps(args, ensure_ascii=False)))
    return calls


def _first_json(text: str) -> tuple[Any, int] | None:
    """The JSON value at the start of ``text`` (after spaces) and where it ends."""
    stripped = text.lstrip()
    try:
        value, end = json.JSONDecoder().raw_decode(stripped)
    except ValueError:
        return None
    return value, end + len(text) - len(stripped)


def split_calls(text: str, fmt: CallFormat) -> tuple[str, list[ToolCall], bool]:
    """The answer's own text, the whole calls in it, and whether nothing was cut short
    (a call cut by the token limit is dropped after whole ones, else left in the text)."""
    start = text.find(fmt.open)
    if start < 0:
        return text, [], True
    if fmt.family.startswith("deepseek"):
        return split_deepseek(text, start, fmt)
    content, rest = text[:start], text[start:]
    calls: list[ToolCall] = []
    while rest.startswith(fmt.open):
        body = rest if fmt.json_opens else rest[len(fmt.open) :]
        found = _first_json(body)
        parsed = _calls_in(found[0], fmt) if found else None
        closed = found is not None and (
            not fmt.close or body[found[1] :].lstrip().startswith(fmt.close)
        )
        if found is None or parsed is None or not closed:
            # Cut short (the token limit): the whole calls before stand, the rest goes.
            return (content.strip(), _unique(calls), False) if calls else (text, [], False)
        calls += parsed
        rest = body[found[1] :]
        if fmt.close:
            rest = rest.lstrip()[len(fmt.close) :]
        rest = rest.lstrip()
        if fmt.listed:
            break
    return (content + rest).strip(), _unique(calls), True


# DeepSeek's calls. Its templates do not render the tools: these are described in the
# system message (DEEPSEEK_PROMPT), the calls and results are rendered by the template.
DS_BEGIN, DS_SEP, DS_END = "<｜tool▁call▁begin｜>", "<｜tool▁sep｜>", "<｜tool▁call▁end｜>"
_DS_CALL = re.compile(
    r"\s*" + DS_BEGIN + r"(?:function" + DS_SEP + r"(?P<v3>[^\n<]+)\n```(?:json)?\s*|"
    r"(?P<v31>[^<\n]+?)" + DS_SEP + ")"
)

_ASK = (
    "You can call functions to help answer. The functions, in JSON:\n{tools}\n"
    "To call a function, answer with only this:\n"
)
DEEPSEEK_PROMPT = {
    "deepseek": _ASK
    + "<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>NAME\n```json\n"
    "{{...arguments...}}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>\n"
    "When no function is needed, answer normally.",
    "deepseek3.1": _ASK
    + "<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>NAME<｜tool▁sep｜>{{...arguments...}}"
    "<｜tool▁call▁end｜><｜tool▁calls▁end｜>\nWhen no function is needed, answer normally.",
}


def split_deepseek(text: str, start: int, fmt: CallFormat) -> tuple[str, list[ToolCall], bool]:
    """As :func:`assistant.tools.formats.split_calls`, for DeepSeek's calls."""
    content, rest = text[:start], text[start + len(fmt.open) :]
    calls: list[ToolCall] = []
    whole = True
    while m := _DS_CALL.match(rest):
        name = (m["v3"] or m["v31"] or "").strip()
        found = _first_json(rest[m.end() :])
        parsed = _calls_in({"name": name, "arguments": found[0]}, fmt) if found else None
        after = rest[m.end() + found[1] :].lstrip() if found else ""
        after = after.removeprefix("```").lstrip()
        if parsed is None or not after.startswith(DS_END):
            whole = False  # cut short: the whole calls before stand
            break
        calls += parsed
        rest = after[len(DS_END) :]
    if not calls:
        return text, [], False
    rest = rest.lstrip().removeprefix(fmt.close)  # a model may end without it
    return (content + (rest if whole else "")).strip(), _unique(calls), whole


def _unique(calls: list[ToolCall]) -> list[ToolCall]:
    """Small models repeat a call word for word; the same call twice does nothing more."""
    unique: dict[tuple[str, str], ToolCall] = {}
    for call in calls:
        unique.setdefault((call.name, call.arguments), call)
    return list(unique.values())


class CallSplitter:
    """Splits a streamed answer: text before a call goes out as it comes (holding back
    only what could be the start of the opening marker); from the marker on, the calls
    are gathered and read at the end."""

    def __init__(self, fmt: CallFormat) -> None:
        self.fmt = fmt
        self.pending = ""
        self.calling = False

    def feed(self, piece: str) -> str:
        if self.calling:
            self.pending += piece
            return ""
        self.pending += piece
        at = self.pending.find(self.fmt.open)
        if at >= 0:
            out, self.pending, self.calling = self.pending[:at], self.pending[at:], True
            return out
        mark = self.fmt.open
        held = max((n for n in range(1, len(mark)) if self.pending.endswith(mark[:n])), default=0)
        cut = len(self.pending) - held
        out, self.pending = self.pending[:cut], self.pending[cut:]
        return out

    def finish(self) -> tuple[str, list[ToolCall]]:
        """Text still to show, and the whole calls (one cut short is left out; if none
        is whole, the text is shown as it came)."""
        if not self.calling:
            out, self.pending = self.pending, ""
            return out, []
        text, calls, _whole = split_calls(self.pending, self.fmt)
        self.pending = ""
        return text, calls


GENERIC_PROMPT = """You can call functions to help answer. The functions, in JSON:
{tools}
To call a function, answer with only this, one line per call:
<tool_call>{{"name": "function name", "arguments": {{...}}}}</tool_call>
The results come back in <tool_response> tags. When no function is needed, answer \
normally."""


def generic(
    messages: list[dict[str, Any]], specs: list[ToolSpec], fmt: CallFormat = HERMES
) -> list[dict[str, Any]]:
    """The conversation for a template that does not render tools: the tools in the
    system message; calls written out as ``<tool_call>`` text, results as the user's
    ``<tool_response>`` turns (templates that insist on user/assistant turns accept it).
    DeepSeek's templates render calls and results themselves: they are left to it."""
    out: list[dict[str, Any]] = []
    if specs:
        listing = "\n".join(json.dumps(s.openai()["function"], ensure_ascii=False) for s in specs)
        if fmt.family.startswith("deepseek"):
            prompt = DEEPSEEK_PROMPT[fmt.family].format(tools=listing)
        else:
            prompt = GENERIC_PROMPT.format(tools=listing)
        if messages and messages[0]["role"] == "system":
            prompt = messages[0]["content"] + "\n\n" + prompt
            messages = messages[1:]
        out.append({"role": "system", "content": prompt})
    if fmt.family.startswith("deepseek"):
        return out + native(messages)
    for m in messages:
        if m["role"] == "tool":
            text = f"<tool_response>\n{m['content']}\n</tool_response>"
            if out and out[-1]["role"] == "user" and "<tool_response>" in out[-1]["content"]:
                out[-1] = {"role": "user", "content": out[-1]["content"] + "\n" + text}
            else:
                out.append({"role": "user", "content": text})
        elif m["role"] == "assistant" and m.get("tool_calls"):
            calls = "\n".join(
                "<tool_call>"
                + json.dumps(
                    {"name": c["function"]["name"], "arguments": _args(c)}, ensure_ascii=False
                )
                + "</tool_call>"
                for c in m["tool_calls"]
            )
            text = (m.get("content") or "").strip()
            out.append({"role": "assistant", "content": (text + "\n" if text else "") + calls})
        else:
            out.append({"role": m["role"], "content": m["content"]})
    return out


def _args(call: dict[str, Any]) -> Any:
    raw = call["function"].get("arguments", "{}")
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def native(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conversation for a template that renders tools: calls' arguments as objects
    (templates write them with ``tojson``)."""
    out = []
    for m in messages:
        if m["role"] == "assistant" and m.get("tool_calls"):
            calls = [
                {
                    "id": c.get("id", ""),
                    "type": "function",
                    "function": {"name": c["function"]["name"], "arguments": _args(c)},
                }
                for c in m["tool_calls"]
            ]
            m = {**m, "tool_calls": calls, "content": m.get("content") or ""}
        out.append(m)
    return out
