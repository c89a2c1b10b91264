"""/v1/embeddings on `assistant serve` with the official openai client over real HTTP:
the default embedding model (all-MiniLM-L6-v2, converted on first use) runs in the
engine child next to the real chat model."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from assistant.app import Core, build_core
from assistant.presets import PresetLibrary
from assistant.server.run import ApiServer
from tests.conftest import TEST_CTX, free_port


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, starter: Path) -> Iterator[ApiServer]:
    core: Core = build_core(str(tmp_path_factory.mktemp("embed-home")))
    core.config.change(context_length=TEST_CTX)
    core.models.load_local()
    server = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port())
    server.start()
    yield server
    server.stop()
    core.close()


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_embeddings_with_the_openai_client(
    served: ApiServer, request: pytest.FixtureRequest
) -> None:
    client = openai.OpenAI(base_url=served.url, api_key="x", max_retries=0, timeout=120)
    request.addfinalizer(client.close)
    texts = [
        "How long is the notice period?",
        "Either party may end the contract with three months' notice.",
        "Bananas are yellow.",
    ]
    # Unasked, the client requests base64 and decodes it; float is asked explicitly.
    for extra in ({}, {"encoding_format": "float"}):
        out = client.embeddings.create(model="all-minilm-l6-v2", input=texts, **extra)  # type: ignore[arg-type]
        vectors = [d.embedding for d in out.data]
        assert [d.index for d in out.data] == [0, 1, 2] and all(len(v) == 384 for v in vectors)
        assert all(abs(math.sqrt(cosine(v, v)) - 1) < 1e-4 for v in vectors)
        assert cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]) + 0.1
        assert out.usage.prompt_tokens > 20
    one = client.embeddings.create(model="default", input="Bananas are yellow.")
    assert cosine(one.data[0].embedding, vectors[2]) > 0.9999
    # The chat model is still there and answers.
    chat = client.chat.completions.create(
        model="default", messages=[{"role": "user", "content": "Say hi."}], max_tokens=8
    )
    assert chat.choices[0].message.content


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"input": []}, 400, "non-empty list"),
        ({"input": [1, 2]}, 400, "non-empty list"),
        ({"input": "x", "encoding_format": "hex"}, 400, "encoding_format"),
        ({"input": "x", "model": "text-embedding-3-small"}, 404, "all-minilm-l6-v2"),
        ({"input": ["x"] * 3000}, 400, "At most 2048"),
    ],
)
def test_bad_embedding_requests(served: ApiServer, body: dict, status: int, words: str) -> None:  # type: ignore[type-arg]
    r = httpx.post(f"{served.url}/embeddings", json=body, timeout=60)
    assert r.status_code == status and words in r.json()["error"]["message"]
