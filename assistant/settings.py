"""Typed user settings stored as TOML in the config dir."""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

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


@dataclass
class Settings:
    """Everything the user can configure; unknown keys in the file are ignored."""

    threads: int = 0  # 0 = automatic
    context_length: int = 4096
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
    server_port: int = 8765  # `assistant serve` and the window's API server
    server_api_key: str = ""  # required by the server when it listens beyond this machine
    # OpenAI-compatible servers the user added: name -> {"url", "api_key", "model"}.
    remotes: dict[str, dict[str, str]] = field(default_factory=dict)

    def effective_threads(self) -> int:
        return self.threads if self.threads > 0 else _default_threads()

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or unreadable file gives defaults (and a log line)."""
        if not path.exists():
            return cls()
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.warning("settings file %s unreadable, using defaults: %s", path, exc)
            return cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in raw:
                default = getattr(cls(), f.name)
                if isinstance(raw[f.name], type(default)):
                    values[f.name] = raw[f.name]
                else:
                    log.warning("settings: %s has the wrong type, using default", f.name)
        return cls(**values)

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves a half-written settings file; readable
        by this user only, since it can hold API keys."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        if hasattr(os, "fchmod"):  # a leftover .tmp from an older version keeps its mode
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(tomli_w.dumps(asdict(self)))
        os.replace(tmp, path)
