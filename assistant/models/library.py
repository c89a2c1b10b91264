"""The models the user can run: the built-in starter, files in the models folder, and
GGUFs elsewhere registered in place (imported or discovered)."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from assistant.engine.gguf_check import quantization_name, read_header
from assistant.ground import atomic
from assistant.ground.errors import UserError
from assistant.models import discovery, settle
from assistant.models.kinds import Kind, model_kind
from assistant.models.quant import split_info
from assistant.models.starter import HOW_TO_GET_A_MODEL, STARTER_NAME, starter_model_path

log = logging.getLogger(__name__)


def model_slug(file_name: str) -> str:
    """A stable id for programs: the file's name in lower case, runs of anything but
    letters, digits and underscores made one hyphen ("SmolLM2-135M-Instruct.Q4_1.gguf"
    -> "smollm2-135m-instruct-q4_1")."""
    stem = file_name.removesuffix(".gguf")
    return re.sub(r"[^a-z0-9_]+", "-", stem.lower()).strip("-") or "model"


@dataclass(frozen=True)
class LocalModel:
    """A model file on this machine."""

    name: str  # shown to people
    path: Path
    size_bytes: int
    builtin: bool = False
    in_place: bool = False  # registered where it lies, not in the models folder

    @property
    def slug(self) -> str:
        """The id programs use (the API, scripts): from the file name, stable."""
        return model_slug(self.path.name)


@dataclass(frozen=True)
class ModelInfo:
    """Facts from a GGUF header, read without loading the model."""

    architecture: str
    parameters: int
    quantization: str
    trained_context: int
    license: str
    has_chat_template: bool
    size_bytes: int


def model_info(path: Path) -> ModelInfo:
    h = read_header(path)
    meta = h.metadata
    return ModelInfo(
        architecture=h.architecture,
        parameters=h.parameters,
        quantization=quantization_name(meta.get("general.file_type"), str(path)),
        trained_context=h.arch_int("context_length"),
        license=str(meta.get("general.license", "")),
        has_chat_template=bool(meta.get("tokenizer.chat_template")),
        size_bytes=path.stat().st_size,
    )


def parts_of(path: Path) -> list[Path]:
    """Every file of a model: the parts of a split GGUF, else the file itself."""
    split = split_info(path.name)
    if split is None:
        return [path]
    return sorted(path.parent.glob(f"{split.stem}-*-of-{split.count:05d}.gguf"))


def _is_first_part(path: Path) -> bool:
    split = split_info(path.name)
    return split is None or split.index == 1


class ModelLibrary:
    """Lists, resolves, imports, discovers and removes local models."""

    def __init__(self, models_dir: Path, registry: Path | None = None) -> None:
        self.models_dir = models_dir
        self.registry = registry or models_dir.parent / "registered-models.json"

    # -- registry of in-place models -----------------------------------------------------

    def _registry(self) -> tuple[list[str], dict[str, str]]:
        """Paths of models used in place, and the names other apps gave some of them."""
        try:
            data = json.loads(self.registry.read_text(encoding="utf-8"))
            names = data.get("names", {})
            if not isinstance(names, dict):
                names = {}
            return [str(p) for p in data.get("paths", [])], {
                str(k): str(v) for k, v in names.items()
            }
        except FileNotFoundError:
            return [], {}
        except (ValueError, OSError, AttributeError, TypeError) as exc:
            log.warning("model registry %s unreadable: %s", self.registry, exc)
            return [], {}

    def _registered(self) -> list[str]:
        return self._registry()[0]

    def _save_registered(self, paths: list[str], names: dict[str, str] | None = None) -> None:
        kept = set(paths)
        old = {k: v for k, v in self._registry()[1].items() if k in kept}
        data = {"paths": sorted(kept), "names": {**old, **(names or {})}}
        atomic.write_text(self.registry, json.dumps(data, indent=1))

    # -- listing ---------------------------------------------------------------------------

    def installed(self, kind: Kind | None = "chat") -> list[LocalModel]:
        """The models on this machine for ``kind`` (chat models by default; embedding
        models are for documents; None: all)."""
        models = self._all()
        return models if kind is None else [m for m in models if model_kind(m.path) == kind]

    def embedding_model(self, name: str) -> Path:
        """The embedding model the user named (by name or path)."""
        for m in self.installed("embedding"):
            if name.lower() in (m.name.lower(), m.path.name.lower(), m.slug, str(m.path).lower()):
                return m.path
        path = Path(name).expanduser()
        if path.is_file() and model_kind(path) == "embedding":
            return path
        known = ", ".join(m.name for m in self.installed("embedding")) or "none downloaded"
        raise UserError(
            f"No embedding model named '{name}' (embedding models: {known}; the built-in "
            "all-MiniLM-L6-v2 needs no download)."
        )

    def _all(self) -> list[LocalModel]:
        models: list[LocalModel] = []
        starter = starter_model_path()
        if starter is not None:
            models.append(LocalModel(STARTER_NAME, starter, starter.stat().st_size, True))
        if self.models_dir.is_dir():
            for path in sorted(self.models_dir.glob("*.gguf")):
                if path.is_file() and _is_first_part(path):
                    models.append(LocalModel(path.stem, path, path.stat().st_size))
        paths, names = self._registry()
        for p in paths:
            path = Path(p)
            if path.is_file():
                name = names.get(p, path.stem)
                models.append(LocalModel(name, path, path.stat().st_size, in_place=True))
        return models

    def resolve(self, name: str | None, default: str = "") -> LocalModel:
        """Find a model by name or path; with no name, the default, else the first one."""
        wanted = name or default
        if wanted and (os.sep in wanted or wanted.endswith(".gguf")):
            path = Path(wanted).expanduser()
            if path.exists() or os.sep in wanted:
                return LocalModel(path.stem, path, path.stat().st_size if path.exists() else 0)
        models = self.installed()
        if wanted:
            low = wanted.lower()
            for m in models:
                if low in (m.name.lower(), m.path.name.lower(), m.path.stem.lower(), m.slug):
                    return m
            if name:  # an explicit request that matches nothing
                names = ", ".join(m.name for m in models) or "none installed"
                raise UserError(f"No model named '{name}'. Available: {names}.")
        if not models:
            raise UserError(HOW_TO_GET_A_MODEL)
        return models[0]

    # -- changes ---------------------------------------------------------------------------

    def import_file(self, source: Path, copy: bool = True) -> LocalModel:
        """Add a GGUF: copied into the models folder (atomically), or registered in place."""
        source = source.expanduser().resolve()
        read_header(source)  # a clear error for anything that is not a sound GGUF
        if not copy:
            self._save_registered([*self._registered(), str(source)])
            return LocalModel(source.stem, source, source.stat().st_size, in_place=True)
        self.models_dir.mkdir(parents=True, exist_ok=True)
        target = self.models_dir / source.name
        if target.exists():
            raise UserError(f"A model named {source.name} is already in the models folder.")
        free = shutil.disk_usage(self.models_dir).free
        if free < source.stat().st_size:
            raise UserError(f"Not enough free disk to copy {source.name} into {self.models_dir}.")
        tmp = self.models_dir / f".{source.name}.importing"
        try:
            shutil.copyfile(source, tmp)
            settle.forget(target)  # a marker left by an unfinished download of that name
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserError(f"Could not copy {source.name}: {exc.strerror}.") from exc
        return LocalModel(target.stem, target, target.stat().st_size)

    def discover(
        self, folders: list[Path] | None = None, home: Path | None = None
    ) -> list[LocalModel]:
        """Register GGUFs that other apps already downloaded (models/discovery.py), under
        the names they have there, without copying them."""
        known = {str(m.path.resolve()) for m in self.installed(None)}
        candidates = (
            (f for folder in folders for f in discovery.gguf_files("folder", folder))
            if folders is not None
            else discovery.find_all(home)
        )
        found: list[LocalModel] = []
        for item in candidates:
            real = item.path.resolve()
            if str(real) in known or not real.is_file() or not _is_first_part(real):
                continue
            if "mmproj" in item.path.name.lower():
                continue
            try:
                read_header(real)
            except UserError as exc:
                log.info("discover: skipping %s: %s", item.path, exc)
                continue
            known.add(str(real))
            # Hugging Face cache files are symlinks to blobs: keep the readable path.
            found.append(LocalModel(item.name, item.path, real.stat().st_size, in_place=True))
        if found:
            self._save_registered(
                [*self._registered(), *(str(m.path) for m in found)],
                {str(m.path): m.name for m in found},
            )
        return found

    def remove(self, model: LocalModel) -> str:
        """Delete a model from the models folder, or forget one registered in place."""
        if model.builtin:
            raise UserError("The built-in model cannot be removed (uninstall the 'starter' extra).")
        registered = self._registered()
        if str(model.path) in registered:
            self._save_registered([p for p in registered if p != str(model.path)])
            return f"Forgot {model.name}; the file itself was left at {model.path}."
        try:
            model.path.resolve().relative_to(self.models_dir.resolve())
        except ValueError:
            raise UserError(f"{model.path} is not in the models folder; not deleting it.") from None
        for p in parts_of(model.path):
            p.unlink(missing_ok=True)
            settle.forget(p)
        return f"Deleted {model.name} ({model.size_bytes / 2**20:.0f} MiB)."
