"""The tool loop, in the core: the model answers; each call it makes is checked against
its tool's schema, approved by the person (or by their "always allow"), run with a time
limit and its result cut to size; the results go back and the model goes on, up to a
number of steps the person sets. Stop (``cancelled``) ends it at any point."""

from __future__ import annotations

import contextvars
import json
import logging
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import jsonschema

from assistant.engine.backend import ChatMessage, Completion, SamplingParams, StreamItem
from assistant.ground.errors import Cancelled
from assistant.tools.formats import CallFormat, CallSplitter, ToolCall
from assistant.tools.spec import ToolSpec, to_json

log = logging.getLogger(__name__)

MAX_RESULT_CHARS = 16_000  # a result longer than this is cut (the prompt has a budget)
DEFAULT_STEPS = 6
DEFAULT_TIMEOUT = 30.0


class ToolFailed(Exception):
    """A tool could not do what was asked; the message goes to the model as the result."""


# Set, in the thread a tool runs on, once nobody waits for its answer any more (Stop, or
# its time is up): a tool that can stop early watches it (an MCP call tells its server).
GIVEN_UP: contextvars.ContextVar[threading.Event] = contextvars.ContextVar("tool_given_up")


def given_up() -> threading.Event:
    """The running tool's "nobody waits any more" event (never set outside a run)."""
    return GIVEN_UP.get(threading.Event())


@dataclass(frozen=True)
class Tool:
    """A tool the model may call: its definition and what runs it (arguments in,
    text out)."""

    spec: ToolSpec
    run: Callable[[dict[str, Any]], str]
    timeout: float = DEFAULT_TIMEOUT
    source: str = "built-in"  # or the MCP server's name
    always_ask: bool = False  # never on "always allow" (it keeps something of the person)


@dataclass
class CallEvent:
    """A call the model made, and what came of it."""

    call: ToolCall
    result: str = ""
    ok: bool = True
    declined: bool = False
    seconds: float = 0.0


@dataclass
class CallsMade:
    """The calls of the answer just ended (its Completion came before), about to run."""

    calls: list[ToolCall]


@dataclass
class Toolbox:
    """What a chat may use: its tools, who approves each call, how many steps at most."""

    tools: list[Tool]
    approve: Approve
    max_steps: int = DEFAULT_STEPS
    cancelled: Callable[[], bool] = lambda: False  # Stop: no further call or step
    required: bool = False  # the first answer must call one


Approve = Callable[[ToolCall, Tool], bool]
Stream = Callable[[Sequence[ChatMessage], SamplingParams], Iterator[StreamItem]]
LoopItem = str | CallEvent | CallsMade | Completion


def run_tools(
    stream: Stream,
    messages: Sequence[ChatMessage],
    params: SamplingParams,
    tools: Sequence[Tool],
    call_format: CallFormat,
    approve: Approve,
    max_steps: int = DEFAULT_STEPS,
    cancelled: Callable[[], bool] = lambda: False,
) -> Generator[LoopItem, None, list[ChatMessage]]:
    """Answer ``messages`` with ``tools``: text as it comes, each answer's Completion,
    then (when it made calls) CallsMade and each call's CallEvent. Returns the
    conversation's new messages (the assistant's calls, the tools' results, the last
    answer)."""
    by_name = {t.spec.name: t for t in tools}
    convo, added = list(messages), []
    tools_json = to_json([t.spec for t in tools])
    for step in range(max_steps + 1):
        if step and cancelled():
            raise Cancelled
        # The last step may not call again: the model answers with what it has.
        choice = "none" if step == max_steps or not tools else params.tool_choice
        asked = replace(params, tools=tools_json if tools else None, tool_choice=choice)
        splitter = CallSplitter(call_format)
        done: Completion | None = None
        shown = ""
        for item in stream(convo, asked):
            if isinstance(item, Completion):
                done = item
            elif text := splitter.feed(item):
                shown += text
                yield text
        tail, calls = splitter.finish()
        if tail:
            shown += tail
            yield tail
        assert done is not None
        yield done
        if not calls or done.finish_reason == "cancelled" or cancelled():
            answer: ChatMessage = {"role": "assistant", "content": shown}
            added.append(answer)
            return added
        turn: ChatMessage = {
            "role": "assistant",
            "content": shown.strip(),
            "tool_calls": [c.openai() for c in calls],
        }
        convo.append(turn)
        added.append(turn)
        yield CallsMade(calls)
        for call in calls:
            if cancelled():
                raise Cancelled
            event = execute(call, by_name, approve, cancelled)
            yield event
            result: ChatMessage = {
                "role": "tool",
                "content": event.result,
                "tool_call_id": call.id,
                "name": call.name,
            }
            convo.append(result)
            added.append(result)
        # After "required" once, the model may answer in words.
        params = replace(params, tool_choice="auto", tool_name="")
    return added


def execute(
    call: ToolCall,
    tools: dict[str, Tool],
    approve: Approve,
    cancelled: Callable[[], bool] = lambda: False,
) -> CallEvent:
    """Check, approve and run one call; every failure becomes a result the model reads.
    ``cancelled`` (Stop) ends the wait for a running tool."""
    event = CallEvent(call)
    tool = tools.get(call.name)
    if tool is None:
        event.ok, event.result = False, f"Error: there is no tool named {call.name!r}."
        return event
    try:
        args = json.loads(call.arguments)
        jsonschema.validate(args, tool.spec.parameters)
    except (ValueError, jsonschema.ValidationError) as exc:
        message = exc.message if isinstance(exc, jsonschema.ValidationError) else str(exc)
        event.ok, event.result = False, f"Error: the arguments do not fit the tool: {message}"
        return event
    if not approve(call, tool):
        event.ok, event.declined = False, True
        event.result = "The person declined to run this tool."
        return event
    started = time.monotonic()
    event.ok, event.result = _run(tool, args, cancelled)
    event.seconds = time.monotonic() - started
    if len(event.result) > MAX_RESULT_CHARS:
        event.result = (
            event.result[:MAX_RESULT_CHARS] + f"\n[… cut at {MAX_RESULT_CHARS:,} characters]"
        )
    return event


STOP_LOOK = 0.05  # seconds between looks at Stop while a tool runs


def _run(tool: Tool, args: dict[str, Any], cancelled: Callable[[], bool]) -> tuple[bool, str]:
    """Run a tool on a thread of its own, waiting at most its timeout, or until Stop
    (the thread is left to end on its own: a tool cannot be killed, only not waited for)."""
    box: list[tuple[bool, str]] = []
    given_up = threading.Event()

    def work() -> None:
        GIVEN_UP.set(given_up)  # this thread's own context: what the tool may watch
        try:
            box.append((True, str(tool.run(args))))
        except ToolFailed as exc:
            box.append((False, f"Error: {exc}"))
        except Exception:
            log.exception("tool %s failed", tool.spec.name)
            box.append((False, "Error: the tool failed (the details are in the app's log)."))

    worker = threading.Thread(target=work, name=f"tool-{tool.spec.name}", daemon=True)
    worker.start()
    deadline = time.monotonic() + tool.timeout
    while worker.is_alive() and time.monotonic() < deadline and not cancelled():
        worker.join(min(STOP_LOOK, max(0.0, deadline - time.monotonic())))
    if not box:
        given_up.set()  # a tool that can be told (an MCP server's) is told
        if cancelled():
            return False, "Error: stopped by the person before the tool answered."
        return False, f"Error: the tool did not answer within {tool.timeout:g} s."
    return box[0]
