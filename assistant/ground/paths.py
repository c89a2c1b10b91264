"""Where the app keeps its files. The only module that uses platformdirs.

``ASSISTANT_HOME`` puts every directory under one folder (tests, portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from assistant.ground.private_files import private_dir

APP_NAME = "offline-assistant"


@dataclass(frozen=True)
class AppPaths:
    """The app's directories; created on first use by :meth:`ensure`."""

    data: Path
    config: Path
    cache: Path
    logs: Path
    models: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.toml"

    @property
    def database(self) -> Path:
        return self.data / "history.db"

    @property
    def log_file(self) -> Path:
        return self.logs / "assistant.log"  # logs.LOG_NAME

    @property
    def crash_file(self) -> Path:
        return self.logs / "crash.log"  # logs.CRASH_NAME

    @property
    def downloads(self) -> Path:
        return self.data / "downloads"

    @property
    def states(self) -> Path:
        """Saved conversation states (derived data: deleting them only costs time)."""
        return self.cache / "states"

    @property
    def documents_index(self) -> Path:
        """Passages and vectors of the document collections (derived: rebuilt if lost)."""
        return self.data / "documents.db"

    @property
    def transcripts(self) -> Path:
        """Transcripts added to a document collection, as files the index reads."""
        return self.data / "transcripts"

    @property
    def teaching(self) -> Path:
        """Models being taught: each job's data, working copy, checkpoint and curve."""
        return self.data / "teaching"

    @property
    def mcp_servers(self) -> Path:
        """The person's MCP servers, in the ``mcpServers`` shape other hosts use."""
        return self.config / "mcp.json"

    @property
    def user_presets(self) -> Path:
        return self.config / "presets"

    def ensure(self) -> AppPaths:
        """Create the folders, each readable by this user only (they hold chats, logs,
        saved states and settings)."""
        for d in (self.data, self.config, self.cache, self.logs, self.models):
            private_dir(d)
        return self


def app_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """Return the app's directories, honouring ``ASSISTANT_HOME``."""
    root = home if home is not None else os.environ.get("ASSISTANT_HOME")
    if root:
        base = Path(root).expanduser().resolve()
        return AppPaths(
            data=base / "data",
            config=base / "config",
            cache=base / "cache",
            logs=base / "logs",
            models=base / "data" / "models",
        )
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(
        data=data,
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        models=data / "models",
    )
