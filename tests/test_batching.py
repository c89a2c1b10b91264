"""Continuous batching with the real starter model: several answers at once, each its
own (seeded answers equal to the same request alone), hang-ups and cancels that free
only their own sequence, the person's answer before programs', and clear refusals."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import pytest

from assistant.app import Core, build_core
from assistant.engine.backend import PERSON, PROGRAM, Completion, LoadOptions, SamplingParams
from assistant.engine.host import EngineHost
from assistant.engine.lane import Lane
from assistant.ground.errors import UserError
from assistant.presets import PresetLibrary
from assistant.server.run import ApiServer
from tests.conftest import TEST_CTX, free_port

pytestmark = pytest.mark.slow


def ask(i: int) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"Write two sentences about the number {i}."}]


def params(i: int, **kw: object) -> SamplingParams:
    base: dict[str, object] = {"max_tokens": 24, "seed": i, "temperature": 0.7}
    return SamplingParams(**(base | kw))  # type: ignore[arg-type]


def run(lane: Lane | EngineHost, i: int, **kw: object) -> Completion:
    return lane.complete(ask(i), params(i, **kw))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def host(starter: Path) -> Iterator[EngineHost]:
    h = EngineHost(LoadOptions(n_ctx=TEST_CTX, parallel=4))
    h.load(str(starter))
    assert h.facts is not None and h.facts.parallel == 4 and h.facts.context == TEST_CTX
    yield h
    h.close()


def together(work: list[threading.Thread]) -> None:
    for t in work:
        t.start()
    for t in work:
        t.join(120)


def same_start(a: str, b: str, words: int = 2) -> bool:
    return a.split()[:words] == b.split()[:words]


def test_answers_at_once_are_each_the_answer_alone(host: EngineHost) -> None:
    """Eight greedy requests on four sequences (four wait, then join while others
    generate): each answer is the one the same request gets alone, up to the rounding
    of batch layouts (engine/llama/batcher.py), which can make it part from its solo
    text where two tokens were nearly equally likely: each starts the same (an answer
    mixed up with another request's would not)."""
    alone = {i: run(host, i, temperature=0.0).text for i in range(8)}
    got: dict[int, Completion] = {}
    lanes = [host.lane(PROGRAM) for _ in range(8)]
    together(
        [
            threading.Thread(
                target=lambda i=i: got.__setitem__(i, run(lanes[i], i, temperature=0.0))
            )
            for i in range(8)
        ]
    )
    texts = {i: c.text for i, c in got.items()}
    assert all(same_start(texts[i], alone[i]) for i in range(8)), (texts, alone)
    assert all(c.finish_reason in ("stop", "length") for c in got.values())
    assert host.answers == 0


def test_a_hang_up_frees_its_sequence_at_once_and_the_others_go_on(host: EngineHost) -> None:
    done: list[Completion] = []
    other = threading.Thread(
        target=lambda: done.append(run(host.lane(PROGRAM), 1, max_tokens=96, ignore_eos=True))
    )
    other.start()
    stream = host.lane(PROGRAM).stream(ask(2), params(2, max_tokens=400, ignore_eos=True))
    assert isinstance(next(stream), str)
    t0 = time.monotonic()
    stream.close()  # the client went away
    assert time.monotonic() - t0 < 1.0
    assert host.answers <= 1  # only the other one is left
    other.join(120)
    assert done and done[0].finish_reason == "length" and done[0].completion_tokens == 96


def test_cancelling_one_lane_leaves_the_others_running(host: EngineHost) -> None:
    a, b = host.lane(PROGRAM), host.lane(PROGRAM)
    got: dict[str, Completion] = {}
    ta = threading.Thread(target=lambda: got.__setitem__("a", run(a, 3, max_tokens=300)))
    tb = threading.Thread(
        target=lambda: got.__setitem__("b", run(b, 4, max_tokens=64, ignore_eos=True))
    )
    ta.start()
    tb.start()
    while not a.indices:
        time.sleep(0.01)
    time.sleep(0.3)
    a.cancel()
    ta.join(60)
    tb.join(120)
    assert got["a"].finish_reason == "cancelled"
    assert got["b"].finish_reason == "length" and got["b"].completion_tokens == 64


def test_a_grammar_answer_beside_a_free_one(host: EngineHost) -> None:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "people": {"type": "integer"}},
        "required": ["city", "people"],
    }
    got: dict[str, Completion] = {}
    strict = params(5, max_tokens=60, temperature=0.0, json_schema=json.dumps(schema))
    question = [{"role": "user", "content": "Give a city and its population as JSON."}]
    together(
        [
            threading.Thread(
                target=lambda: got.__setitem__("json", host.lane().complete(question, strict))
            ),
            threading.Thread(
                target=lambda: got.__setitem__("free", run(host.lane(), 6, temperature=0.0))
            ),
        ]
    )
    jsonschema.validate(json.loads(got["json"].text), schema)
    assert same_start(got["free"].text, run(host, 6, temperature=0.0).text)


def test_a_prompt_larger_than_a_sequence_is_refused_clearly(host: EngineHost) -> None:
    with pytest.raises(UserError, match="context leaves room"):
        list(host.stream_prompt("word " * (TEST_CTX * 2), params(0)))
    assert run(host, 7).completion_tokens > 0  # and the engine goes on


def test_the_person_goes_before_programs_that_fill_every_sequence(starter: Path) -> None:
    """One sequence, a program's long answer running: the person's question pauses it
    (its sequence copied out and back), is answered first, and the program's answer is
    still exactly what it is alone."""
    host = EngineHost(LoadOptions(n_ctx=TEST_CTX, parallel=1))
    host.load(str(starter))
    try:
        long = params(8, max_tokens=160, ignore_eos=True)
        alone = host.complete(ask(8), long).text
        finished: list[str] = []
        places: list[int] = []
        program = host.lane(PROGRAM, places.append)
        second = host.lane(PROGRAM, places.append)
        out: dict[str, Completion] = {}

        def program_answer() -> None:
            out["program"] = program.complete(ask(8), long)
            finished.append("program")

        def second_answer() -> None:
            out["second"] = second.complete(ask(9), params(9))
            finished.append("second")

        t = threading.Thread(target=program_answer)
        t.start()
        while not program.indices:
            time.sleep(0.01)
        time.sleep(0.5)  # it is generating
        t2 = threading.Thread(target=second_answer)  # waits: the only sequence is taken
        t2.start()
        time.sleep(0.3)
        mine = host.lane(PERSON).complete(ask(10), params(10, max_tokens=8))
        finished.append("person")
        t.join(120)
        t2.join(120)
        assert finished.index("person") < finished.index("program")
        assert mine.completion_tokens > 0
        # Paused and put back exactly: it goes on as if nothing happened (up to the
        # rounding of one-row against several-row steps).
        assert same_start(out["program"].text, alone, words=6)
        assert out["second"].completion_tokens > 0
        assert 1 in places  # the waiting program heard its place in the queue
    finally:
        host.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, starter: Path) -> Iterator[str]:
    core: Core = build_core(str(tmp_path_factory.mktemp("batching-home")))
    core.config.change(context_length=TEST_CTX, parallel_answers=2)
    core.models.load_local()
    s = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port())
    s.start()
    yield s.url
    s.stop()
    core.close()


def stream_chat(url: str, i: int, lines: list[str]) -> str:
    body = {
        "messages": ask(i),
        "stream": True,
        "max_tokens": 24,
        "seed": i,
        "temperature": 0.0,
    }
    text = ""
    with httpx.stream("POST", f"{url}/chat/completions", json=body, timeout=120) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            lines.append(line)
            if line.startswith("data: {"):
                for choice in json.loads(line[6:])["choices"]:
                    text += choice["delta"].get("content") or ""
    return text


def test_clients_over_http_share_the_engine_and_hear_their_place(server: str) -> None:
    """Six streaming clients on two sequences: every one gets its own answer (as
    alone, up to rounding); the ones that wait are told their place in an SSE comment."""
    alone = {i: stream_chat(server, i, []) for i in range(6)}
    lines: dict[int, list[str]] = {i: [] for i in range(6)}
    got: dict[int, str] = {}
    together(
        [
            threading.Thread(
                target=lambda i=i: got.__setitem__(i, stream_chat(server, i, lines[i]))
            )
            for i in range(6)
        ]
    )
    assert all(same_start(got[i], alone[i]) for i in range(6)), (got, alone)
    assert any(line.startswith(": queued, place") for ls in lines.values() for line in ls)
