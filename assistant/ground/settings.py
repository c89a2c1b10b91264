"""Typed user settings stored as TOML in the config dir, and their one owner
(:class:`SettingsStore`), which saves every change and tells the parts that care."""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

from assistant.ground.model_settings import ModelSettings

log = logging.getLogger(__name__)


def _default_threads() -> int:
    """One engine thread per physical core this process may use, at most 8.

    Measured with bench/gui.py on 2 cores (the window's work included): 2 threads showed
    138 and 121 tok/s for 300- and 1,500-token answers, 1 thread 106 and 84, so the
    window's share of the cores does not justify holding one back. llama.cpp generation
    is memory-bound: threads on SMT siblings or beyond 8 slow it."""
    import psutil

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    physical = psutil.cpu_count(logical=False) or os.cpu_count() or 1
    return max(1, min(8, physical, usable or physical))


@dataclass(frozen=True)
class RemoteServer:
    """An OpenAI-compatible server the user added: a name, its base URL, a key, a model id."""

    name: str
    url: str
    api_key: str = ""
    model: str = ""  # empty: the server's first model

    @classmethod
    def from_table(cls, name: str, table: object) -> RemoteServer | None:
        """From the settings file's ``[remotes.NAME]`` table; None if it is malformed."""
        if not isinstance(table, dict) or not isinstance(table.get("url"), str):
            return None
        extra = {k: table[k] for k in ("api_key", "model") if isinstance(table.get(k), str)}
        return cls(name, table["url"], **extra)

    def table(self) -> dict[str, str]:
        return {"url": self.url, "api_key": self.api_key, "model": self.model}


@dataclass
class Settings:
    """Everything the user can configure; unknown keys in the file are ignored."""

    threads: int = 0  # 0 = automatic
    context_length: int = 4096
    # Answers the engine writes at once (the window's, the API's, a summary's parts), each
    # with the whole context; 0: chosen from memory and cores.
    parallel_answers: int = 0
    # Layers offloaded to a GPU: -1 as many as fit, 0 none. (Named anew: files written
    # before GPU support hold `gpu_layers = 0`, which must not turn offload off.)
    offload_layers: int = -1
    # Per model file name, overriding offload_layers (e.g. a model that needs the CPU).
    model_offload_layers: dict[str, int] = field(default_factory=dict)
    default_model: str = ""
    default_preset: str = "chat"
    models_dir: str = ""  # empty = the app's models dir
    send_key: str = "enter"  # "enter" or "ctrl+enter"
    theme: str = "system"  # "system", "light" or "dark"
    font_size: int = 0  # 0 = system default
    language: str = ""  # the window's language ("de", "zh_CN", …); empty: the system's
    # Prompt-lookup speculative decoding: faster answers that copy their input, same text.
    speculative_decoding: bool = True
    # Saved conversation states on disk, so going back to a chat is instant (MB; 0: off).
    resume_cache_mb: int = 4096
    # The embedding model documents are indexed with (a name or path; empty: the built-in
    # all-MiniLM-L6-v2). Another model means every collection is indexed again.
    embedding_model: str = ""
    # The Whisper model that transcribes (a CTranslate2 folder; empty: the built-in one).
    speech_model: str = ""
    # The Piper voice that speaks (an .onnx with its .onnx.json; empty: the built-in one).
    voice: str = ""
    voice_speed: float = 1.0
    read_answers: bool = False  # the window reads each answer aloud as it is written
    # The language people speak in dictation and voice mode ("de"; empty: recognised).
    speech_language: str = ""
    dictation_sends: bool = False  # a dictation is sent when the person stops speaking
    server_port: int = 8765  # `assistant serve` and the window's API server
    server_api_key: str = ""  # required by the server when it listens beyond this machine
    # Names besides this machine's own the API answers to (a local DNS name, a proxy's).
    server_allowed_hosts: list[str] = field(default_factory=list)
    # Browser origins allowed to call the API (CORS); none by default.
    server_cors_origins: list[str] = field(default_factory=list)
    # Tools run without asking first ("source/tool": "built-in/calculator", "files/read").
    tools_allowed: list[str] = field(default_factory=list)
    tools_max_steps: int = 6  # tool calls in a row before the model must answer
    # API clients may name the person's MCP servers (tools of type "mcp"); off by default:
    # a program on this machine would otherwise act through them. Only always-allowed
    # tools run for them (there is nobody to ask).
    api_mcp_servers: bool = False
    # OpenAI-compatible servers the user added, by name (a [remotes.NAME] table each).
    remotes: dict[str, RemoteServer] = field(default_factory=dict)
    # Each model's own settings, by file name (a [models."NAME"] table each).
    models: dict[str, ModelSettings] = field(default_factory=dict)

    def model(self, file_name: str) -> ModelSettings:
        """A model's own settings (all unset when it has none)."""
        return self.models.get(file_name, ModelSettings())

    def effective_threads(self) -> int:
        return self.threads if self.threads > 0 else _default_threads()

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or unreadable file gives defaults (and a log line)."""
        return cls.read(path) or cls()

    @classmethod
    def read(cls, path: Path) -> Settings | None:
        """The file's settings, or None when it is missing or unreadable (a log line)."""
        if not path.exists():
            return None
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.warning("settings file %s unreadable: %s", path, exc)
            return None
        values: dict[str, Any] = {}
        if isinstance(raw.get("remotes"), dict):
            servers = (RemoteServer.from_table(n, t) for n, t in raw.pop("remotes").items())
            values["remotes"] = {r.name: r for r in servers if r is not None}
        if isinstance(raw.get("models"), dict):
            tables = raw.pop("models").items()
            values["models"] = {str(n): ModelSettings.from_table(t) for n, t in tables}
        for f in fields(cls):
            if f.name in raw:
                default = getattr(cls(), f.name)
                if _fits(raw[f.name], default):
                    values[f.name] = raw[f.name]
                else:
                    log.warning("settings: %s has the wrong type, using default", f.name)
        return cls(**values)

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves a half-written settings file; readable
        by this user only, since it can hold API keys."""
        from assistant.ground import atomic  # not before the window's first paint (tempfile)

        data = asdict(self)
        data["remotes"] = {name: r.table() for name, r in self.remotes.items()}
        data["models"] = {n: m.table() for n, m in self.models.items() if m.table()}
        atomic.write_text(path, tomli_w.dumps(data), mode=0o600)


def _fits(value: Any, default: Any) -> bool:
    """A file's value has the default's type (a list: of strings, as every list here)."""
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, type(default))


Listener = Callable[[Settings, frozenset[str]], None]


class SettingsStore:
    """The one owner of the settings: changes go through :meth:`change`, which saves the
    file and then calls every listener with the names that changed."""

    def __init__(self, path: Path, current: Settings | None = None) -> None:
        self.path = path
        self.current = current if current is not None else Settings.load(path)
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(settings, changed_names)`` after each saved change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def change(self, **values: Any) -> frozenset[str]:
        """Set, save, notify; returns the names whose value changed (nothing saved if none).

        The change applies to the file as it is now: another process (the window, a
        command in a terminal) may have changed other settings since this one read it,
        and writing this process's copy back whole would undo them. Those changes are
        taken in and told to the listeners too."""
        # Imported here: the window reads the settings before its first paint, and
        # filelock's import alone costs about 10 ms of it.
        from assistant.ground.file_lock import file_lock

        unknown = set(values) - {f.name for f in fields(Settings)}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        with file_lock(self.path.with_name(f"{self.path.name}.lock")):
            # An unreadable file is rewritten from this process's copy.
            base = Settings.read(self.path) or self.current
            new = replace(base, **values)
            if new != base:
                new.save(self.path)  # first: a failed save leaves the old values in use
        return self._take(new)

    def reload(self) -> frozenset[str]:
        """Take in what another process saved (the file changed on disk) and tell the
        listeners; what changed. A missing or unreadable file changes nothing."""
        on_disk = Settings.read(self.path)
        return frozenset() if on_disk is None else self._take(on_disk)

    def _take(self, new: Settings) -> frozenset[str]:
        old, self.current = self.current, new
        changed = frozenset(
            f.name for f in fields(Settings) if getattr(old, f.name) != getattr(new, f.name)
        )
        if changed:
            for listener in list(self._listeners):
                listener(new, changed)
        return changed

    def add_remote(self, server: RemoteServer) -> None:
        self.change(remotes={**self.current.remotes, server.name: server})

    def remove_remote(self, name: str) -> bool:
        """Forget a remote server; False if there was none by that name."""
        if name not in self.current.remotes:
            return False
        self.change(remotes={k: v for k, v in self.current.remotes.items() if k != name})
        return True
