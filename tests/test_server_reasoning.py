"""A thinking model's answer through the API: the leading <think> block comes back as
``reasoning_content`` beside ``content`` (plain and streamed, as llama-server and vLLM
return it), stop sequences apply to the answer only. Real HTTP on 127.0.0.1; the engine
is scripted (tests/fixtures/fake_engine.py), since the starter model does not think."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from assistant.app import Core, build_core
from assistant.presets import PresetLibrary
from assistant.server.run import ApiServer
from tests.conftest import free_port
from tests.fixtures.fake_engine import FakeEngine

THOUGHT = ["<thi", "nk>\nThe user", " wants a colour.", " Say blue.\n</th", "ink>\n\n", "Blue", "."]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Core, ApiServer, FakeEngine]]:
    core = build_core(str(tmp_path / "home"))
    core.models.engine.close()
    fake = FakeEngine()
    core.models.engine = fake  # type: ignore[assignment]
    core.models.load_local()
    server = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port())
    server.start()
    yield core, server, fake
    server.stop()
    core.close()


def test_reasoning_comes_back_beside_the_answer(
    served: tuple[Core, ApiServer, FakeEngine], request: pytest.FixtureRequest
) -> None:
    _, server, fake = served
    fake.script = THOUGHT
    client = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0, timeout=30)
    request.addfinalizer(client.close)
    msgs = [{"role": "user", "content": "Pick a colour."}]
    out = client.chat.completions.create(model="default", messages=msgs)  # type: ignore[arg-type]
    message = out.choices[0].message.model_dump()
    assert message["content"] == "Blue."
    assert message["reasoning_content"] == "\nThe user wants a colour. Say blue.\n"
    stream = client.chat.completions.create(model="default", messages=msgs, stream=True)  # type: ignore[arg-type]
    content, reasoning = "", ""
    for chunk in stream:
        if chunk.choices:
            delta = chunk.choices[0].delta.model_dump()
            content += delta.get("content") or ""
            reasoning += delta.get("reasoning_content") or ""
    assert (content, reasoning) == ("Blue.", "\nThe user wants a colour. Say blue.\n")


def test_stop_sequences_cut_the_answer_not_the_reasoning(
    served: tuple[Core, ApiServer, FakeEngine],
) -> None:
    _, server, fake = served
    fake.script = ["<think>Blue or red", "?</think>", "Blue, then", " red."]
    r = httpx.post(
        f"{server.url}/chat/completions",
        json={"messages": [{"role": "user", "content": "?"}], "stop": ["red"]},
        timeout=30,
    )
    message = r.json()["choices"][0]["message"]
    assert message["reasoning_content"] == "Blue or red?"
    assert message["content"] == "Blue, then "


def test_answers_without_a_leading_block_are_untouched(
    served: tuple[Core, ApiServer, FakeEngine], request: pytest.FixtureRequest
) -> None:
    _, server, fake = served
    fake.script = ["Just ", "<think>", " an answer."]
    client = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0, timeout=30)
    request.addfinalizer(client.close)
    out = client.chat.completions.create(
        model="default",
        messages=[{"role": "user", "content": "hi"}],  # type: ignore[list-item]
    )
    message = out.choices[0].message.model_dump()
    assert message["content"] == "Just <think> an answer." and not message.get("reasoning_content")


def test_chat_template_kwargs_turn_thinking_off(
    served: tuple[Core, ApiServer, FakeEngine], request: pytest.FixtureRequest
) -> None:
    _, server, fake = served
    client = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0, timeout=30)
    request.addfinalizer(client.close)
    msgs = [{"role": "user", "content": "Pick a colour."}]
    client.chat.completions.create(
        model="default",
        messages=msgs,  # type: ignore[arg-type]
        extra_body={"chat_template_kwargs": {"enable_thinking": False}},
    )
    assert fake.params[-1].think is False
    client.chat.completions.create(model="default", messages=msgs)  # type: ignore[arg-type]
    assert fake.params[-1].think is None
    bad = httpx.post(
        f"{server.url}/chat/completions",
        json={"messages": msgs, "chat_template_kwargs": {"enable_thinking": "no"}},
        timeout=30,
    )
    assert bad.status_code == 400 and "enable_thinking" in bad.json()["error"]["message"]
