"""The person's MCP servers: ``mcp.json`` in the config folder, in the ``mcpServers``
shape Claude Desktop and other hosts use, so their files can be imported as they are:
``{"mcpServers": {"name": {"command": "npx", "args": [...], "env": {...}, "cwd": "..."}
| {"url": "http://.../mcp", "headers": {...}}}}``; ``"disabled": true`` turns one off."""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.ground.errors import UserError

MAX_CONFIG_BYTES = 1 << 20
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,48}$")


@dataclass(frozen=True)
class ServerConfig:
    """One server: a command started as a child process (stdio), or a URL
    (streamable HTTP)."""

    name: str
    command: str = ""
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    cwd: str = ""
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    disabled: bool = False

    def entry(self) -> dict[str, Any]:
        """The server as it is written in mcp.json."""
        out = {k: v for k, v in asdict(self).items() if v and k != "name"}
        if "args" in out:
            out["args"] = list(out["args"])
        return out


def _strings(value: Any, what: str) -> bool:
    if what == "list":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def parse(data: Any, source: str) -> dict[str, ServerConfig]:
    """The servers of an ``mcpServers`` document; a clear error names what is wrong."""

    def bad(what: str) -> UserError:
        return UserError(f"{source}: {what}. Nothing was changed.")

    servers = data.get("mcpServers") if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        raise bad("there is no 'mcpServers' object")
    out: dict[str, ServerConfig] = {}
    for name, spec in servers.items():
        if not _NAME.match(str(name)):
            raise bad(f"the server name {name!r} must be letters, digits, '_', '-' or '.'")
        if not isinstance(spec, dict):
            raise bad(f"the server '{name}' must be an object")
        command, url = spec.get("command", ""), spec.get("url", "")
        if not isinstance(command, str) or not isinstance(url, str) or bool(command) == bool(url):
            raise bad(f"the server '{name}' needs either a 'command' or a 'url'")
        if url and not url.startswith(("http://", "https://")):
            raise bad(f"the URL of the server '{name}' must start with http:// or https://")
        args, env, headers = spec.get("args", []), spec.get("env", {}), spec.get("headers", {})
        if not _strings(args, "list"):
            raise bad(f"the 'args' of the server '{name}' must be a list of strings")
        if not _strings(env, "map") or not _strings(headers, "map"):
            raise bad(f"'env' and 'headers' of the server '{name}' must map strings to strings")
        cwd = spec.get("cwd", "")
        if not isinstance(cwd, str) or not isinstance(spec.get("disabled", False), bool):
            raise bad(f"the server '{name}' has a 'cwd' or 'disabled' of the wrong type")
        out[name] = ServerConfig(
            name,
            command,
            tuple(args),
            dict(env),
            cwd,
            url,
            dict(headers),
            spec.get("disabled", False),
        )
    return out


def read(path: Path) -> dict[str, ServerConfig]:
    """The servers in ``path``; none when it does not exist."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}.") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise UserError(f"{path} is too large for a list of MCP servers.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError(f"{path} is not valid JSON: {exc}.") from None
    return parse(data, str(path))


def write(path: Path, servers: dict[str, ServerConfig]) -> None:
    """Save the servers whole or not at all (a private file: it may hold API keys)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    text = json.dumps({"mcpServers": {n: s.entry() for n, s in servers.items()}}, indent=2)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {exc.strerror}.") from None


def import_file(source: Path, target: Path) -> list[str]:
    """Add (or replace) the servers of another host's file; returns their names."""
    incoming = read(source)
    if not incoming and not source.exists():
        raise UserError(f"{source} does not exist.")
    merged = read(target) | incoming
    write(target, merged)
    return list(incoming)
