"""Composition root: builds the core services the CLI, the server and the window share."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.engine.host import EngineHost
from assistant.ground.adapter_choice import parse as parse_adapters
from assistant.ground.errors import UserError
from assistant.ground.logs import setup_logging
from assistant.ground.paths import AppPaths, app_paths
from assistant.ground.settings import Settings, SettingsStore
from assistant.models.library import ModelLibrary
from assistant.personal.adapters import AdapterLibrary, chosen
from assistant.personal.memory import Recall
from assistant.services.chat import ChatService, state_owner
from assistant.services.session import ModelSession
from assistant.store.repository import Repository

if TYPE_CHECKING:
    from assistant.documents.library import Documents
    from assistant.tools.loop import Approve, Toolbox
    from assistant.tools.mcp_client import McpHub
    from assistant.tools.mcp_config import ServerConfig

log = logging.getLogger(__name__)

# Settings a loaded model was loaded with: changing one needs a reload.
RELOAD_SETTINGS = frozenset(
    {"context_length", "threads", "offload_layers", "model_offload_layers", "parallel_answers"}
)
# A deleted chat can be brought back (Undo, `history restore`) this long; then the
# window removes it for good.
TRASH_DAYS = 30
# Settings the engine applies from the next answer on.
ENGINE_SETTINGS = RELOAD_SETTINGS | {"speculative_decoding", "resume_cache_mb"}


@dataclass
class Core:
    """The app's services, wired once per process."""

    paths: AppPaths
    config: SettingsStore  # the settings' one owner: reads and every change
    library: ModelLibrary
    models: ModelSession  # the active model, local or remote

    @property
    def settings(self) -> Settings:
        """The settings now in force (read-only: change them through ``config``)."""
        return self.config.current

    @property
    def engine(self) -> EngineHost:
        """The local engine child (summaries, token counts, the API server)."""
        return self.models.engine

    @cached_property
    def repo(self) -> Repository:
        """The history database, opened on first use (recovery notes are logged)."""
        repo = Repository(self.paths.database)
        for note in repo.notes:
            log.warning("history: %s", note)
        return repo

    @cached_property
    def documents(self) -> Documents:
        """Document collections, their index and search (opened on first use)."""
        from assistant.documents.library import Documents

        docs = Documents(self.repo, self.paths.documents_index, self.engine, self.paths.data)
        docs.use_model(self.embedding_model_path(self.settings))
        return docs

    def embedding_model_path(self, settings: Settings) -> Path | None:
        """The embedding model the settings name (None: the built-in one). A model that
        is gone falls back to the built-in one, with a log line."""
        if not settings.embedding_model:
            return None
        try:
            return self.library.embedding_model(settings.embedding_model)
        except UserError as exc:
            log.warning("documents: %s", exc)
            return None

    @cached_property
    def mcp(self) -> McpHub:
        """The person's MCP servers (mcp.json), each started when first needed."""
        from assistant.tools.mcp_client import McpHub
        from assistant.tools.mcp_config import read

        return McpHub(read(self.paths.mcp_servers), logs=self.paths.logs / "mcp-servers.log")

    def chat_toolbox(
        self, conversation_id: int, ask: Approve, cancelled: Callable[[], bool]
    ) -> tuple[Toolbox | None, list[str]]:
        """The tools a chat has turned on (None: off), calls approved by ``ask`` unless
        the person always allows the tool; with the problems of servers left out."""
        from assistant.tools.chat_tools import Approval, ChatTools, chat_toolbox

        params = self.repo.conversation(conversation_id).params_dict
        choice = ChatTools.of(params)
        if not choice.on:
            return None, []
        collections = params.get("documents") or []
        memories = None if params.get("private") else self.chat.memories
        return chat_toolbox(
            choice,
            self.mcp if self.paths.mcp_servers.exists() else None,
            Approval(lambda: self.settings.tools_allowed, ask),
            self.settings.tools_max_steps,
            collections,
            self.documents.search if collections else None,
            cancelled,
            memories.add if memories is not None else None,
        )

    def save_mcp_servers(self, servers: dict[str, ServerConfig]) -> None:
        """Write mcp.json and apply it (a server removed or turned off stops)."""
        from assistant.tools.mcp_config import write

        write(self.paths.mcp_servers, servers)
        self.mcp.update(servers)

    @cached_property
    def chat(self) -> ChatService:
        # Many memories are searched with the documents' embedding model.
        recall = Recall(lambda texts: self.documents.embeddings.embed(texts, background=False)[0])
        return ChatService(self.models, self.repo, self.documents, recall, self.turn_adapters)

    @cached_property
    def adapters(self) -> AdapterLibrary:
        """The LoRA adapters among the models."""
        return AdapterLibrary(self.library)

    def turn_adapters(
        self, chat: dict[str, Any], preset_id: str | None
    ) -> tuple[tuple[str, float], ...]:
        """The adapter files of a turn in a chat (its params) under a preset: the chat's
        choice, else the preset's, else the model's; none for a remote model."""
        from assistant.presets import PresetLibrary

        active = self.models.active
        if active is None or active.local is None:
            return ()
        preset = ""
        if preset_id and "adapters" not in chat:
            try:
                preset = PresetLibrary(self.paths.user_presets).get(preset_id).adapters
            except UserError:
                preset = ""  # a preset removed since: the model's choice
        text = chosen(chat, preset, self.models.own_settings().adapters)
        return self.adapters.files(parse_adapters(text), active.local.path)

    def delete_chat(self, conversation_id: int) -> None:
        """Delete a chat (``repo.undo_delete`` brings it back) and at once the engine's
        saved states of it: they hold its words, and nothing is left to resume."""
        self.repo.delete(conversation_id)
        self.forget_chat_states(conversation_id)

    def empty_trash(self) -> int:
        """Remove for good the chats deleted more than TRASH_DAYS ago; how many."""
        removed = self.repo.purge(older_than=time.time() - TRASH_DAYS * 86400)
        if removed:
            log.info("history: %d chats deleted over %d days ago removed", removed, TRASH_DAYS)
        return removed

    def forget_chat_states(self, conversation_id: int) -> None:
        """Delete the engine's saved states of a chat (files now, RAM copies next)."""
        self.engine.clear_saved_states(state_owner(conversation_id))

    def _settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        if changed & ENGINE_SETTINGS:
            self.engine.options = self.models.load_options()
        if "embedding_model" in changed and "documents" in self.__dict__:
            self.documents.use_model(self.embedding_model_path(settings))
        if "models_dir" in changed:  # the menus and the manager list the new folder at once
            self.library.models_dir = models_dir_of(settings, self.paths)

    def close(self) -> None:
        if "mcp" in self.__dict__:  # their child processes end with the app
            self.mcp.close()
        self.models.close()
        if "documents" in self.__dict__:
            self.documents.close()
        if "repo" in self.__dict__:
            self.repo.close()


def models_dir_of(settings: Settings, paths: AppPaths) -> Path:
    """The folder models are downloaded to and listed from (the settings' or the app's)."""
    return Path(settings.models_dir).expanduser() if settings.models_dir else paths.models


def build_core(home: str | None = None) -> Core:
    paths = app_paths(home).ensure()
    setup_logging(paths)
    config = SettingsStore(paths.settings_file)
    library = ModelLibrary(models_dir_of(config.current, paths))
    session = ModelSession(
        EngineHost(logs_dir=str(paths.logs)), library, lambda: config.current, paths.states
    )
    core = Core(paths, config, library, session)
    core.engine.options = session.load_options()
    config.subscribe(core._settings_changed)
    return core
