"""The models the API offers: local models by stable slug, loading the one a request
names (or refusing, when the window's user chose the model), and what fits its context."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.engine.backend import SamplingParams
from assistant.ground.adapter_choice import API_SEPARATOR, Pick
from assistant.ground.adapter_choice import parse as parse_adapters
from assistant.ground.errors import UserError
from assistant.models.library import model_slug
from assistant.server import protocol

if TYPE_CHECKING:
    from assistant.app import Core


class ServedModels:
    """Names and loading for the API's local models."""

    def __init__(self, core: Core, switch_models: bool) -> None:
        self.core = core
        # In the window the user picks the model; clients must not swap it under them.
        self.switch_models = switch_models

    def load(self, name: str | None) -> str:
        """On the engine thread: make ``name`` (None: the current or default) current."""
        host = self.core.engine
        if name is None and host.facts is not None:
            return self.slug_of(host.facts.path)
        model = self.core.library.resolve(name, self.core.settings.default_model)
        if host.facts is None or host.facts.path != str(model.path):
            if not self.switch_models:
                current = self.slug_of(host.facts.path) if host.facts else "no model"
                raise protocol.ApiError(
                    409,
                    f"The app has {current} loaded; switch models in its window to use "
                    f"{model.name}.",
                    param="model",
                    code="model_not_loaded",
                )
            self.core.models.load_local(str(model.path))
        return model.slug

    def is_current(self, name: str | None) -> bool:
        """Whether ``name`` (None: the current or default) is the loaded model."""
        facts = self.core.engine.facts
        if facts is None:
            return False
        if name is None:
            return True
        return str(self.core.library.resolve(name, self.core.settings.default_model).path) == (
            facts.path
        )

    def slug_of(self, path: str) -> str:
        """The API's id of a model file: its slug (stable, no spaces or brackets)."""
        return model_slug(os.path.basename(path))

    def slugs(self) -> list[str]:
        return [m.slug for m in self.core.library.installed()]

    def known(self, name: str) -> str | None:
        """The slug of the model a client asked for (by slug, display name or file
        name, in any case); None if there is none."""
        low = name.lower()
        for m in self.core.library.installed():
            if low in (m.slug, m.name.lower(), m.path.name.lower(), m.path.stem.lower()):
                return m.slug
        return None

    def adapter_files(
        self, name: str | None, picks: tuple[Pick, ...] | None, preset_adapters: str = ""
    ) -> tuple[tuple[str, float], ...]:
        """The adapter files for a request: those its model id names ("model+adapter"),
        else its preset's, else the model's own setting."""
        facts = self.core.engine.facts
        try:
            if name is None and facts is not None:  # the loaded one (ServedModels.load)
                path = Path(facts.path)
            else:
                path = self.core.library.resolve(name, self.core.settings.default_model).path
            if picks is None:
                own = self.core.settings.model(path.name).adapters
                picks = parse_adapters(preset_adapters or own or "")
            return self.core.adapters.files(picks, path) if picks else ()
        except UserError as exc:
            raise protocol.ApiError(400, str(exc), param="model") from None

    def with_adapters(self) -> list[tuple[str, str]]:
        """Model ids with an adapter ("model+adapter") for /v1/models, with names for
        people: each adapter over each model of its kind."""
        adapters = self.core.adapters.all()
        if not adapters:
            return []
        out: list[tuple[str, str]] = []
        for m in self.core.library.installed():
            for a in self.core.adapters.fitting(m.path):
                out.append((f"{m.slug}{API_SEPARATOR}{a.slug}", f"{m.name} + {a.name}"))
        return out

    def check_room(self, name: str | None, params: SamplingParams) -> None:
        """max_tokens beyond the loaded model's whole context can never be honoured."""
        facts = self.core.engine.facts
        if facts is None or (name is not None and name != self.slug_of(facts.path)):
            return  # another model will be loaded; the engine bounds the answer by its context
        if params.max_tokens > facts.context:
            raise protocol.ApiError(
                400,
                f"'max_tokens' is {params.max_tokens}, more than this model's whole context "
                f"({facts.context} tokens).",
                param="max_tokens",
            )
