"""The one owner of "the active model": a local GGUF file in the engine child or a
remote OpenAI-compatible server. The CLI, the server and the window all ask it which
model is active and which engine answers; nothing else swaps engines."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import psutil

from assistant.engine.backend import ChatEngine, LoadOptions, ModelFacts, ResumeOptions
from assistant.engine.host import EngineHost
from assistant.ground.errors import UserError
from assistant.ground.model_settings import ModelSettings, read_template, valid_sampling
from assistant.ground.settings import RemoteServer, Settings
from assistant.models import settle
from assistant.models.library import LocalModel, ModelLibrary, parts_of

if TYPE_CHECKING:
    from assistant.engine.remote import RemoteBackend


def model_identity(path: str) -> str:
    """Cheap identity of a model file (hashing GBs per answer would be too slow)."""
    st = os.stat(path)
    return f"size:{st.st_size}:mtime:{st.st_mtime_ns}"


@dataclass(frozen=True)
class ActiveModel:
    """What answers now: a local file (``local``) or a remote server (``server``)."""

    kind: Literal["local", "remote"]
    facts: ModelFacts
    local: LocalModel | None = None
    server: RemoteServer | None = None
    remote_model: str = ""  # the model id the server answers with

    @property
    def is_remote(self) -> bool:
        return self.kind == "remote"

    @property
    def name(self) -> str:
        """The name the user knows it by (menus, banners)."""
        if self.server is not None:
            return self.server.name
        return self.local.name if self.local is not None else self.facts.name

    @property
    def endpoint(self) -> str | None:
        """The server's URL for a remote model; None when nothing leaves the machine."""
        return self.server.url if self.server is not None else None

    @property
    def record_name(self) -> str:
        """What a conversation records as its model: the file name or the server's name."""
        return self.name if self.is_remote else os.path.basename(self.facts.path)

    @property
    def identity(self) -> str:
        """Which exact model wrote an answer (the file's identity, or URL and model id)."""
        if self.server is not None:
            return f"{self.server.url}#{self.remote_model}"
        return model_identity(self.facts.path)

    def describe(self) -> str:
        """One line about the model, for tooltips and the About box."""
        f = self.facts
        if self.server is not None:
            return f"{self.remote_model} at {self.server.url}"
        return (
            f"{f.architecture}, {f.parameters / 1e6:.0f}M parameters, "
            f"{f.quantization}, context {f.context}"
        )


class ModelSession:
    """Loads models by name (a local model or a remote server the user added), keeps
    track of the active one and hands out the engine that answers for it."""

    def __init__(
        self,
        engine: EngineHost,
        library: ModelLibrary,
        settings: Callable[[], Settings],
        states_dir: Path | None = None,
    ) -> None:
        self.engine = engine  # the local engine child's host, always there
        self._states_dir = states_dir
        self.library = library
        self._settings = settings
        self._remote: RemoteBackend | None = None
        self._lock = threading.Lock()
        self.active: ActiveModel | None = None
        self._loaded_with: LoadOptions | None = None  # the active local model's options

    @property
    def backend(self) -> ChatEngine:
        """The engine chats go to: the remote server's client or the local engine."""
        return self._remote if self._remote is not None else self.engine

    def load_options(self, model_file: str = "") -> LoadOptions:
        """How to load models (``model_file``: with that model's own settings)."""
        s = self._settings()
        own = s.model(model_file)
        layers = s.model_offload_layers.get(model_file, s.offload_layers)
        return LoadOptions(
            n_ctx=own.context_length or s.context_length,
            n_threads=own.threads or s.effective_threads(),
            n_gpu_layers=own.gpu_layers if own.gpu_layers is not None else layers,
            n_batch=own.batch_size or LoadOptions.n_batch,
            parallel=max(0, s.parallel_answers),
            chat_template=read_template(own.chat_template_file) if own.chat_template_file else "",
            speculative=s.speculative_decoding,
            resume=ResumeOptions(
                directory=str(self._states_dir) if self._states_dir else "",
                disk_bytes=max(0, s.resume_cache_mb) << 20,
                ram_bytes=min(ResumeOptions.ram_bytes, psutil.virtual_memory().total // 16),
            ),
        )

    def needs_reload(self) -> bool:
        """Whether the settings now ask for other load options than the local model in
        use was loaded with (a context length, a template file...)."""
        active, loaded = self.active, self._loaded_with
        if active is None or active.local is None or loaded is None:
            return False
        try:
            return self.load_options(active.local.path.name) != loaded
        except UserError:
            return True  # e.g. an unreadable template file: the reload will say so

    def own_settings(self) -> ModelSettings:
        """The active local model's own settings (none for a remote model)."""
        active = self.active
        if active is None or active.local is None:
            return ModelSettings()
        return self._settings().model(active.local.path.name)

    def sampling_defaults(self) -> dict[str, Any]:
        """Sampling for the active model where a preset or request sets none: the user's
        settings for it, else what its GGUF recommends."""
        active = self.active
        if active is None:
            return {}
        return {**valid_sampling(active.facts.recommended), **self.own_settings().sampling()}

    def system_prompt(self) -> str | None:
        """The active model's own system prompt for new chats, if the user set one."""
        return self.own_settings().system_prompt or None

    def server(self, name: str | None) -> RemoteServer | None:
        """The remote server the user added under ``name``, if any."""
        return self._settings().remotes.get(name or "")

    def load_local(self, name: str | None = None) -> ActiveModel:
        """Load a local model (or the default one) and make it the active model."""
        model = self.library.resolve(name, self._settings().default_model)
        for part in parts_of(model.path):
            settle.check(part)  # a download cut short by a power loss is caught here
        options = self.load_options(model.path.name)
        facts = self.engine.load(str(model.path), options)
        active = ActiveModel("local", facts, local=model)
        with self._lock:
            remote, self._remote = self._remote, None
            self.active, self._loaded_with = active, options
        if remote is not None:
            remote.close()
        return active

    def use(self, name: str | None = None) -> ActiveModel:
        """Make the named model, local or remote, the active one. A failure keeps the
        model in use as it was."""
        server = self.server(name)
        return self.load_local(name) if server is None else self.use_server(server)

    def use_server(self, server: RemoteServer) -> ActiveModel:
        """Make a remote server's model the active one (it answers first, or raises)."""
        from assistant.engine.remote import RemoteBackend

        backend = RemoteBackend(server)
        try:
            facts = backend.load()
        except BaseException:
            backend.close()
            raise
        active = ActiveModel("remote", facts, server=server, remote_model=backend.model_id)
        with self._lock:
            old, self._remote = self._remote, backend
            self.active = active
        if old is not None:
            old.close()
        return active

    def cancel(self) -> None:
        """Stop what the active model is doing (an answer, a prompt, a load)."""
        self.engine.cancel()
        remote = self._remote
        if remote is not None:
            remote.cancel()

    def close(self) -> None:
        with self._lock:
            remote, self._remote = self._remote, None
        if remote is not None:
            remote.close()
        self.engine.close()
