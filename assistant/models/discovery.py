"""Models other apps already downloaded, used where they are (no copy): Ollama (its
manifests name GGUF blobs), LM Studio, GPT4All, Jan, the Hugging Face cache and
~/models. Each is found with the name the user knows it by in that app."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
_OLLAMA_ADAPTER_LAYER = "application/vnd.ollama.image.adapter"  # a Modelfile's ADAPTER
_OLLAMA_DEFAULT = ("registry.ollama.ai", "library")
_MANIFEST_LIMIT = 1 << 20  # a manifest is a few hundred bytes; anything huge is not one
# File names that say nothing about the model: the folder names it instead (Jan).
_GENERIC = {"model", "model-q4_k_m", "ggml-model", "gguf"}


@dataclass(frozen=True)
class Found:
    """A model file another app keeps, with its name there and the app."""

    name: str
    path: Path
    app: str


def _data_dirs(home: Path) -> list[Path]:
    """The per-user application data folders of this platform."""
    if sys.platform == "darwin":
        return [home / "Library" / "Application Support"]
    if sys.platform == "win32":
        return [Path(os.environ.get(v, home)) for v in ("APPDATA", "LOCALAPPDATA")]
    return [Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))]


def hf_cache(home: Path) -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]) / "hub"
    return home / ".cache" / "huggingface" / "hub"


def gguf_folders(home: Path | None = None) -> list[tuple[str, Path]]:
    """(app, folder) pairs where other apps keep plain GGUF files."""
    home = home or Path.home()
    folders = [
        ("Hugging Face cache", hf_cache(home)),
        ("LM Studio", home / ".lmstudio" / "models"),
        ("LM Studio", home / ".cache" / "lm-studio" / "models"),
        ("Jan", home / "jan" / "models"),  # Jan before 0.6
        ("models folder", home / "models"),
    ]
    for data in _data_dirs(home):
        folders.append(("GPT4All", data / "nomic.ai" / "GPT4All"))
        folders.append(("Jan", data / "Jan" / "data" / "llamacpp" / "models"))
        folders.append(("Jan", data / "Jan" / "data" / "models"))
    return folders


def ollama_roots(home: Path | None = None) -> list[Path]:
    """Where Ollama keeps models: OLLAMA_MODELS, the user's, and the Linux service's."""
    home = home or Path.home()
    roots = [Path(os.environ["OLLAMA_MODELS"])] if os.environ.get("OLLAMA_MODELS") else []
    roots.append(home / ".ollama" / "models")
    if sys.platform.startswith("linux"):
        roots.append(Path("/usr/share/ollama/.ollama/models"))
    return roots


def ollama_models(root: Path) -> Iterator[Found]:
    """Ollama's models under ``root``: manifests/REGISTRY/NAMESPACE/MODEL/TAG (JSON)
    name the blob of the GGUF (blobs/sha256-HEX), and of its LoRA adapters (a
    Modelfile's ADAPTER), found under the model's name: the person picks them over the
    base as Ollama applies them. A manifest that is damaged or names a missing blob is
    skipped."""
    manifests = root / "manifests"
    if not manifests.is_dir():
        return
    for manifest in sorted(manifests.glob("*/*/*/*")):
        if not manifest.is_file():
            continue
        registry, namespace, model, tag = manifest.relative_to(manifests).parts
        try:
            if manifest.stat().st_size > _MANIFEST_LIMIT:
                continue
            data = json.loads(manifest.read_text(encoding="utf-8"))
            layers = [x for x in data["layers"] if x.get("mediaType") == _OLLAMA_MODEL_LAYER]
            digest = str(layers[0]["digest"])
            adapters = [
                str(x["digest"])
                for x in data["layers"]
                if x.get("mediaType") == _OLLAMA_ADAPTER_LAYER
            ]
        except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            log.info("discover: skipping Ollama manifest %s: %s", manifest, exc)
            continue
        blob = _blob(root, digest)
        if blob is None:
            continue
        name = f"{model}:{tag}"
        if (registry, namespace) != _OLLAMA_DEFAULT:
            name = (
                f"{namespace}/{name}"
                if registry == _OLLAMA_DEFAULT[0]
                else f"{registry}/{namespace}/{name}"
            )
        yield Found(name, blob, "Ollama")
        for adapter in filter(None, (_blob(root, d) for d in adapters)):
            yield Found(name, adapter, "Ollama")


def _blob(root: Path, digest: str) -> Path | None:
    """The blob file of a layer's digest, if it is there (and names no other folder)."""
    if "/" in digest or os.sep in digest:
        return None
    blob = root / "blobs" / digest.replace(":", "-")
    return blob if blob.is_file() else None


def gguf_files(app: str, folder: Path) -> Iterator[Found]:
    """Plain GGUF files under ``folder``, named by their file (or their folder, when the
    file's name is generic: Jan's model.gguf)."""
    for path in sorted(folder.rglob("*.gguf")):
        stem = path.stem
        name = path.parent.name if stem.lower() in _GENERIC else stem
        yield Found(name, path, app)


def find_all(home: Path | None = None) -> Iterator[Found]:
    """Everything other apps keep on this computer (candidates; the library checks them)."""
    for root in ollama_roots(home):
        yield from ollama_models(root)
    for app, folder in gguf_folders(home):
        if folder.is_dir():
            yield from gguf_files(app, folder)
