"""`assistant serve` with the official openai client, over real HTTP on 127.0.0.1, with
the real starter model in the engine child."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import openai
import pytest

from assistant.app import Core, build_core
from assistant.cli.serve import check_exposure
from assistant.ground.errors import UserError
from assistant.presets import PresetLibrary
from assistant.server.protocol import StopScanner
from assistant.server.run import ApiServer
from tests.conftest import TEST_CTX, free_port

pytestmark = pytest.mark.slow
KEY = "s3cret-key"
JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory, starter: Path) -> Iterator[Core]:
    core = build_core(str(tmp_path_factory.mktemp("serve-home")))
    core.config.change(context_length=TEST_CTX)
    core.models.load_local()
    yield core
    core.close()


def start(core: Core, api_key: str | None = None) -> ApiServer:
    server = ApiServer(
        core, PresetLibrary(core.paths.user_presets), port=free_port(), api_key=api_key
    )
    server.start()
    return server


@pytest.fixture(scope="module")
def server(core: Core) -> Iterator[ApiServer]:
    s = start(core)
    yield s
    s.stop()


@pytest.fixture
def client(server: ApiServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=120)


def engine_free(core: Core, within: float) -> bool:
    """The engine has no answer in flight within ``within`` seconds."""
    end = time.monotonic() + within
    while core.engine.answers and time.monotonic() < end:
        time.sleep(0.01)
    ok = core.engine.answers == 0
    return ok


def test_lists_models_and_preset_aliases(client: openai.OpenAI) -> None:
    models = list(client.models.list())
    ids = [m.id for m in models]
    assert ids[0] == "smollm2-135m-instruct-q4_1"  # a stable slug, not the display name
    assert models[0].model_dump()["name"] == "SmolLM2 135M (built-in)"
    assert "preset:sentiment" in ids and "preset:translate" in ids


def test_default_empty_slug_and_display_names_reach_the_loaded_model(
    client: openai.OpenAI, server: ApiServer
) -> None:
    msgs = [{"role": "user", "content": "Say yes."}]
    for name in ("default", "smollm2-135m-instruct-q4_1", "SmolLM2 135M (built-in)"):
        out = client.chat.completions.create(model=name, messages=msgs, max_tokens=4)  # type: ignore[arg-type]
        assert out.model == "smollm2-135m-instruct-q4_1"
    r = httpx.post(
        f"{server.url}/chat/completions",
        json={"messages": msgs, "max_tokens": 4},  # no model at all
        timeout=60,
    )
    assert r.status_code == 200 and r.json()["model"] == "smollm2-135m-instruct-q4_1"
    with pytest.raises(openai.NotFoundError, match="smollm2-135m-instruct-q4_1"):
        client.chat.completions.create(model="llama-3-70b", messages=msgs)  # type: ignore[arg-type]


def test_streamed_and_plain_chat_completions(client: openai.OpenAI) -> None:
    msgs = [{"role": "user", "content": "Name three colours."}]
    stream = client.chat.completions.create(
        model="SmolLM2 135M (built-in)",
        messages=msgs,  # type: ignore[arg-type]
        stream=True,
        max_tokens=40,
        seed=1,
        temperature=0,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert len(text.split()) >= 3
    assert chunks[0].choices[0].delta.role == "assistant"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] in ("stop", "length") and set(finishes[:-1]) == {None}
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    # The same request without streaming gives the same answer (greedy, same seed).
    plain = client.chat.completions.create(
        model="SmolLM2 135M (built-in)",
        messages=msgs,  # type: ignore[arg-type]
        max_tokens=40,
        seed=1,
        temperature=0,
    )
    assert plain.choices[0].message.content == text
    assert plain.usage is not None and plain.usage.prompt_tokens > 5


def test_json_schema_response_validates(client: openai.OpenAI) -> None:
    schema = {
        "type": "object",
        # A small model can ramble inside an open string until max_tokens (seen in CI:
        # finish_reason "length" in the middle of "name"); a bounded string must close.
        "properties": {"name": {"type": "string", "maxLength": 24}, "age": {"type": "integer"}},
        "required": ["name", "age"],
        "additionalProperties": False,
    }
    for text in ("Ada is 36 years old.", "My neighbour Tom turned 71 last week."):
        out = client.chat.completions.create(
            model="SmolLM2 135M (built-in)",
            messages=[{"role": "user", "content": f"Extract the person: {text}"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "person", "schema": schema},
            },
            temperature=0.3,
            seed=7,
            max_tokens=100,
        )
        assert out.choices[0].finish_reason == "stop", out.choices[0].message.content
        jsonschema.validate(json.loads(out.choices[0].message.content or ""), schema)


def test_preset_alias_constrains_the_answer(client: openai.OpenAI) -> None:
    out = client.chat.completions.create(
        model="preset:sentiment",
        messages=[{"role": "user", "content": "I love this phone, it is wonderful!"}],
    )
    assert out.choices[0].message.content in ("positive", "negative", "neutral")
    out = client.chat.completions.create(
        model="preset:classify",
        messages=[{"role": "user", "content": "The invoice for March is attached."}],
        extra_body={"preset_variables": {"labels": "billing, travel, sport"}},
    )
    assert out.choices[0].message.content in ("billing", "travel", "sport")


def test_text_completion_and_stop_sequence(client: openai.OpenAI) -> None:
    out = client.completions.create(
        model="SmolLM2 135M (built-in)",
        prompt="1, 2, 3, 4,",
        max_tokens=30,
        temperature=0,
        stop=[" 7"],
    )
    text = out.choices[0].text
    assert text.startswith(" 5") and " 7" not in text and out.choices[0].finish_reason == "stop"


def test_client_disconnect_mid_stream_frees_the_engine(client: openai.OpenAI, core: Core) -> None:
    stream = client.chat.completions.create(
        model="SmolLM2 135M (built-in)",
        messages=[{"role": "user", "content": "Write a very long story about a lighthouse."}],
        stream=True,
        max_tokens=900,
        extra_body={"ignore_eos": True},
    )
    got = 0
    for chunk in stream:
        got += len(chunk.choices[0].delta.content or "") if chunk.choices else 0
        if got > 20:
            break
    stream.close()  # the client hangs up mid-answer
    t0 = time.monotonic()
    assert engine_free(core, within=5), "the engine kept generating for a gone client"
    freed = time.monotonic() - t0
    assert freed < 2
    # And the next client is served normally.
    out = client.chat.completions.create(
        model="SmolLM2 135M (built-in)",
        messages=[{"role": "user", "content": "Say hi."}],
        max_tokens=8,
    )
    assert out.choices[0].message.content


def test_eight_clients_at_once_are_all_answered(server: ApiServer) -> None:
    answers: dict[int, str] = {}
    errors: list[BaseException] = []

    def ask(i: int) -> None:
        c = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0, timeout=300)
        try:
            stream = c.chat.completions.create(
                model="SmolLM2 135M (built-in)",
                messages=[{"role": "user", "content": f"Count from {i} to {i + 5}."}],
                stream=True,
                max_tokens=24,
                seed=i,
            )
            parts, finish = [], None
            for chunk in stream:
                if chunk.choices:
                    parts.append(chunk.choices[0].delta.content or "")
                    finish = chunk.choices[0].finish_reason or finish
            assert finish in ("stop", "length")
            answers[i] = "".join(parts)
        except BaseException as exc:  # collected: a thread's assert would be lost
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors, errors
    assert sorted(answers) == list(range(8)) and all(answers.values())


def test_api_key_is_required_when_set(core: Core) -> None:
    s = start(core, api_key=KEY)
    try:
        wrong = openai.OpenAI(base_url=s.url, api_key="wrong", max_retries=0)
        with pytest.raises(openai.AuthenticationError) as err:
            wrong.models.list()
        assert err.value.status_code == 401 and "API key" in str(err.value)
        with pytest.raises(openai.AuthenticationError):
            wrong.chat.completions.create(
                model="SmolLM2 135M (built-in)", messages=[{"role": "user", "content": "hi"}]
            )
        right = openai.OpenAI(base_url=s.url, api_key=KEY, max_retries=0)
        assert right.models.list().data
    finally:
        s.stop()


def test_bad_requests_get_clear_errors(client: openai.OpenAI, server: ApiServer) -> None:
    with pytest.raises(openai.NotFoundError) as nf:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert "does not exist here" in str(nf.value)
    assert "smollm2-135m-instruct-q4_1" in str(nf.value)
    with pytest.raises(openai.BadRequestError, match="role"):
        client.chat.completions.create(
            model="SmolLM2 135M (built-in)",
            # OpenAI's deprecated function role: tools came after it.
            messages=[{"role": "function", "name": "f", "content": "x"}],  # type: ignore[list-item,misc]
        )
    with pytest.raises(openai.BadRequestError, match="temperature"):
        client.chat.completions.create(
            model="SmolLM2 135M (built-in)",
            messages=[{"role": "user", "content": "hi"}],
            temperature=7,
        )
    with pytest.raises(openai.BadRequestError, match="not a valid JSON schema"):
        client.chat.completions.create(
            model="SmolLM2 135M (built-in)",
            messages=[{"role": "user", "content": "hi"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "no-such-type"}},
            },
        )
    r = httpx.post(f"{server.url}/chat/completions", content=b"{not json", headers=JSON, timeout=10)
    assert r.status_code == 400 and "not valid JSON" in r.json()["error"]["message"]


def test_exposure_rules() -> None:
    check_exposure("127.0.0.1", False, None)
    check_exposure("::1", False, None)
    with pytest.raises(UserError, match="--allow-network"):
        check_exposure("0.0.0.0", False, KEY)
    with pytest.raises(UserError, match="API key"):
        check_exposure("0.0.0.0", True, None)
    check_exposure("0.0.0.0", True, KEY)


def test_serve_cli_refuses_a_public_address_without_a_key(app_home: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "assistant", "serve", "--host", "0.0.0.0", "--allow-network"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1 and "needs an API key" in r.stderr


def test_stop_scanner_holds_back_only_a_possible_prefix() -> None:
    s = StopScanner(["END"])
    assert s.feed("abc E") == "abc "
    assert s.feed("N") == ""
    assert s.feed("D tail") == "" and s.stopped
    s = StopScanner(["xy"])
    assert s.feed("ax") == "a" and s.feed("b") == "xb" and s.flush() == ""
    assert StopScanner([]).feed("anything") == "anything"


def test_cors_is_off_unless_an_origin_is_given(core: Core, server: ApiServer) -> None:
    preflight = {
        "Origin": "http://example.test",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    r = httpx.options(f"{server.url}/chat/completions", headers=preflight, timeout=10)
    assert "access-control-allow-origin" not in r.headers
    s = ApiServer(
        core,
        PresetLibrary(core.paths.user_presets),
        port=free_port(),
        cors_origins=["http://example.test"],
    )
    s.start()
    try:
        r = httpx.options(f"{s.url}/chat/completions", headers=preflight, timeout=10)
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "http://example.test"
        other = {**preflight, "Origin": "http://elsewhere.test"}
        r = httpx.options(f"{s.url}/chat/completions", headers=other, timeout=10)
        assert r.headers.get("access-control-allow-origin") != "http://elsewhere.test"
    finally:
        s.stop()


def test_oversized_requests_are_refused_in_the_openai_error_shape(
    client: openai.OpenAI, server: ApiServer
) -> None:
    from assistant.server.protocol import MAX_BODY_BYTES, MAX_MESSAGES

    url = f"{server.url}/chat/completions"
    big = {"messages": [{"role": "user", "content": "x" * (MAX_BODY_BYTES + 1)}]}
    r = httpx.post(url, content=json.dumps(big).encode(), headers=JSON, timeout=60)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "request_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"messages": [{"role": "user", "content": "'
        for _ in range(MAX_BODY_BYTES // 2**20 + 2):
            yield b"y" * 2**20
        yield b'"}]}'

    r = httpx.post(url, content=chunks(), headers=JSON, timeout=60)
    assert r.status_code == 413 and "larger than" in r.json()["error"]["message"]

    many = [{"role": "user", "content": "hi"}] * (MAX_MESSAGES + 1)
    with pytest.raises(openai.BadRequestError, match="at most"):
        client.chat.completions.create(model="SmolLM2 135M (built-in)", messages=many)  # type: ignore[arg-type]
    with pytest.raises(openai.BadRequestError, match="more than this model's whole context"):
        client.chat.completions.create(
            model="SmolLM2 135M (built-in)",
            messages=[{"role": "user", "content": "hi"}],
            max_tokens=10**9,
        )
    deep = b"[" * 100_000 + b"]" * 100_000
    r = httpx.post(url, content=deep, headers=JSON, timeout=60)
    assert r.status_code == 400 and "not valid JSON" in r.json()["error"]["message"]
    # The server is still fine.
    ok = client.chat.completions.create(
        model="SmolLM2 135M (built-in)", messages=[{"role": "user", "content": "hi"}], max_tokens=4
    )
    assert ok.choices[0].message.content is not None


def test_speculative_field_turns_drafting_off_and_usage_reports_it(client: openai.OpenAI) -> None:
    text = "The harbour closes at nine. Boats must be moored by eight thirty every night."
    messages = [
        {"role": "system", "content": "Repeat the user's text exactly."},
        {"role": "user", "content": text},
    ]
    answers = {}
    for flag in (True, False):
        out = client.chat.completions.create(
            model="SmolLM2 135M (built-in)",
            messages=messages,  # type: ignore[arg-type]
            temperature=0,
            max_tokens=40,
            extra_body={"speculative": flag},
        )
        usage = out.usage.model_dump() if out.usage else {}
        answers[flag] = (out.choices[0].message.content, usage)
    assert "drafted_tokens" not in answers[False][1]
    drafted = answers[True][1].get("drafted_tokens", 0)
    assert drafted == 0 or 0 <= answers[True][1]["accepted_tokens"] <= drafted
    with pytest.raises(openai.BadRequestError, match="speculative"):
        client.chat.completions.create(
            model="SmolLM2 135M (built-in)",
            messages=messages,  # type: ignore[arg-type]
            extra_body={"speculative": "yes"},
        )
