"""The adapters on this machine (GGUF LoRA files among the models: downloaded, imported,
found in other apps), what each was made for, and the files a choice comes to for a
model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.engine.gguf_check import read_general
from assistant.ground.adapter_choice import Pick
from assistant.ground.errors import UserError
from assistant.models.library import LocalModel, ModelLibrary, model_slug


@dataclass(frozen=True)
class Adapter:
    """A LoRA adapter file and what its header says it was made for."""

    model: LocalModel  # where it is, its name and size, as the library lists it
    architecture: str  # the kind of model it applies to ("llama", "gemma3"…)
    base: str  # the base model's name, when the file says

    @property
    def name(self) -> str:
        return self.model.name

    @property
    def path(self) -> Path:
        return self.model.path

    @property
    def slug(self) -> str:
        """Its id in API model ids ("model+slug"): from its name (another app's files
        are named by digest)."""
        return model_slug(self.name)

    def describe(self) -> str:
        made_for = self.base or f"a {self.architecture} model"
        return f"{self.name} (for {made_for}, {self.model.size_bytes / 2**20:.0f} MiB)"


def adapter_of(model: LocalModel) -> Adapter:
    general = read_general(model.path)
    return Adapter(
        model,
        str(general.get("general.architecture", "unknown")),
        str(general.get("general.base_model.0.name", "")),
    )


class AdapterLibrary:
    """Adapters are files of the model library of the kind "adapter"."""

    def __init__(self, library: ModelLibrary) -> None:
        self.library = library

    def all(self) -> list[Adapter]:
        return [adapter_of(m) for m in self.library.installed("adapter")]

    def fitting(self, model_path: Path) -> list[Adapter]:
        """The adapters made for this kind of model (the engine checks the layers)."""
        arch = read_general(model_path).get("general.architecture")
        return [a for a in self.all() if a.architecture == arch]

    def find(self, name: str) -> Adapter:
        low = name.lower()
        adapters = self.all()
        for a in adapters:
            if low in (a.name.lower(), a.path.name.lower(), a.path.stem.lower(), a.slug):
                return a
        known = ", ".join(a.name for a in adapters) or "none installed"
        raise UserError(f"No adapter named '{name}'. Adapters: {known}.")

    def files(self, picks: tuple[Pick, ...], model_path: Path) -> tuple[tuple[str, float], ...]:
        """What the engine is given for ``picks`` over the model at ``model_path``;
        UserError for an unknown adapter or one made for another kind of model."""
        arch = read_general(model_path).get("general.architecture")
        out: list[tuple[str, float]] = []
        for pick in picks:
            adapter = self.find(pick.name)
            if adapter.architecture != arch:
                base = f" ({adapter.base})" if adapter.base else ""
                raise UserError(
                    f"The adapter {adapter.name} was made for a {adapter.architecture} "
                    f"model{base}; {model_path.name} is a {arch} model. Choose an adapter "
                    "made for it."
                )
            out.append((str(adapter.path), pick.scale))
        return tuple(out)


def chosen(chat_params: dict[str, Any], preset_adapters: str, model_adapters: str | None) -> str:
    """Which adapters a turn uses: the chat's own choice once it made one (even none),
    else its preset's, else the model's (its settings)."""
    if "adapters" in chat_params:
        return str(chat_params["adapters"] or "")
    return preset_adapters or model_adapters or ""
