"""Tool definitions, call formats and grammars (assistant/tools): the prompt logic alone,
no model (the real model's calls are in tests/test_tool_calls.py)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from assistant.tools.formats import (
    DEEPSEEK,
    DEEPSEEK31,
    GRANITE,
    HERMES,
    LLAMA3,
    MISTRAL,
    PHI4,
    CallSplitter,
    detect,
    generic,
    native,
    split_calls,
)
from assistant.tools.grammar import call_grammar, call_schema
from assistant.tools.spec import (
    MAX_TOOLS,
    ToolChoice,
    ToolError,
    from_json,
    openai_tools,
    parse_choice,
    to_json,
)


def tool(name: str, parameters: object = None, description: str = "d") -> dict[str, object]:
    fn: dict[str, object] = {"name": name, "description": description}
    if parameters is not None:
        fn["parameters"] = parameters
    return {"type": "function", "function": fn}


DEEP: dict[str, object] = {}
for _ in range(20):
    DEEP = {"type": "object", "properties": {"a": DEEP}}

WEATHER = tool(
    "get_weather",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)


def test_tools_round_trip_and_choices() -> None:
    specs = openai_tools([WEATHER, tool("now")])
    assert from_json(to_json(specs)) == specs
    assert specs[1].parameters == {"type": "object", "properties": {}}
    assert parse_choice(None, specs) == ToolChoice("auto")
    assert parse_choice(None, []) == ToolChoice("none")
    assert parse_choice("required", specs) == ToolChoice("required")
    named = {"type": "function", "function": {"name": "now"}}
    assert parse_choice(named, specs) == ToolChoice("required", "now")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("not a list", "must be a list"),
        ([{"type": "function"}], "must be"),
        ([tool("bad name!")], "name"),
        ([tool("a"), tool("a")], "same name"),
        ([tool(f"t{i}") for i in range(MAX_TOOLS + 1)], "at most"),
        ([tool("deep", {"type": "object", "properties": {"a": DEEP}})], "nested"),
        (
            [tool("wide", {"type": "object", "properties": {"a": {"enum": list(range(5000))}}})],
            "enum",
        ),
        ([tool("big", {"type": "object", "description": "x" * 40_000})], "too large"),
        (
            [tool("invalid", {"type": "object", "properties": {"a": {"type": "nonsense"}}})],
            "not a valid",
        ),
        ([tool("scalar", {"type": "string"})], "object"),
        ([tool("text", "not a schema")], "JSON schema object"),
    ],
)
def test_hostile_or_broken_tools_are_refused_clearly(raw: object, words: str) -> None:
    with pytest.raises(ToolError, match=words):
        openai_tools(raw)


def test_bad_tool_choices() -> None:
    specs = openai_tools([WEATHER])
    with pytest.raises(ToolError, match="not in 'tools'"):
        parse_choice({"type": "function", "function": {"name": "other"}}, specs)
    with pytest.raises(ToolError, match="no tools"):
        parse_choice("required", [])
    with pytest.raises(ToolError, match="must be"):
        parse_choice("sometimes", specs)


def test_each_family_is_told_by_its_template() -> None:
    assert detect("{% for tool in tools %}<tool_call>{% endfor %}") == (HERMES, True)
    assert detect("[TOOL_CALLS] {{ tools }}")[0] == MISTRAL
    assert detect("<|tool_call|>x<|/tool_call|> tools")[0] == PHI4
    assert detect("<|tool_call|> tools")[0] == GRANITE
    assert detect("<|python_tag|> tools")[0] == LLAMA3
    assert detect("{{ messages }}") == (HERMES, False)  # no tools: our system message
    fixtures = Path(__file__).parent / "fixtures"
    r1 = (fixtures / "deepseek_r1_distill_chat_template.jinja").read_text()
    v31 = (fixtures / "deepseek_v31_chat_template.jinja").read_text()
    assert detect(r1) == (DEEPSEEK, False) and detect(v31) == (DEEPSEEK31, False)


@pytest.mark.parametrize(
    ("fmt", "text", "content", "calls"),
    [
        (
            HERMES,
            'Let me look.\n<tool_call>\n{"name": "a", "arguments": {"x": 1}}\n</tool_call>',
            "Let me look.",
            [("a", {"x": 1})],
        ),
        (
            HERMES,
            '<tool_call>{"name": "a", "arguments": {}}</tool_call>\n'
            '<tool_call>{"name": "b", "arguments": {"y": "z"}}</tool_call>',
            "",
            [("a", {}), ("b", {"y": "z"})],
        ),
        (
            HERMES,
            '<tool_call>[{"name": "a", "arguments": {"x": 2}}]</tool_call>',
            "",
            [("a", {"x": 2})],
        ),  # SmolLM's list
        (
            HERMES,
            '<tool_call>{"name": "a", "arguments": "{\\"x\\": 3}"}</tool_call>',
            "",
            [("a", {"x": 3})],
        ),
        (
            HERMES,
            '<tool_call>{"name": "a", "arguments": {}}</tool_call>'
            '<tool_call>{"name": "a", "arguments": {}}</tool_call>',  # the same call twice
            "",
            [("a", {})],
        ),
        (
            MISTRAL,
            '[TOOL_CALLS][{"name": "a", "arguments": {"x": 1}}, {"name": "b", "arguments": {}}]',
            "",
            [("a", {"x": 1}), ("b", {})],
        ),
        (
            PHI4,
            '<|tool_call|>[{"name": "a", "arguments": {"q": "w"}}]<|/tool_call|>',
            "",
            [("a", {"q": "w"})],
        ),
        (GRANITE, '<|tool_call|>[{"name": "a", "arguments": {}}]', "", [("a", {})]),
        (LLAMA3, '{"name": "a", "parameters": {"x": 1}}', "", [("a", {"x": 1})]),
        (HERMES, "No tools needed: 4.", "No tools needed: 4.", []),
        (
            DEEPSEEK,
            "Checking.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>a\n"
            '```json\n{"x": 1}\n```<｜tool▁call▁end｜>\n<｜tool▁call▁begin｜>function'
            "<｜tool▁sep｜>b\n```json\n{}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>",
            "Checking.",
            [("a", {"x": 1}), ("b", {})],
        ),
        (
            DEEPSEEK31,
            '<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>a<｜tool▁sep｜>{"q": "w"}'
            "<｜tool▁call▁end｜>",  # ended without closing the list: still whole calls
            "",
            [("a", {"q": "w"})],
        ),
    ],
)
def test_calls_are_read_in_every_family(
    fmt: object, text: str, content: str, calls: list[tuple[str, dict[str, object]]]
) -> None:
    got_content, got, whole = split_calls(text, fmt)  # type: ignore[arg-type]
    assert whole and got_content == content
    assert [(c.name, json.loads(c.arguments)) for c in got] == calls
    assert len({c.id for c in got}) == len(got)


def test_a_half_deepseek_call_is_dropped_after_whole_ones() -> None:
    whole = '<｜tool▁call▁begin｜>a<｜tool▁sep｜>{"x": 1}<｜tool▁call▁end｜>'
    text = "<｜tool▁calls▁begin｜>" + whole + '<｜tool▁call▁begin｜>b<｜tool▁sep｜>{"y'
    content, calls, complete = split_calls(text, DEEPSEEK31)
    assert content == "" and [c.name for c in calls] == ["a"] and not complete
    half = '<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>b<｜tool▁sep｜>{"y'
    assert split_calls(half, DEEPSEEK31) == (half, [], False)


def test_deepseek_grammars_name_the_tool_then_its_arguments() -> None:
    from llama_cpp import LlamaGrammar

    from assistant.engine.llama.sampler import schema_grammar

    specs = openai_tools([WEATHER, tool("now")])
    for fmt in (DEEPSEEK, DEEPSEEK31):
        gbnf, triggers = call_grammar(specs, ToolChoice("auto"), fmt, True, schema_grammar)
        assert triggers == ["(<｜tool▁calls▁begin｜>)"]
        assert '"get_weather"' in gbnf and "t0-root ::=" in gbnf and "t1-root ::=" in gbnf
        LlamaGrammar.from_string(gbnf, verbose=False)  # llama.cpp parses it


def test_a_half_call_stays_text() -> None:
    text = 'Sure <tool_call>{"name": "a", "argu'
    assert split_calls(text, HERMES) == (text, [], False)
    splitter = CallSplitter(HERMES)
    shown = "".join(splitter.feed(p) for p in ["Sure ", "<tool", "_call>", '{"name": "a", "argu'])
    assert shown == "Sure "
    assert splitter.finish() == ('<tool_call>{"name": "a", "argu', [])  # shown at the end


def test_streamed_text_is_held_back_only_at_a_possible_marker() -> None:
    splitter = CallSplitter(HERMES)
    assert splitter.feed("I will <to") == "I will "
    assert splitter.feed("ol or not") == "<tool or not"
    assert splitter.feed(' <tool_call>{"name": "a", "arguments": {}}') == " "
    assert splitter.feed("</tool_call>") == ""
    tail, calls = splitter.finish()
    assert tail == "" and [c.name for c in calls] == ["a"]


def test_conversations_for_templates_with_and_without_tools() -> None:
    specs = openai_tools([WEATHER])
    call = {
        "id": "c1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
    }
    chat = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": "", "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "content": '{"t": 3}'},
        {"role": "tool", "tool_call_id": "c2", "content": '{"t": 4}'},
    ]
    plain = generic(chat, specs)
    assert [m["role"] for m in plain] == ["system", "user", "assistant", "user"]
    assert plain[0]["content"].startswith("Be brief.") and "get_weather" in plain[0]["content"]
    assert (
        plain[2]["content"]
        == '<tool_call>{"name": "get_weather", "arguments": {"city": "Oslo"}}</tool_call>'
    )
    assert plain[3]["content"].count("<tool_response>") == 2
    rendered = native(chat)
    assert rendered[2]["tool_calls"][0]["function"]["arguments"] == {"city": "Oslo"}
    assert rendered[3] == chat[3]


def test_the_grammar_wraps_each_family_around_the_calls() -> None:
    specs = openai_tools([WEATHER, tool("now")])
    schema = call_schema(specs, ToolChoice("required", "now"), HERMES)
    assert schema["properties"]["name"] == {"const": "now"}
    assert len(call_schema(specs, ToolChoice("auto"), HERMES)["oneOf"]) == 2

    def fake(schema_text: str) -> str:
        json.loads(schema_text)
        return 'root ::= "{}"\nspace ::= " "?\n'

    gbnf, triggers = call_grammar(specs, ToolChoice("auto"), HERMES, True, fake)
    assert gbnf.startswith('root ::= block ("\\n" block){0,7}') and "call ::= " in gbnf
    assert triggers == ["(<tool_call>)"]
    gbnf, triggers = call_grammar(specs, ToolChoice("auto"), MISTRAL, False, fake)
    assert gbnf.startswith('root ::= "[TOOL_CALLS]" "[" call ("," " "? call){0,0} "]"')
    assert triggers == [r"(\[TOOL_CALLS\])"]
    gbnf, _ = call_grammar(specs, ToolChoice("auto"), LLAMA3, True, fake)
    assert gbnf.startswith("root ::= call\n")


def test_integer_bounds_reach_the_grammar() -> None:
    from assistant.engine.llama.sampler import schema_grammar

    schema = {
        "type": "object",
        "properties": {
            "hour": {"type": "integer", "minimum": 0, "maximum": 3},
            "count": {"type": "integer", "exclusiveMinimum": 0},
            "wide": {"type": "integer", "minimum": -5, "maximum": 10**9},
        },
        "required": ["hour", "count", "wide"],
    }
    gbnf = schema_grammar(json.dumps(schema))
    assert 'hour ::= ("0" | "1" | "2" | "3") space' in gbnf
    assert "count ::= ([1-9] [0-9]{0,15}) space" in gbnf
    assert "wide ::= integer" in gbnf or "wide ::= (" not in gbnf  # checked after reading


def test_a_call_cut_short_after_whole_ones_is_dropped() -> None:
    text = (
        '<tool_call>{"name": "a", "arguments": {"x": 1}}</tool_call>\n'
        '<tool_call>{"name": "b", "argum'
    )
    content, calls, whole = split_calls(text, HERMES)
    assert not whole and content == "" and [c.name for c in calls] == ["a"]


def test_calls_and_results_read_in_the_chat() -> None:
    from assistant.gui.chat.delegates import caption_parts
    from assistant.gui.chat.tool_text import tool_text
    from assistant.store.records import Message

    base = dict(conversation_id=1, parent_id=None, created=0.0, status="complete",
                finish_reason=None, error=None, model_file=None, model_identity=None,
                preset=None, params=None, prompt_tokens=None, completion_tokens=None,
                generation_seconds=None, tokens_per_second=None)  # fmt: skip
    call = {
        "id": "c1",
        "type": "function",
        "function": {"name": "calculator", "arguments": '{"expression": "2*3"}'},
    }
    answer = Message(id=1, role="assistant", content="", tool_calls=json.dumps([call]), **base)  # type: ignore[arg-type]
    result = Message(
        id=2, role="tool", content="6", tool_name="calculator", tool_call_id="c1", **base
    )  # type: ignore[arg-type]
    assert tool_text(answer) == '⚙ Called `calculator` with `{"expression": "2*3"}`'
    assert '"expression": "2*3"' in tool_text(answer, expanded=True).split("```json")[1]
    assert tool_text(result) == "⚙ calculator → 6"
    long = dataclasses.replace(result, content="word " * 1000, generation_seconds=0.25)
    assert len(tool_text(long)) < 150 and tool_text(long).endswith("…")
    assert tool_text(long, expanded=True).count("word") == 1000
    parts = caption_parts(long, (1, 1))
    assert [p[0] for p in parts] == ["copy", "details", ""] and parts[-1][1] == "0.25 s"
    declined = dataclasses.replace(
        result, content="The person declined to run this tool.", error="declined"
    )
    assert caption_parts(declined, (1, 1))[-1][1] == "not run: declined"


def test_the_tool_choice_header_applies_to_a_turns_first_step_only() -> None:
    from assistant.server.tool_calls import ToolsRefused, first_step_choice

    asked = {"messages": [{"role": "user", "content": "hi"}], "tools": [WEATHER]}
    first_step_choice(asked, "required")
    assert asked["tool_choice"] == "required"
    result = {
        "messages": [{"role": "user", "content": "hi"}, {"role": "tool", "content": "3"}],
        "tools": [WEATHER],
    }
    first_step_choice(result, "required")  # bringing a result back: the model may answer
    assert "tool_choice" not in result
    own = {**asked, "tool_choice": "none"}
    first_step_choice(own, "required")  # the request's own choice wins
    assert own["tool_choice"] == "none"
    with pytest.raises(ToolsRefused, match="X-Tool-Choice"):
        first_step_choice({"messages": asked["messages"], "tools": [WEATHER]}, "always")
