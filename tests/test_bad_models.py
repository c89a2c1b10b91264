"""Every kind of bad model file gives a clear UserError, no hang, no dead app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.engine.backend import SamplingParams
from assistant.engine.gguf_check import read_header
from assistant.engine.host import EngineHost
from assistant.engine.memory import check_memory, kv_cache_bytes
from assistant.ground.errors import UserError
from tests.fixtures.gguf_files import (
    edited_copy,
    truncated_copy,
    unknown_architecture,
)


@pytest.fixture(scope="module")
def host() -> EngineHost:
    h = EngineHost()
    yield h  # type: ignore[misc]
    h.close()


@pytest.fixture(scope="module")
def edited(starter: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("edited")
    return {
        "no_template": edited_copy(
            starter, d / "no-template.gguf", "--remove-metadata", "tokenizer.chat_template"
        ),
    }


def test_missing_path(host: EngineHost, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        host.load(str(tmp_path / "nope.gguf"))


def test_zero_bytes(host: EngineHost, tmp_path: Path) -> None:
    p = tmp_path / "empty.gguf"
    p.write_bytes(b"")
    with pytest.raises(UserError, match="empty"):
        host.load(str(p))


def test_random_bytes(host: EngineHost, tmp_path: Path) -> None:
    p = tmp_path / "random.gguf"
    p.write_bytes(os.urandom(100_000))
    with pytest.raises(UserError, match="not a GGUF"):
        host.load(str(p))


def test_text_file(host: EngineHost, tmp_path: Path) -> None:
    p = tmp_path / "notes.gguf"
    p.write_text("these are my notes\n" * 100)
    with pytest.raises(UserError, match="not a GGUF"):
        host.load(str(p))


def test_directory(host: EngineHost, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a file"):
        host.load(str(tmp_path))


@pytest.mark.parametrize("keep", [4, 20, 1_000, 500_000, 5_000_000, 60_000_000, -1_000])
def test_truncated(host: EngineHost, starter: Path, tmp_path: Path, keep: int) -> None:
    size = starter.stat().st_size
    p = truncated_copy(starter, tmp_path / "cut.gguf", keep if keep > 0 else size + keep)
    with pytest.raises(UserError, match=r"damaged|incomplete"):
        host.load(str(p))


def test_byte_garbage_in_weights_still_loads_or_errors(
    host: EngineHost, starter: Path, tmp_path: Path
) -> None:
    """Corrupt weights are not detectable from the header: loading must not hang or kill us."""
    data = bytearray(starter.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = os.urandom(4096)
    p = tmp_path / "noisy.gguf"
    p.write_bytes(bytes(data))
    host.load(str(p))
    done = host.complete([{"role": "user", "content": "hi"}], SamplingParams(max_tokens=4))
    assert done.completion_tokens > 0


def test_unknown_architecture(host: EngineHost, tmp_path: Path) -> None:
    p = unknown_architecture(tmp_path / "alien.gguf")
    with pytest.raises(UserError, match="architecture 'notarealarch'"):
        host.load(str(p))


def test_missing_chat_template(host: EngineHost, edited: dict[str, Path]) -> None:
    facts = host.load(str(edited["no_template"]))
    assert not facts.has_chat_template
    with pytest.raises(UserError, match="no chat template"):
        host.complete([{"role": "user", "content": "hi"}])


def test_not_enough_memory(starter: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    header = read_header(starter)
    assert kv_cache_bytes(header, 8192) == 30 * 8192 * 3 * (64 + 64) * 2

    class FakeMemory:
        total = 256 * 2**20

    monkeypatch.setattr("psutil.virtual_memory", lambda: FakeMemory)
    with pytest.raises(UserError, match="Not enough memory"):
        check_memory(str(starter), header, 8192)
