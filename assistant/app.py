"""Composition root: builds the core services the CLI and the window share."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.chat import ChatService
from assistant.engine.backend import LoadOptions, ModelFacts
from assistant.engine.host import EngineHost
from assistant.logs import setup_logging
from assistant.models import settle
from assistant.models.library import LocalModel, ModelLibrary, parts_of
from assistant.paths import AppPaths, app_paths
from assistant.settings import Settings
from assistant.store.repository import Repository

if TYPE_CHECKING:
    from assistant.engine.remote import RemoteConfig

log = logging.getLogger(__name__)


@dataclass
class Core:
    """The app's services, wired once per process."""

    paths: AppPaths
    settings: Settings
    library: ModelLibrary
    engine: EngineHost

    @cached_property
    def repo(self) -> Repository:
        """The history database, opened on first use (recovery notes are logged)."""
        repo = Repository(self.paths.database)
        for note in repo.notes:
            log.warning("history: %s", note)
        return repo

    @cached_property
    def chat(self) -> ChatService:
        return ChatService(self.engine, self.repo)

    def load_options(self, model_file: str = "") -> LoadOptions:
        """How to load models (``model_file``: with that model's own GPU setting)."""
        s = self.settings
        layers = s.model_offload_layers.get(model_file, s.offload_layers)
        return LoadOptions(
            n_ctx=s.context_length, n_threads=s.effective_threads(), n_gpu_layers=layers
        )

    def load_model(self, name: str | None = None) -> tuple[LocalModel, ModelFacts]:
        """Load the named model (or the default one) into the engine."""
        model = self.library.resolve(name, self.settings.default_model)
        for part in parts_of(model.path):
            settle.check(part)  # a download cut short by a power loss is caught here
        facts = self.engine.load(str(model.path), self.load_options(model.path.name))
        return model, facts

    def remote(self, name: str | None) -> RemoteConfig | None:
        """The remote server the user added under ``name``, if any."""
        cfg = self.settings.remotes.get(name or "")
        if not isinstance(cfg, dict) or not isinstance(cfg.get("url"), str):
            return None
        from assistant.engine.remote import RemoteConfig

        return RemoteConfig(name or "", cfg["url"], cfg.get("api_key", ""), cfg.get("model", ""))

    def use(self, name: str | None = None) -> ModelFacts:
        """Make the named model, local or remote, the one chats use."""
        config = self.remote(name)
        if config is None:
            facts = self.load_model(name)[1]
            self.use_local()
            return facts
        from assistant.engine.remote import RemoteBackend

        backend = RemoteBackend(config)
        facts = backend.load()  # a failure keeps the model in use as it was
        self.use_local()
        self.chat.engine = backend
        return facts

    def use_local(self) -> None:
        """Chats go to the local engine again (after a remote model)."""
        if self.chat.engine is not self.engine:
            self.chat.engine.close()
            self.chat.engine = self.engine

    @property
    def remote_in_use(self) -> bool:
        return "chat" in self.__dict__ and self.chat.engine is not self.engine

    def close(self) -> None:
        if self.remote_in_use:
            self.chat.engine.close()
        self.engine.close()
        if "repo" in self.__dict__:
            self.repo.close()


def build_core(home: str | None = None) -> Core:
    paths = app_paths(home).ensure()
    setup_logging(paths)
    settings = Settings.load(paths.settings_file)
    models_dir = Path(settings.models_dir).expanduser() if settings.models_dir else paths.models
    engine = EngineHost(logs_dir=str(paths.logs))
    core = Core(paths, settings, ModelLibrary(models_dir), engine)
    core.engine.options = core.load_options()
    return core
