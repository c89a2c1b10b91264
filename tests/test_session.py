"""The owners of shared state: ModelSession (the active model) and SettingsStore (the
settings), on a fake engine and real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ground.errors import UserError
from assistant.ground.settings import RemoteServer, Settings, SettingsStore
from assistant.models.library import ModelLibrary
from assistant.services.session import ModelSession
from tests.conftest import free_port
from tests.fixtures.fake_engine import FakeEngine


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.toml")


@pytest.fixture
def session(tmp_path: Path, store: SettingsStore) -> ModelSession:
    model = tmp_path / "models" / "tiny.gguf"
    model.parent.mkdir()
    model.write_bytes(b"GGUF" + bytes(60))  # the fake engine does not read it
    library = ModelLibrary(model.parent)
    return ModelSession(FakeEngine(), library, lambda: store.current)  # type: ignore[arg-type]


def test_change_saves_then_tells_listeners_what_changed(store: SettingsStore) -> None:
    heard: list[frozenset[str]] = []
    store.subscribe(lambda _s, changed: heard.append(changed))
    assert store.change(theme="dark", send_key="enter") == {"theme"}  # send_key as before
    assert heard == [frozenset({"theme"})]
    assert Settings.load(store.path).theme == "dark"
    assert store.change(theme="dark") == frozenset() and len(heard) == 1
    with pytest.raises(TypeError, match="no_such"):
        store.change(no_such=1)


def test_a_failed_save_keeps_the_old_settings(store: SettingsStore, tmp_path: Path) -> None:
    store.path = tmp_path / "file-not-dir"
    store.path.write_text("")
    store.path = store.path / "settings.toml"  # its parent is a file: the save fails
    with pytest.raises(OSError):
        store.change(theme="dark")
    assert store.current.theme == "system"


def test_a_change_keeps_what_another_process_changed_meanwhile(tmp_path: Path) -> None:
    """The window and a command in a terminal each hold the settings: a change made by
    one is not undone when the other saves its own, and the other hears of it."""
    path = tmp_path / "settings.toml"
    window, terminal = SettingsStore(path), SettingsStore(path)
    heard: list[frozenset[str]] = []
    window.subscribe(lambda _s, changed: heard.append(changed))
    box = RemoteServer("box", "http://10.0.0.2:8080/v1")
    terminal.add_remote(box)  # `models add-remote` while the window is open
    assert window.change(theme="dark") == {"theme", "remotes"}
    assert heard == [frozenset({"theme", "remotes"})]
    assert window.current.remotes == {"box": box}
    on_disk = Settings.load(path)
    assert on_disk.theme == "dark" and on_disk.remotes == {"box": box}
    # An unreadable file is written again from this process's copy, not from defaults.
    path.write_text("this is [not toml")
    window.change(font_size=14)
    again = Settings.load(path)
    assert (again.font_size, again.theme, again.remotes) == (14, "dark", {"box": box})


CHANGER = """
import sys
from pathlib import Path
from assistant.ground.settings import RemoteServer, SettingsStore
store = SettingsStore(Path(sys.argv[1]))
for i in range(40):
    if sys.argv[2] == "remotes":
        store.add_remote(RemoteServer(f"server{i}", f"http://10.0.0.{i}:8080/v1"))
    else:
        store.change(font_size=10 + i)
"""


def test_two_processes_changing_settings_at_once_lose_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "settings.toml"
    procs = [
        subprocess.Popen([sys.executable, "-c", CHANGER, str(path), what], stderr=subprocess.PIPE)
        for what in ("remotes", "font")
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    final = Settings.load(path)
    assert len(final.remotes) == 40 and final.font_size == 49


def test_remote_servers_round_trip_and_bad_tables_are_skipped(store: SettingsStore) -> None:
    box = RemoteServer("box", "http://10.0.0.2:8080/v1", "sk-1", "qwen")
    store.add_remote(box)
    assert Settings.load(store.path).remotes == {"box": box}
    store.path.write_text(
        '[remotes.box]\nurl = "http://10.0.0.2:8080/v1"\n'
        "[remotes.broken]\nurl = 5\n"
        '[remotes.odd]\nurl = "http://x/v1"\nmodel = 7\n'
    )
    loaded = Settings.load(store.path).remotes
    assert set(loaded) == {"box", "odd"} and loaded["odd"].model == ""
    assert store.remove_remote("box") and not store.remove_remote("box")


def test_session_loads_local_models_and_names_them(session: ModelSession) -> None:
    active = session.use("tiny")
    assert active.kind == "local" and not active.is_remote and active.endpoint is None
    assert active.name == "tiny" and active.record_name == "tiny.gguf"
    assert active.identity.startswith("size:") and session.backend is session.engine
    assert session.active is active


def test_an_unreachable_server_keeps_the_model_in_use(session: ModelSession) -> None:
    before = session.use("tiny")
    gone = RemoteServer("gone", f"http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(UserError, match="Cannot reach"):
        session.use_server(gone)
    assert session.active is before and session.backend is session.engine


def test_unknown_model_names_are_a_user_error(session: ModelSession) -> None:
    with pytest.raises(UserError):
        session.use("nothing-called-this")
    assert session.active is None


def test_models_have_stable_slugs_that_names_resolve_to(tmp_path: Path) -> None:
    from assistant.models.library import model_slug

    assert model_slug("SmolLM2-135M-Instruct.Q4_1.gguf") == "smollm2-135m-instruct-q4_1"
    assert model_slug("Qwen3 4B (Thinking) Q4_K_M.gguf") == "qwen3-4b-thinking-q4_k_m"
    assert model_slug("...gguf") == "model"
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "Qwen3-4B.Q4_K_M.gguf").write_bytes(b"GGUF")
    library = ModelLibrary(folder)
    for name in ("qwen3-4b-q4_k_m", "Qwen3-4B.Q4_K_M", "QWEN3-4B.Q4_K_M.GGUF"):
        assert library.resolve(name).path.name == "Qwen3-4B.Q4_K_M.gguf"
    with pytest.raises(UserError, match="No model named"):
        library.resolve("qwen3-4b")


def test_a_new_models_folder_applies_at_once(app_home: Path, tmp_path: Path) -> None:
    from assistant.app import build_core

    core = build_core()
    try:
        other = tmp_path / "elsewhere"
        other.mkdir()
        (other / "Tiny-Model.Q8_0.gguf").write_bytes(b"GGUF")
        assert "Tiny-Model.Q8_0" not in [m.name for m in core.library.installed()]
        core.config.change(models_dir=str(other))
        assert core.library.models_dir == other
        assert "Tiny-Model.Q8_0" in [m.name for m in core.library.installed()]
        core.config.change(models_dir="")
        assert core.library.models_dir == core.paths.models
    finally:
        core.close()
