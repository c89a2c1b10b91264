"""A fast GGUF header reader for checks before llama.cpp touches a file.

The ``gguf`` package's reader takes ~5 s on a 100 MB model because it materialises
every vocabulary entry; here we only need the scalar metadata and a structural check,
which takes milliseconds, so arrays are skipped rather than decoded.
"""

from __future__ import annotations

import math
import os
import struct
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from assistant.engine.gguf_types import FILE_TYPES, TENSOR_TYPES
from assistant.ground.errors import UserError

GGUF_MAGIC = b"GGUF"

# GGUF value types -> struct format of the scalar types.
_SCALARS = {
    0: "B",
    1: "b",
    2: "H",
    3: "h",
    4: "I",
    5: "i",
    6: "f",
    7: "?",
    10: "Q",
    11: "q",
    12: "d",
}
_STRING, _ARRAY = 8, 9

# What real models stay far below; a file claiming more is built to exhaust memory.
MAX_TEMPLATE_BYTES = 512 * 1024  # the largest real chat templates are ~30 KB
MAX_STRING_BYTES = 16 * 1024 * 1024
_SANE_LIMITS = {
    "block_count": 4096,
    "embedding_length": 1 << 20,
    "feed_forward_length": 1 << 22,
    "attention.head_count": 1 << 14,
    "attention.head_count_kv": 1 << 14,
    "context_length": 1 << 28,
    "vocab_size": 1 << 23,
}
_MAX_VOCAB = 1 << 23
_MIN_KV_BYTES = 8 + 4  # key length + value type
_MIN_TENSOR_BYTES = 8 + 4 + 4 + 8  # name length, rank, type, offset
_MAX_DIMS = 4  # GGML_MAX_DIMS


class HostileFile(UserError):
    """The header claims sizes no real model has: refused before llama.cpp reads it."""


@dataclass
class GGUFHeader:
    """Scalar metadata of a GGUF file plus the facts needed to size its KV cache."""

    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(default_factory=dict)
    parameters: int = 0  # sum of tensor element counts
    array_lengths: dict[str, int] = field(default_factory=dict)
    # Each tensor: (name, dimensions, type, offset in the data, bytes); where data starts.
    tensors: list[tuple[str, tuple[int, ...], int, int, int]] = field(default_factory=list)
    data_start: int = 0

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    def arch_int(self, key: str, default: int = 0) -> int:
        value = self.metadata.get(f"{self.architecture}.{key}", default)
        return int(value) if isinstance(value, int | float) else default


class _Reader:
    def __init__(self, f: BinaryIO, size: int, name: str) -> None:
        self.f, self.size, self.name = f, size, name
        self.pos = f.tell()  # kept here: f.tell() per vocabulary entry took 0.1 s a load

    def left(self) -> int:
        return self.size - self.pos

    def read(self, n: int) -> bytes:
        data = self.f.read(n)
        if len(data) != n:
            raise EOFError
        self.pos += n
        return data

    def skip(self, n: int) -> None:
        self.f.seek(n, os.SEEK_CUR)
        self.pos += n

    def unpack(self, fmt: str) -> Any:
        return struct.unpack("<" + fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self, limit: int = MAX_STRING_BYTES) -> str:
        n = self.unpack("Q")
        if n > self.left():
            raise ValueError("string longer than the file")
        if n > limit:
            raise self.hostile(f"a {n:,}-byte text in its metadata")
        return self.read(n).decode("utf-8", "replace")

    def hostile(self, what: str) -> HostileFile:
        return HostileFile(
            f"{self.name} claims {what}, which no real model has; the file may be "
            "malicious, so it was not loaded."
        )

    def value(self, vtype: int, key: str, header: GGUFHeader) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            # Named templates (tokenizer.chat_template.tool_use) are templates too.
            is_template = key.startswith("tokenizer.chat_template")
            try:
                return self.string(MAX_TEMPLATE_BYTES if is_template else MAX_STRING_BYTES)
            except HostileFile:
                if is_template:
                    raise self.hostile("a chat template far too large to be one") from None
                raise
        if vtype == _ARRAY:
            itype, count = self.unpack("I"), self.unpack("Q")
            width = struct.calcsize(_SCALARS[itype]) if itype in _SCALARS else 8
            if count * width > self.left():
                raise ValueError("array longer than the file")
            header.array_lengths[key] = count
            if itype in _SCALARS:
                if count <= 64:
                    return list(
                        struct.unpack(f"<{count}{_SCALARS[itype]}", self.read(width * count))
                    )
                self.skip(width * count)
                return None
            if itype == _ARRAY:
                raise ValueError("nested arrays")
            items = [self.value(itype, key, header) for _ in range(count)]
            return items if count <= 64 else None
        raise ValueError(f"unknown value type {vtype}")


def _check_sizes(r: _Reader, header: GGUFHeader) -> None:
    for key, limit in _SANE_LIMITS.items():
        value = header.metadata.get(f"{header.architecture}.{key}")
        if isinstance(value, int) and not 0 <= value <= limit:
            raise r.hostile(f"{key.replace('_', ' ')} {value:,}")
    tokens = header.array_lengths.get("tokenizer.ggml.tokens", 0)
    if tokens > _MAX_VOCAB:
        raise r.hostile(f"a vocabulary of {tokens:,} tokens")


def _tensor_bytes(dims: tuple[int, ...], ttype: int) -> int:
    count = 1
    for d in dims:
        count *= d
    if ttype not in TENSOR_TYPES:
        raise ValueError(f"unknown tensor type {ttype}")
    block, nbytes = TENSOR_TYPES[ttype]
    return (count + block - 1) // block * nbytes


def read_header(path: str | os.PathLike[str]) -> GGUFHeader:
    """Parse a GGUF header; raises :class:`UserError` for anything that is not a sound GGUF
    (:class:`HostileFile` for sizes built to exhaust memory)."""
    p = os.fspath(path)
    name = os.path.basename(p)
    if not os.path.exists(p):
        raise UserError(f"Model file not found: {p}")
    if not os.path.isfile(p):
        raise UserError(f"{p} is not a file.")
    size = os.path.getsize(p)
    if size == 0:
        raise UserError(f"{name} is empty (0 bytes); the download or copy did not finish.")
    try:
        with open(p, "rb") as f:
            if f.read(4) != GGUF_MAGIC:
                raise UserError(f"{name} is not a GGUF model file.")
            r = _Reader(f, size, name)
            version, n_tensors, n_kv = r.unpack("I"), r.unpack("Q"), r.unpack("Q")
            if version not in (2, 3):
                raise UserError(f"{name} uses GGUF version {version}, which is not supported.")
            if n_kv * _MIN_KV_BYTES > size or n_tensors * _MIN_TENSOR_BYTES > size:
                raise ValueError("more entries than the file can hold")
            header = GGUFHeader(version, n_tensors)
            for _ in range(n_kv):
                key = r.string()
                header.metadata[key] = r.value(r.unpack("I"), key, header)
            _check_sizes(r, header)
            for _ in range(n_tensors):
                tname = r.string()
                n_dims = r.unpack("I")
                if not 1 <= n_dims <= _MAX_DIMS:
                    raise ValueError("bad tensor rank")
                dims = struct.unpack(f"<{n_dims}Q", r.read(8 * n_dims))
                ttype = r.unpack("I")
                nbytes = _tensor_bytes(dims, ttype)
                header.parameters += math.prod(dims)
                header.tensors.append((tname, dims, ttype, r.unpack("Q"), nbytes))
            align = header.metadata.get("general.alignment", 32)
            if not isinstance(align, int) or align <= 0 or align & (align - 1):
                raise ValueError("bad alignment")
            data_start = header.data_start = (r.pos + align - 1) // align * align
    except (EOFError, ValueError, struct.error, UnicodeDecodeError) as exc:
        raise UserError(f"{name} is damaged or incomplete (its GGUF header is broken).") from exc
    except OSError as exc:
        raise UserError(f"{name} cannot be read: {exc.strerror}.") from exc
    if any(data_start + offset + nbytes > size for *_, offset, nbytes in header.tensors):
        raise UserError(f"{name} is incomplete: the file ends before its model weights do.")
    return header


def check_gguf_file(path: str) -> GGUFHeader:
    """Same as :func:`read_header`; named for its use before loading."""
    return read_header(path)


def quantization_name(file_type: object, path: str = "") -> str:
    """Quantization label from ``general.file_type``, falling back to the file name."""
    try:
        code = int(str(file_type))
    except ValueError:
        code = -1
    if code in FILE_TYPES:
        return FILE_TYPES[code]
    upper = os.path.basename(path).upper()
    for label in sorted(FILE_TYPES.values(), key=len, reverse=True):
        if label in upper:
            return label
    return "unknown"


def read_general(path: str | os.PathLike[str], max_keys: int = 64) -> dict[str, object]:
    """The ``general.*`` entries among the first metadata entries of a GGUF (converters
    write them first): what a file is, without parsing its vocabulary. Empty for a
    file that is not a readable GGUF."""
    p = os.fspath(path)
    found: dict[str, object] = {}
    try:
        with open(p, "rb") as f:
            if f.read(4) != GGUF_MAGIC:
                return found
            r = _Reader(f, os.path.getsize(p), os.path.basename(p))
            r.unpack("I")
            r.unpack("Q")
            n_kv = r.unpack("Q")
            scratch = GGUFHeader(0, 0)
            for _ in range(min(n_kv, max_keys)):
                key = r.string()
                if key.startswith("tokenizer."):  # the vocabulary: large, and past them
                    break
                value = r.value(r.unpack("I"), key, scratch)
                if key.startswith("general.") or key.startswith("adapter."):
                    found[key] = value
    except (OSError, EOFError, ValueError, struct.error, UnicodeDecodeError, UserError):
        pass
    return found


def read_architecture(path: str | os.PathLike[str]) -> str:
    """``general.architecture`` of a GGUF ("unknown" when it cannot be read)."""
    return str(read_general(path).get("general.architecture", "unknown"))
