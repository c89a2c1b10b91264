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
def core(tmp_path_factory: pytest.TempPathFactory, starter: Path) -> Iterator[Core]:
    core: Core = build_core(str(tmp_path_factory.mktemp("embed-home")))
    core.config.change(context_length=TEST_CTX)
    core.models.load_local()
    yield core
    core.close()


@pytest.fixture(scope="module")
def served(core: Core) -> Iterator[ApiServer]:
    server = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port())
    server.start()
    yield server
    server.stop()


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
        ({"input": [1, 2]}, 400, "token ids is not supported: send the text"),
        ({"input": [[1, 2], [3]]}, 400, "check_embedding_ctx_length=False"),
        ({"input": [1, "x"]}, 400, "non-empty list of strings"),
        ({"input": {"text": "x"}}, 400, "non-empty list of strings"),
        ({"input": "x", "encoding_format": "hex"}, 400, "encoding_format"),
        ({"input": "x", "model": "text-embedding-3-small"}, 404, "all-minilm-l6-v2"),
        ({"input": ["x"] * 3000}, 400, "At most 2048"),
    ],
)
def test_bad_embedding_requests(served: ApiServer, body: dict, status: int, words: str) -> None:  # type: ignore[type-arg]
    r = httpx.post(f"{served.url}/embeddings", json=body, timeout=60)
    assert r.status_code == status and words in r.json()["error"]["message"]


def cls_pooled_minilm(out: Path, work: Path) -> Path:
    """all-MiniLM-L6-v2's weights converted with CLS pooling instead of mean: a second,
    real embedding model whose vectors differ from the built-in one's."""
    import json
    import zipfile

    from assistant.models.bert_gguf import convert_bert, minilm_zip

    with zipfile.ZipFile(minilm_zip()) as z:
        z.extractall(work)
    pooling = work / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config))
    return convert_bert(work, out, name="CLS MiniLM")


def test_installed_embedding_models_by_id_and_default_follows_settings(
    served: ApiServer, core: Core, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    core.library.models_dir.mkdir(parents=True, exist_ok=True)
    cls_pooled_minilm(core.library.models_dir / "CLS-MiniLM.gguf", tmp_path)
    request.addfinalizer(lambda: core.config.change(embedding_model=""))
    client = openai.OpenAI(base_url=served.url, api_key="x", max_retries=0, timeout=120)
    request.addfinalizer(client.close)
    text = "Either party may end the contract with three months' notice."

    def embed(model: str) -> tuple[str, list[float]]:
        out = client.embeddings.create(model=model, input=text, encoding_format="float")
        return out.model, out.data[0].embedding

    built_in = embed("all-minilm-l6-v2")
    other = embed("cls-minilm")
    assert other[0] == "cls-minilm" and len(other[1]) == 384
    assert cosine(built_in[1], other[1]) < 0.99  # another model, other vectors
    assert embed("default") == built_in
    # "default" is the model documents use: the API's vectors match the collections'.
    core.config.change(embedding_model="cls-minilm")
    assert embed("default") == other
    missing = httpx.post(f"{served.url}/embeddings", json={"input": "x", "model": "bge"})
    assert missing.status_code == 404
    assert "all-minilm-l6-v2, cls-minilm" in missing.json()["error"]["message"]


def test_chat_from_a_collection_with_the_openai_client(
    served: ApiServer, core: Core, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    from tests.test_doc_collections import write_corpus

    docs = core.documents
    docs.add("papers", [write_corpus(tmp_path / "papers")])
    assert docs.sync("papers").added == 7
    client = openai.OpenAI(base_url=served.url, api_key="x", max_retries=0, timeout=120)
    request.addfinalizer(client.close)
    ids = [m.id for m in client.models.list().data]
    assert "docs:papers" in ids
    question = [{"role": "user", "content": "How many vacation days do employees get?"}]
    # The extension field, as extra_body in the openai client.
    out = client.chat.completions.create(
        model="default",
        messages=question,
        max_tokens=16,
        extra_body={"documents": ["papers"]},  # type: ignore[arg-type]
    )
    sources = out.model_extra["sources"]  # type: ignore[index]
    assert sources[0]["name"] == "handbook.pdf" and sources[0]["page"] == 2
    # The file relative to its collection's folder, never the user's absolute path.
    assert sources[0]["file"] == "handbook.pdf" and "path" not in sources[0]
    assert str(tmp_path) not in out.model_dump_json()
    assert out.usage is not None and out.usage.prompt_tokens > 150  # the passages were read
    # The model alias, for clients that only let people pick a model; streamed.
    stream = client.chat.completions.create(
        model="docs:papers",
        messages=question,
        max_tokens=16,
        stream=True,  # type: ignore[arg-type]
    )
    chunks = list(stream)
    last = next(c for c in chunks if c.choices and c.choices[0].finish_reason)
    assert last.model_extra["sources"][0]["name"] == "handbook.pdf"  # type: ignore[index]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    # Unknown collections and bad fields are clear errors.
    with pytest.raises(openai.NotFoundError, match="No document collection named 'nope'"):
        client.chat.completions.create(model="docs:nope", messages=question, max_tokens=4)  # type: ignore[arg-type]
    bad = httpx.post(
        f"{served.url}/chat/completions",
        json={"messages": question, "documents": 7, "max_tokens": 4},
        timeout=60,
    )
    assert bad.status_code == 400 and "'documents' must be" in bad.json()["error"]["message"]
