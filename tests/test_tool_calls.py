"""Tool calls with the real starter model over real HTTP, with the official openai
client: with tool_choice "required" every call names a tool and its arguments validate
against that tool's schema (100 of 100, varied schemas), streamed deltas assemble to
the same call, a tool's result leads to an answer, and bad tools get clear 400s."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import openai
import pytest

from assistant.app import Core, build_core
from assistant.engine.backend import Completion, SamplingParams
from assistant.presets import PresetLibrary
from assistant.server.run import ApiServer
from tests.conftest import TEST_CTX, free_port

pytestmark = pytest.mark.slow


def fn(
    name: str, description: str, properties: dict[str, Any], required: list[str]
) -> dict[str, Any]:
    params = {"type": "object", "properties": properties, "required": required}
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": params},
    }


TEXT = {"type": "string", "maxLength": 40}
TOOLS = [
    fn(
        "get_weather",
        "Current weather in a city",
        {"city": TEXT, "unit": {"enum": ["celsius", "fahrenheit"]}},
        ["city", "unit"],
    ),
    fn(
        "add",
        "Add two numbers",
        {"a": {"type": "number"}, "b": {"type": "integer", "minimum": 0, "maximum": 1000}},
        ["a", "b"],
    ),
    fn(
        "set_alarm",
        "Set an alarm",
        {
            "hour": {"type": "integer", "minimum": 0, "maximum": 23},
            "minute": {"type": "integer", "minimum": 0, "maximum": 59},
            "label": TEXT,
            "repeat": {"type": "boolean"},
        },
        ["hour", "minute"],
    ),
    fn(
        "search",
        "Search the web",
        {
            "query": {"type": "string", "minLength": 1, "maxLength": 50},
            "limit": {"type": "integer", "minimum": 1, "maximum": 10},
        },
        ["query"],
    ),
    fn(
        "create_event",
        "Add an event to the calendar",
        {
            "title": TEXT,
            "attendees": {"type": "array", "items": TEXT, "maxItems": 3},
            "all_day": {"type": "boolean"},
        },
        ["title", "attendees"],
    ),
    fn(
        "convert",
        "Convert money",
        {
            "amount": {"type": "number"},
            "from": {"enum": ["USD", "EUR", "JPY"]},
            "to": {"enum": ["USD", "EUR", "JPY"]},
        },
        ["amount", "from", "to"],
    ),
    fn(
        "book_room",
        "Book a hotel room",
        {
            "guest": {
                "type": "object",
                "properties": {
                    "name": TEXT,
                    "age": {"type": "integer", "minimum": 0, "maximum": 120},
                },
                "required": ["name"],
            },
            "nights": {"type": "integer", "minimum": 1, "maximum": 30},
        },
        ["guest", "nights"],
    ),
    fn(
        "rate",
        "Rate a film",
        {
            "stars": {"enum": [1, 2, 3, 4, 5]},
            "comment": {"type": ["string", "null"], "maxLength": 40},
        },
        ["stars", "comment"],
    ),
    fn("now", "The current date and time", {}, []),
]
SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}
ASKS = [
    "What's the weather in Lisbon?",
    "Add 17.5 and 25.",
    "Wake me at 6:45 tomorrow.",
    "Find recipes for leek soup.",
    "Lunch with Ana and Bo on Friday.",
    "How many yen is 30 euros?",
    "Book two nights for Carla, 34.",
    "Three stars for Dune, nice sound.",
    "What time is it?",
    "Is it raining in Oslo in fahrenheit?",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, starter: Path) -> Iterator[ApiServer]:
    core: Core = build_core(str(tmp_path_factory.mktemp("tools-home")))
    # Nine tools take about 800 tokens of the prompt.
    core.config.change(context_length=3 * TEST_CTX, parallel_answers=4)
    core.models.load_local()
    s = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port())
    s.start()
    yield s
    s.stop()
    core.close()


@pytest.fixture
def client(server: ApiServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=300)


def check_calls(message: Any) -> list[str]:
    assert message.tool_calls, message
    names = []
    for call in message.tool_calls:
        assert call.type == "function" and call.id.startswith("call_")
        jsonschema.validate(json.loads(call.function.arguments), SCHEMAS[call.function.name])
        names.append(call.function.name)
    return names


def test_required_calls_always_validate(client: openai.OpenAI) -> None:
    """100 requests, 4 at a time, over varied schemas: every answer is a valid call."""
    results: dict[int, Any] = {}
    errors: list[BaseException] = []

    def ask(i: int) -> None:
        try:
            named = i % 5 == 4  # every fifth names the tool it must call
            choice: Any = (
                {"type": "function", "function": {"name": TOOLS[i % 9]["function"]["name"]}}
                if named
                else "required"
            )
            r = client.chat.completions.create(
                model="default",
                messages=[{"role": "user", "content": ASKS[i % len(ASKS)] + f" (request {i})"}],
                tools=TOOLS,  # type: ignore[arg-type]
                tool_choice=choice,
                parallel_tool_calls=i % 2 == 0,
                temperature=0.8,
                seed=i,
                max_tokens=300,
            )
            results[i] = (r, choice)
        except BaseException as exc:
            errors.append(exc)

    for start in range(0, 100, 4):
        work = [threading.Thread(target=ask, args=(i,)) for i in range(start, start + 4)]
        for t in work:
            t.start()
        for t in work:
            t.join(300)
    assert not errors, errors
    assert len(results) == 100
    for i, (r, choice) in results.items():
        choice_msg = r.choices[0]
        assert choice_msg.finish_reason == "tool_calls", (i, choice_msg)
        names = check_calls(choice_msg.message)
        assert choice_msg.message.content is None
        if isinstance(choice, dict):
            assert set(names) == {choice["function"]["name"]}
        if i % 2:  # parallel_tool_calls false: one call
            assert len(names) == 1


def test_streamed_calls_assemble_to_the_whole_answer(client: openai.OpenAI) -> None:
    ask: dict[str, Any] = {
        "model": "default",
        "messages": [{"role": "user", "content": "Weather in Rome in celsius?"}],
        "tools": TOOLS,
        "tool_choice": "required",
        "temperature": 0,
        "max_tokens": 200,
    }
    whole = client.chat.completions.create(**ask)
    want = [
        (c.function.name, json.loads(c.function.arguments))
        for c in whole.choices[0].message.tool_calls or []
    ]
    calls: dict[int, dict[str, str]] = {}
    finish = None
    for chunk in client.chat.completions.create(**ask, stream=True):
        if not chunk.choices:
            continue
        finish = chunk.choices[0].finish_reason or finish
        for d in chunk.choices[0].delta.tool_calls or []:
            c = calls.setdefault(d.index, {"id": "", "name": "", "arguments": ""})
            c["id"] += d.id or ""
            c["name"] += (d.function.name or "") if d.function else ""
            c["arguments"] += (d.function.arguments or "") if d.function else ""
    assert finish == "tool_calls"
    assert [(c["name"], json.loads(c["arguments"])) for c in calls.values()] == want
    assert all(c["id"].startswith("call_") for c in calls.values())


def test_a_tool_result_leads_to_an_answer(client: openai.OpenAI) -> None:
    first = client.chat.completions.create(
        model="default",
        messages=[{"role": "user", "content": "What's the weather in Lisbon?"}],
        tools=TOOLS,  # type: ignore[arg-type]
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        temperature=0,
        max_tokens=200,
    )
    call = (first.choices[0].message.tool_calls or [])[0]
    follow = client.chat.completions.create(
        model="default",
        messages=[
            {"role": "user", "content": "What's the weather in Lisbon?"},
            {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},  # type: ignore[list-item]
            {
                "role": "tool",
                "tool_call_id": call.id,
                "content": '{"temperature": 21, "sky": "sunny"}',
            },
        ],
        tools=TOOLS,  # type: ignore[arg-type]
        tool_choice="none",
        temperature=0,
        max_tokens=40,
    )
    answer = follow.choices[0]
    assert answer.finish_reason in ("stop", "length")
    assert answer.message.content and not answer.message.tool_calls
    assert "<tool_call>" not in answer.message.content


def test_auto_answers_in_text_or_with_valid_calls(client: openai.OpenAI) -> None:
    for i, ask in enumerate(
        ["Say hello to me.", "What's the weather in Lisbon?", "Tell me a joke."]
    ):
        r = client.chat.completions.create(
            model="default",
            messages=[{"role": "user", "content": ask}],
            tools=TOOLS,  # type: ignore[arg-type]
            temperature=0.7,
            seed=i,
            max_tokens=120,
        )
        choice = r.choices[0]
        if choice.finish_reason == "tool_calls":
            check_calls(choice.message)
        else:
            assert choice.message.content and "<tool_call>" not in choice.message.content


@pytest.mark.parametrize(
    ("change", "param", "words"),
    [
        ({"tools": "get_weather"}, "tools", "must be a list"),
        (
            {
                "tools": [
                    {
                        "type": "function",
                        "function": {
                            "name": "x",
                            "parameters": {
                                "type": "object",
                                "properties": {"a": {"enum": list(range(600))}},
                            },
                        },
                    }
                ]
            },
            "tools",
            "enum",
        ),
        (
            {"tool_choice": {"type": "function", "function": {"name": "missing"}}},
            "tool_choice",
            "not in 'tools'",
        ),
        ({"tools": None, "tool_choice": "required"}, "tool_choice", "needs 'tools'"),
        ({"parallel_tool_calls": "yes"}, "parallel_tool_calls", "true or false"),
        (
            {"messages": [{"role": "assistant", "content": None, "tool_calls": [{"id": "1"}]}]},
            "messages[0].tool_calls",
            "function.name",
        ),
    ],
)
def test_bad_tool_requests_get_clear_errors(
    server: ApiServer, change: dict[str, Any], param: str, words: str
) -> None:
    body: dict[str, Any] = {
        "messages": [{"role": "user", "content": "hi"}],
        "tools": TOOLS,
        "max_tokens": 8,
    }
    body.update(change)
    body = {k: v for k, v in body.items() if v is not None}
    r = httpx.post(server.url + "/chat/completions", json=body, timeout=60)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["param"] == param and words in error["message"]
    ok = httpx.post(
        server.url + "/chat/completions",
        json={"messages": [{"role": "user", "content": "hi"}], "max_tokens": 4},
        timeout=60,
    )
    assert ok.status_code == 200


def test_mcp_servers_only_when_the_person_allows_them(
    server: ApiServer, client: openai.OpenAI
) -> None:
    import sys

    from assistant.tools.mcp_config import ServerConfig

    core = server.core
    fixture = str(Path(__file__).parent / "fixtures" / "mcp_server.py")
    core.save_mcp_servers({"mine": ServerConfig("mine", sys.executable, (fixture, "good"))})
    ask: dict[str, Any] = {
        "model": "default",
        "messages": [{"role": "user", "content": "Add 2 and 3 with the add tool."}],
        "max_tokens": 60,
    }
    mcp = [{"type": "mcp", "server_label": "mine"}]
    # Off (the default): refused, and nothing started.
    with pytest.raises(openai.PermissionDeniedError) as refused:
        client.chat.completions.create(**ask, tools=mcp)  # type: ignore[arg-type]
    assert "File → Tools" in str(refused.value) and core.mcp.state("mine") == "stopped"
    core.config.change(api_mcp_servers=True)
    try:
        with pytest.raises(openai.NotFoundError, match="no MCP server 'theirs'"):
            client.chat.completions.create(
                **ask,
                tools=[{"type": "mcp", "server_label": "theirs"}],  # type: ignore[list-item]
            )
        with pytest.raises(openai.BadRequestError, match="cannot be mixed"):
            client.chat.completions.create(**ask, tools=mcp + TOOLS[:1])  # type: ignore[operator]
        # A tool the person has not always allowed does not run for a program.
        answer = client.chat.completions.create(
            **ask,
            tools=mcp,  # type: ignore[arg-type]
            tool_choice="required",
        )
        calls = answer.model_extra["mcp_calls"]  # type: ignore[index]
        assert calls and calls[0]["server_label"] == "mine" and calls[0]["output"] is None
        assert "declined" in calls[0]["error"]
        assert answer.choices[0].message.tool_calls is None  # run here, not handed back
        core.config.change(tools_allowed=[f"mine/{calls[0]['name']}"])
        stream = client.chat.completions.create(
            **ask,
            tools=mcp,  # type: ignore[arg-type]
            tool_choice="required",
            stream=True,
        )
        chunks = list(stream)
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        last = chunks[-1].model_extra or {}
        ran = [c for c in last.get("mcp_calls", []) if c["output"] is not None]
        assert ran and ran[0]["name"] == calls[0]["name"]
        if ran[0]["name"] == "add" and json.loads(ran[0]["arguments"]) == {"a": 2, "b": 3}:
            assert ran[0]["output"] == "5"
        assert chunks[-1].choices[0].finish_reason in ("stop", "length") and text is not None
    finally:
        core.config.change(api_mcp_servers=False, tools_allowed=[])


def test_a_remote_server_calls_tools_through_the_same_loop(server: ApiServer) -> None:
    """A remote OpenAI-compatible engine (this app's own API, over HTTP) gets the tools
    and its structured calls run in the same loop as a local model's."""
    from assistant.engine.remote import RemoteBackend
    from assistant.ground.settings import RemoteServer
    from assistant.tools.builtin import calculator
    from assistant.tools.formats import HERMES
    from assistant.tools.loop import CallEvent, run_tools

    remote = RemoteBackend(RemoteServer("self", server.url))
    try:
        remote.load()
        items = list(
            run_tools(
                remote.stream,
                [{"role": "user", "content": "What is 12 times 7?"}],
                SamplingParams(max_tokens=60, temperature=0, tool_choice="required"),
                [calculator()],
                HERMES,
                lambda _call, _tool: True,
                max_steps=2,
            )
        )
    finally:
        remote.close()
    events = [i for i in items if isinstance(i, CallEvent)]
    assert events and events[0].call.name == "calculator"
    json.loads(events[0].call.arguments)  # whole JSON, as the remote's deltas built it
    assert isinstance(items[-1], Completion)
