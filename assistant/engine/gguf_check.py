"""A fast GGUF header reader for checks before llama.cpp touches a file.

The ``gguf`` package's reader takes ~5 s on a 100 MB model because it materialises
every vocabulary entry; here we only need the scalar metadata and a structural check,
which takes milliseconds, so arrays are skipped rather than decoded.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from assistant.errors import UserError

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

# llama_ftype values (llama.h) -> the names people see in file names.
_FILE_TYPES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    19: "IQ2_XXS",
    20: "IQ2_XS",
    21: "Q2_K_S",
    22: "IQ3_XS",
    23: "IQ3_XXS",
    24: "IQ1_S",
    25: "IQ4_NL",
    26: "IQ3_S",
    27: "IQ3_M",
    28: "IQ2_S",
    29: "IQ2_M",
    30: "IQ4_XS",
    31: "IQ1_M",
    32: "BF16",
    36: "TQ1_0",
    37: "TQ2_0",
    38: "MXFP4",
}


@dataclass
class GGUFHeader:
    """Scalar metadata of a GGUF file plus the facts needed to size its KV cache."""

    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(default_factory=dict)
    parameters: int = 0  # sum of tensor element counts

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    def arch_int(self, key: str, default: int = 0) -> int:
        value = self.metadata.get(f"{self.architecture}.{key}", default)
        return int(value) if isinstance(value, int | float) else default


class _Reader:
    def __init__(self, f: BinaryIO, size: int) -> None:
        self.f, self.size = f, size

    def read(self, n: int) -> bytes:
        data = self.f.read(n)
        if len(data) != n:
            raise EOFError
        return data

    def unpack(self, fmt: str) -> Any:
        return struct.unpack("<" + fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        n = self.unpack("Q")
        if n > self.size:
            raise ValueError("string longer than the file")
        return self.read(n).decode("utf-8", "replace")

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            itype, count = self.unpack("I"), self.unpack("Q")
            if count > self.size:
                raise ValueError("array longer than the file")
            if itype in _SCALARS:
                width = struct.calcsize(_SCALARS[itype])
                if count <= 64:
                    return list(
                        struct.unpack(f"<{count}{_SCALARS[itype]}", self.read(width * count))
                    )
                self.f.seek(width * count, os.SEEK_CUR)
                return None
            items = [self.value(itype) for _ in range(count)]
            return items if count <= 64 else None
        raise ValueError(f"unknown value type {vtype}")


def read_header(path: str | os.PathLike[str]) -> GGUFHeader:
    """Parse a GGUF header; raises :class:`UserError` for anything that is not a sound GGUF."""
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
            r = _Reader(f, size)
            version, n_tensors, n_kv = r.unpack("I"), r.unpack("Q"), r.unpack("Q")
            if version not in (2, 3):
                raise UserError(f"{name} uses GGUF version {version}, which is not supported.")
            header = GGUFHeader(version, n_tensors)
            for _ in range(n_kv):
                key = r.string()
                header.metadata[key] = r.value(r.unpack("I"))
            last_offset = 0
            for _ in range(n_tensors):
                r.string()
                n_dims = r.unpack("I")
                if n_dims > 8:
                    raise ValueError("bad tensor rank")
                dims = struct.unpack(f"<{n_dims}Q", r.read(8 * n_dims))
                r.read(4)  # tensor type
                count = 1
                for d in dims:
                    count *= d
                header.parameters += count
                last_offset = max(last_offset, r.unpack("Q"))
            align = int(header.metadata.get("general.alignment", 32))
            data_start = (f.tell() + align - 1) // align * align
    except (EOFError, ValueError, struct.error, UnicodeDecodeError) as exc:
        raise UserError(f"{name} is damaged or incomplete (its GGUF header is broken).") from exc
    except OSError as exc:
        raise UserError(f"{name} cannot be read: {exc.strerror}.") from exc
    if n_tensors and data_start + last_offset >= size:
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
    if code in _FILE_TYPES:
        return _FILE_TYPES[code]
    upper = os.path.basename(path).upper()
    for label in sorted(_FILE_TYPES.values(), key=len, reverse=True):
        if label in upper:
            return label
    return "unknown"
