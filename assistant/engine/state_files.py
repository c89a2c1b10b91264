"""Saved KV states on disk: one file per conversation prefix, checked before use.

A state file restores llama.cpp's cache for a model, so a wrong one would give a wrong
answer without any error. Each file therefore names everything its bytes depend on (the
model file, the llama.cpp build, the context parameters) and the exact tokens it holds,
and ends with a SHA-256 of all of it. Anything that does not match, or is truncated,
bit-flipped or foreign, is deleted and the prompt is processed again.

Layout: ``MAGIC``, a 4-byte header length, the header (JSON), the tokens (int32 LE),
the state bytes, the SHA-256 of everything before it.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import logging
import os
import re
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"OASTATE1"
SUFFIX = ".kvstate"
_DIGEST = 32
_MAX_HEADER = 64 * 1024
# Written (and hashed) this much at a time, so that an answer starting meanwhile waits
# for at most one chunk (a few milliseconds).
WRITE_CHUNK = 4 << 20
# A temporary file older than this belongs to a writer that died (kill -9 mid-save).
STALE_TMP_SECONDS = 600


@dataclass(frozen=True)
class StateKey:
    """What a state's bytes depend on besides its tokens."""

    model: str  # the model file: size, mtime and a hash of its first MiB
    build: str  # the llama.cpp build and the kernels it runs with
    context: str  # context length, batch size, flash attention, GPU layers

    @property
    def digest(self) -> str:
        text = json.dumps(asdict(self), sort_keys=True).encode()
        return hashlib.sha256(text).hexdigest()[:16]


def tokens_digest(tokens: array.array[int]) -> str:
    return hashlib.sha256(_token_bytes(tokens)).hexdigest()[:16]


def _token_bytes(tokens: array.array[int]) -> bytes:
    if sys.byteorder == "little":
        return tokens.tobytes()
    swapped = array.array("i", tokens)
    swapped.byteswap()
    return swapped.tobytes()


def _tokens_from(data: bytes) -> array.array[int]:
    tokens = array.array("i")
    tokens.frombytes(data)
    if sys.byteorder != "little":
        tokens.byteswap()
    return tokens


def file_name(key: StateKey, tokens: array.array[int], owner: str = "") -> str:
    """``owner`` (a chat's tag, see :func:`check_owner`) ends the name, so that deleting
    the chat finds its states without reading every file."""
    tail = f"-{check_owner(owner)}" if owner else ""
    return f"{key.digest}-{tokens_digest(tokens)}{tail}{SUFFIX}"


def check_owner(owner: str) -> str:
    """An owner tag is letters, digits and underscores: it goes into file names."""
    if not re.fullmatch(r"[A-Za-z0-9_]{0,64}", owner):
        raise ValueError(f"bad state owner {owner!r}")
    return owner


def owned_by(path: Path, owner: str) -> bool:
    return bool(owner) and path.name.endswith(f"-{check_owner(owner)}{SUFFIX}")


def write_state(
    directory: Path,
    key: StateKey,
    tokens: array.array[int],
    state: bytes | bytearray | memoryview,
    pause: Callable[[], None] = lambda: None,
    owner: str = "",
) -> Path:
    """Write atomically (temporary file, then rename): a reader never sees half a file.

    ``pause`` is called before each chunk: the engine holds the writer there while it
    answers. Readable by this user only: the state is derived from the conversation."""
    fields = {"key": asdict(key), "tokens": len(tokens), "state": len(state), "owner": owner}
    header = json.dumps(fields).encode()
    head = MAGIC + struct.pack("<I", len(header)) + header + _token_bytes(tokens)
    digest = hashlib.sha256(head)
    path = directory / file_name(key, tokens, owner)
    tmp = directory / f".{path.name}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(head)
            view = memoryview(state)
            for start in range(0, len(view), WRITE_CHUNK):
                pause()
                chunk = view[start : start + WRITE_CHUNK]
                digest.update(chunk)
                f.write(chunk)
            f.write(digest.digest())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


@dataclass(frozen=True)
class StateHeader:
    """A state file's header and tokens, read without its (large) state bytes."""

    path: Path
    key: StateKey
    tokens: array.array[int]
    state_bytes: int
    offset: int  # where the state bytes start
    owner: str = ""  # the chat whose answer saved it ("" for files of earlier versions)


def read_header(path: Path) -> StateHeader | None:
    """The header of a well-formed file, or None (the caller deletes it)."""
    try:
        with open(path, "rb") as f:
            start = f.read(len(MAGIC) + 4)
            if len(start) != len(MAGIC) + 4 or not start.startswith(MAGIC):
                return None
            (n,) = struct.unpack("<I", start[len(MAGIC) :])
            if n > _MAX_HEADER:
                return None
            raw = json.loads(f.read(n))
            key = StateKey(**raw["key"])
            count, state_bytes = int(raw["tokens"]), int(raw["state"])
            owner = check_owner(str(raw.get("owner", "")))
            data = f.read(4 * count)
            offset = len(start) + n + 4 * count
            size = os.fstat(f.fileno()).st_size
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if len(data) != 4 * count or size != offset + state_bytes + _DIGEST or count < 1:
        return None
    return StateHeader(path, key, _tokens_from(data), state_bytes, offset, owner)


def read_state(header: StateHeader) -> memoryview | None:
    """The state bytes (a writable view, as llama.cpp's buffer), if the whole file
    still hashes to its digest."""
    size = header.offset + header.state_bytes + _DIGEST
    data = bytearray(size)
    try:
        with open(header.path, "rb") as f:
            if f.readinto(data) != size or f.read(1):
                return None
    except OSError:
        return None
    view = memoryview(data)
    if hashlib.sha256(view[:-_DIGEST]).digest() != view[-_DIGEST:]:
        return None
    return view[header.offset : -_DIGEST]


def touch(path: Path) -> None:
    """Mark as recently used (eviction goes by modification time)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def state_files(directory: Path) -> list[Path]:
    try:
        return [p for p in directory.iterdir() if p.name.endswith(SUFFIX)]
    except OSError:
        return []


def disk_usage(directory: Path) -> int:
    """Bytes the saved states take (what Settings shows)."""
    total = 0
    for p in state_files(directory):
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def remove_stale_tmp(directory: Path) -> None:
    """Delete what writers that died mid-save left behind."""
    now = time.time()
    try:
        entries = list(directory.iterdir())
    except OSError:
        return
    for p in entries:
        if p.name.endswith(".tmp"):
            try:
                if now - p.stat().st_mtime > STALE_TMP_SECONDS:
                    p.unlink()
            except OSError:
                pass


def evict(directory: Path, budget: int, keep: Path | None = None) -> list[Path]:
    """Delete the least recently used files until the rest fit in ``budget`` bytes."""
    files: list[tuple[float, int, Path]] = []
    for p in state_files(directory):
        try:
            st = p.stat()
        except OSError:
            continue
        files.append((st.st_mtime, st.st_size, p))
    total = sum(size for _, size, _ in files)
    removed: list[Path] = []
    for _, size, p in sorted(files, key=lambda f: f[0]):
        if total <= budget:
            break
        if p == keep:
            continue
        p.unlink(missing_ok=True)
        removed.append(p)
        total -= size
    return removed


def clear(directory: Path, owner: str = "") -> None:
    """Delete every saved state (Settings' Clear button), or every one of ``owner`` (a
    deleted chat's: the states hold its words)."""
    for p in state_files(directory):
        if not owner or owned_by(p, owner):
            p.unlink(missing_ok=True)
