"""The tool loop (assistant/tools/loop.py) and the built-in tools: every way a call can
go wrong becomes a result the model reads; with the real starter model, a required
calculator call runs, its result goes back, and the model answers."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.engine.backend import Completion, LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.tools.builtin import builtin_tools, calculate, now_text, read_file
from assistant.tools.formats import HERMES, ToolCall
from assistant.tools.loop import MAX_RESULT_CHARS, CallEvent, Tool, ToolFailed, execute, run_tools
from assistant.tools.spec import make_spec
from tests.conftest import TEST_CTX


def call(tool_name: str, **args: Any) -> ToolCall:
    return ToolCall("call_1", tool_name, json.dumps(args))


def tool(name: str, run: Any, timeout: float = 5.0) -> Tool:
    spec = make_spec(
        name, "t", {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    )
    return Tool(spec, run, timeout)


def yes(_c: ToolCall, _t: Tool) -> bool:
    return True


@pytest.mark.parametrize(
    ("expression", "value"),
    [("(17.5 + 25) * 3", "127.5"), ("2**10", "1024"), ("round(pi, 3)", "3.142"), ("10/4", "2.5")],
)
def test_the_calculator_computes(expression: str, value: str) -> None:
    assert calculate(expression) == value


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("9**9**9", "cannot compute"),
        ("1/0", "division by zero"),
        ('__import__("os").system("true")', "not defined"),
        ("().__class__", "cannot compute"),
        ("1 < 2", "only arithmetic"),
        ('"a" * 10', "not a number"),
        ("factorial(10**6)", "0 to 1000"),
        ("1+" * 200 + "1", "longer than"),
    ],
)
def test_the_calculator_refuses_what_is_not_arithmetic(expression: str, words: str) -> None:
    with pytest.raises(ToolFailed, match=words):
        calculate(expression)


def test_date_and_time() -> None:
    assert "JST" in now_text("Asia/Tokyo")
    with pytest.raises(ToolFailed, match="unknown time zone"):
        now_text("Mars/Olympus")


def test_read_file_reads_only_what_was_given(tmp_path: Path) -> None:
    given = tmp_path / "notes.txt"
    given.write_text("x" * (MAX_RESULT_CHARS * 2))
    reader = read_file([given], lambda p: p.read_text())
    assert reader.spec.parameters["properties"]["name"] == {"enum": ["notes.txt"]}
    event = execute(call("read_file", name="notes.txt"), {"read_file": reader}, yes)
    assert event.ok and len(event.result) < MAX_RESULT_CHARS + 100
    other = execute(call("read_file", name="/etc/passwd"), {"read_file": reader}, yes)
    assert not other.ok and "do not fit" in other.result


def test_every_failure_becomes_a_result(caplog: pytest.LogCaptureFixture) -> None:
    def broken(_args: dict[str, Any]) -> str:
        raise RuntimeError("bug")

    tools = {
        "ok": tool("ok", lambda a: "n=" + str(a["n"])),
        "slow": tool("slow", lambda a: time.sleep(3) or "late", timeout=0.2),
        "broken": tool("broken", broken),
        "huge": tool("huge", lambda a: "y" * (MAX_RESULT_CHARS * 3)),
    }
    assert execute(call("ok", n=2), tools, yes).result == "n=2"
    assert "no tool named" in execute(call("nope", n=1), tools, yes).result
    assert "do not fit" in execute(call("ok", n="two"), tools, yes).result
    declined = execute(call("ok", n=1), tools, lambda c, t: False)
    assert declined.declined and "declined" in declined.result
    started = time.monotonic()
    assert "did not answer within 0.2 s" in execute(call("slow", n=1), tools, yes).result
    assert time.monotonic() - started < 2
    # Stop while a tool runs: the wait ends at once, long before its time limit.
    patient = {"slow": tool("slow", lambda a: time.sleep(3) or "late", timeout=30)}
    started = time.monotonic()
    stopped = execute(call("slow", n=1), patient, yes, lambda: time.monotonic() > started + 0.2)
    assert not stopped.ok and "stopped by the person" in stopped.result
    assert time.monotonic() - started < 1
    with caplog.at_level(logging.ERROR):
        assert "the tool failed" in execute(call("broken", n=1), tools, yes).result
    assert "bug" in caplog.text  # the traceback is in the log
    assert execute(call("huge", n=1), tools, yes).result.endswith("characters]")


@pytest.fixture(scope="module")
def host(starter: Path) -> Iterator[EngineHost]:
    h = EngineHost(LoadOptions(n_ctx=2 * TEST_CTX, parallel=1))
    h.load(str(starter))
    yield h
    h.close()


@pytest.mark.slow
def test_the_model_calls_the_calculator_and_answers(host: EngineHost) -> None:
    asked: list[ToolCall] = []

    def approve(c: ToolCall, t: Tool) -> bool:
        asked.append(c)
        return True

    params = SamplingParams(temperature=0, max_tokens=120, tool_choice="required")
    loop = run_tools(
        host.stream,
        [{"role": "user", "content": "What is 1234 * 5678? Use the calculator."}],
        params,
        builtin_tools(),
        HERMES,
        approve,
        max_steps=2,
    )
    items: list[Any] = []
    try:
        while True:
            items.append(next(loop))
    except StopIteration as end:
        added = end.value
    events = [i for i in items if isinstance(i, CallEvent)]
    assert events and asked == [e.call for e in events]
    assert any(e.ok and e.call.name in ("calculator", "date_time") for e in events)
    assert sum(isinstance(i, Completion) for i in items) >= 2  # the call, then the answer
    roles = [m["role"] for m in added]
    assert roles[0] == "assistant" and added[0].get("tool_calls")
    assert "tool" in roles and roles[-1] == "assistant"
    assert added[-1]["content"] and "<tool_call>" not in added[-1]["content"]
    for e in events:
        if e.call.name == "calculator" and e.ok:
            assert e.result == calculate(json.loads(e.call.arguments)["expression"])


@pytest.mark.parametrize("template", ["deepseek_r1_distill", "deepseek_v31"])
def test_deepseek_templates_call_in_their_own_format(
    starter: Path, tmp_path: Path, template: str
) -> None:
    """The starter model under DeepSeek's templates: tools described in the system
    message, calls written (constrained) in DeepSeek's syntax and read back, results
    rendered by the template itself."""
    from assistant.tools.formats import FAMILIES
    from tests.fixtures.gguf_files import edited_copy

    fixtures = Path(__file__).parent / "fixtures"
    model = edited_copy(
        starter, tmp_path / f"{template}.gguf", "--chat-template-file",
        str(fixtures / f"{template}_chat_template.jinja"),
    )  # fmt: skip
    h = EngineHost(LoadOptions(n_ctx=2 * TEST_CTX, parallel=1))
    try:
        facts = h.load(str(model))
        fmt = FAMILIES[facts.tool_format]
        assert fmt.family == ("deepseek" if template == "deepseek_r1_distill" else "deepseek3.1")
        items = list(
            run_tools(
                h.stream,
                [{"role": "user", "content": "What is 1234 * 5678?"}],
                SamplingParams(temperature=0, max_tokens=120, tool_choice="required"),
                builtin_tools(),
                fmt,
                yes,
                max_steps=1,
            )
        )
    finally:
        h.close()
    events = [i for i in items if isinstance(i, CallEvent)]
    assert events and events[0].call.name in ("calculator", "date_time")
    answers = [i for i in items if isinstance(i, Completion)]
    assert len(answers) == 2  # the call, then an answer after its result
    first = items[: items.index(answers[0])]  # the call's own text is not shown
    assert "tool▁call" not in "".join(i for i in first if isinstance(i, str))


def test_a_memory_is_proposed_and_always_shown_first() -> None:
    from assistant.tools.chat_tools import Approval, ChatTools, chat_toolbox, tool_key

    kept: list[str] = []
    asked: list[str] = []

    def ask(c: ToolCall, _t: Tool) -> bool:
        asked.append(c.name)
        return True

    box, _ = chat_toolbox(ChatTools(on=True), None, ask, keep=kept.append)
    assert box is not None
    memo = next(t for t in box.tools if t.spec.name == "remember")
    # Even when the person chose "always allow" for it, a memory is shown each time.
    approve = Approval(lambda: {tool_key(memo)}, ask)
    event = execute(call("remember", fact="I am vegetarian."), {"remember": memo}, approve)
    assert event.ok and kept == ["I am vegetarian."] and asked == ["remember"]
    no_memory, _ = chat_toolbox(ChatTools(on=True), None, ask)  # a private chat
    assert no_memory is not None and "remember" not in {t.spec.name for t in no_memory.tools}


def test_calls_without_text_in_a_row_are_each_kept(tmp_path: Path) -> None:
    """Two answers that are only calls, one after the other, then words: each is a
    message of the branch (a scripted engine: this is the store's logic)."""
    from assistant.services.chat import ChatService, LoadedEngine
    from assistant.store.repository import Repository
    from assistant.tools.loop import Toolbox
    from tests.fixtures.fake_engine import FakeEngine

    steps = iter(
        [
            '<tool_call>{"name": "calculator", "arguments": {"expression": "1+1"}}</tool_call>',
            '<tool_call>{"name": "calculator", "arguments": {"expression": "2+2"}}</tool_call>',
            "Two and four.",
        ]
    )

    class Scripted(FakeEngine):
        def stream(self, messages: Any, params: Any = None) -> Any:
            self.script = [next(steps)]
            return super().stream(messages, params)

    engine = Scripted(delay=0)
    model = tmp_path / "scripted.gguf"
    model.write_bytes(b"GGUF")
    engine.load(str(model))
    repo = Repository(tmp_path / "history.db")
    try:
        chat = ChatService(LoadedEngine(engine), repo)  # type: ignore[arg-type]
        cid = repo.create_conversation()
        result = chat.send(cid, "Add twice.", tools=Toolbox(builtin_tools(), yes))
        branch = repo.branch(cid)
        assert [(m.role, bool(m.tool_calls)) for m in branch] == [
            ("user", False),
            ("assistant", True),
            ("tool", False),
            ("assistant", True),
            ("tool", False),
            ("assistant", False),
        ]
        assert [m.content for m in branch if m.role == "tool"] == ["2", "4"]
        assert branch[-1].content == "Two and four." and result.status == "complete"
    finally:
        repo.close()
