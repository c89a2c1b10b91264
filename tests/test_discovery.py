"""Models other apps downloaded, found and used in place (models/discovery.py), in
fixture folders laid out like Ollama's, LM Studio's, GPT4All's, Jan's and the Hugging
Face cache. The files are hard links to the real starter model (no copies)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant.models.library import ModelLibrary
from tests.fixtures.lora import write_lora

DIGEST = "sha256:" + "ab" * 32


def link(starter: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(starter, target)
    except OSError:  # another file system: a copy
        target.write_bytes(starter.read_bytes())
    return target


def ollama(home: Path, starter: Path) -> None:
    root = home / ".ollama" / "models"
    link(starter, root / "blobs" / DIGEST.replace(":", "-"))
    (root / "blobs" / ("sha256-" + "cd" * 32)).write_text("{}", encoding="utf-8")  # a params layer
    manifest = {
        "schemaVersion": 2,
        "layers": [
            {"mediaType": "application/vnd.ollama.image.model", "digest": DIGEST, "size": 1},
            {"mediaType": "application/vnd.ollama.image.params", "digest": "sha256:" + "cd" * 32},
        ],
    }
    other = "sha256:" + "12" * 32  # a second model (the same bytes, another blob)
    link(starter, root / "blobs" / other.replace(":", "-"))
    for where, digest in (
        ("registry.ollama.ai/library/smollm2/135m", DIGEST),
        ("registry.ollama.ai/someone/tiny/latest", other),
    ):
        path = root / "manifests" / where
        path.parent.mkdir(parents=True, exist_ok=True)
        manifest["layers"][0]["digest"] = digest  # type: ignore[index]
        path.write_text(json.dumps(manifest), encoding="utf-8")
    # A Modelfile's ADAPTER: the base's blob, and an adapter layer.
    adapter = "sha256:" + "ad" * 32
    write_lora(root / "blobs" / adapter.replace(":", "-"), starter)
    legal = root / "manifests/registry.ollama.ai/library/smollm2-legal/latest"
    legal.parent.mkdir(parents=True)
    layers = [
        {"mediaType": "application/vnd.ollama.image.model", "digest": DIGEST, "size": 1},
        {"mediaType": "application/vnd.ollama.image.adapter", "digest": adapter, "size": 1},
    ]
    legal.write_text(json.dumps({"schemaVersion": 2, "layers": layers}), encoding="utf-8")
    # Damaged or dangling manifests are skipped.
    bad = root / "manifests/registry.ollama.ai/library/broken/latest"
    bad.parent.mkdir(parents=True)
    bad.write_text("{not json", encoding="utf-8")
    gone = root / "manifests/registry.ollama.ai/library/gone/latest"
    gone.parent.mkdir(parents=True)
    missing = {
        "layers": [
            {"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:" + "ef" * 32}
        ]
    }
    gone.write_text(json.dumps(missing), encoding="utf-8")


@pytest.fixture
def home(tmp_path: Path, starter: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "userhome"
    ollama(home, starter)
    link(starter, home / ".lmstudio/models/bartowski/SmolLM2-GGUF/SmolLM2-135M-Q4_1.gguf")
    link(starter, home / ".local/share/nomic.ai/GPT4All/smollm2-gpt4all.Q4_1.gguf")
    link(starter, home / ".local/share/Jan/data/llamacpp/models/smollm2-jan/model.gguf")
    (home / ".local/share/Jan/data/llamacpp/models/smollm2-jan/model.yml").write_text("name: x")
    blob = link(starter, home / ".cache/huggingface/hub/models--x--y/blobs/abc")
    snap = home / ".cache/huggingface/hub/models--x--y/snapshots/rev/cached-Q4_1.gguf"
    snap.parent.mkdir(parents=True)
    snap.symlink_to(blob)
    (home / "models").mkdir()
    (home / "models" / "broken.gguf").write_bytes(b"junk")
    (home / "models" / "vision-mmproj-f16.gguf").write_bytes(starter.read_bytes()[:4096])
    for var in ("HF_HOME", "HF_HUB_CACHE", "OLLAMA_MODELS", "XDG_DATA_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(home))
    return home


def test_other_apps_models_are_found_by_their_names_and_used_in_place(
    home: Path, tmp_path: Path
) -> None:
    lib = ModelLibrary(tmp_path / "models")
    found = {m.name: m for m in lib.discover(home=home)}
    assert set(found) == {
        "smollm2:135m",  # Ollama's library namespace is left out, as `ollama list` does
        "someone/tiny:latest",
        "SmolLM2-135M-Q4_1",  # LM Studio
        "smollm2-gpt4all.Q4_1",  # GPT4All
        "smollm2-jan",  # Jan's model.gguf, named by its folder
        "cached-Q4_1",  # the Hugging Face cache
        "smollm2-legal:latest",  # its adapter (its base is smollm2:135m's blob)
    }
    adapters = lib.installed("adapter")
    assert [a.name for a in adapters] == ["smollm2-legal:latest"]
    assert found["smollm2-legal:latest"].path == adapters[0].path
    assert "smollm2-legal:latest" not in {m.name for m in lib.installed()}  # no chat model
    assert found["smollm2:135m"].path == home / ".ollama/models/blobs" / DIGEST.replace(":", "-")
    assert all(m.in_place for m in found.values())
    assert not any((tmp_path / "models").glob("*"))  # nothing copied
    # Listed (and resolved) under those names from now on, by name or slug.
    listed = {m.name for m in lib.installed(None)}
    assert set(found) <= listed
    assert lib.resolve("smollm2:135m").path == found["smollm2:135m"].path
    assert lib.discover(home=home) == []  # already known


def test_an_ollama_model_answers_in_place(home: Path, tmp_path: Path) -> None:
    from assistant.engine.backend import LoadOptions, SamplingParams
    from assistant.engine.host import EngineHost

    lib = ModelLibrary(tmp_path / "models")
    lib.discover(home=home)
    model = lib.resolve("smollm2:135m")
    with EngineHost(LoadOptions(n_ctx=512, n_threads=2)) as host:
        host.load(str(model.path))
        done = host.complete([{"role": "user", "content": "Say hi."}], SamplingParams(max_tokens=8))
    assert done.completion_tokens > 0
