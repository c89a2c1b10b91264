"""Quantization labels and split-file groups from GGUF file names."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUANT = re.compile(
    r"(?<![A-Za-z0-9])(I?Q\d(?:_[A-Z0-9]+)*|F16|BF16|F32|TQ\d_\d|MXFP4)(?![A-Za-z0-9])", re.I
)
_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)


def quant_of(filename: str) -> str:
    """The quantization named in a file name (``Q4_K_M``), or ``"?"``."""
    base = filename.rsplit("/", 1)[-1]
    m = list(_QUANT.finditer(base.replace(".gguf", "").replace(".", "-")))
    return m[-1].group(1).upper() if m else "?"


@dataclass(frozen=True)
class SplitInfo:
    stem: str
    index: int
    count: int


def split_info(filename: str) -> SplitInfo | None:
    m = _SPLIT.match(filename.rsplit("/", 1)[-1])
    if not m:
        return None
    return SplitInfo(m["stem"], int(m["index"]), int(m["count"]))
