"""The window's two network features, both asked for by the user: the local API server
(Models → Local API server) and a remote model (Models → Add remote server…)."""

from __future__ import annotations

from pathlib import Path

import httpx
import openai
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.ground.settings import Settings
from assistant.gui.main_window import MainWindow
from assistant.gui.models.remote_dialog import RemoteDialog
from tests.conftest import free_port
from tests.gui_window import recording, send, shot
from tests.test_remote import llama_server

pytestmark = pytest.mark.slow


def menu_action(w: MainWindow, prefix: str):  # type: ignore[no-untyped-def]
    w.models_menu.refill()
    return next(a for a in w.models_menu.actions() if a.text().startswith(prefix))


def is_remote(w: MainWindow) -> bool:
    return w.active is not None and w.active.is_remote


def add_remote_through_dialog(w: MainWindow, name: str, url: str) -> None:
    def fill() -> None:
        dialog = next(x for x in QApplication.topLevelWidgets() if isinstance(x, RemoteDialog))
        dialog.name.setText(name)
        dialog.url.setText(url)
        shot(dialog, "remote-dialog")
        dialog.accept()

    QTimer.singleShot(0, fill)
    menu_action(w, "Add remote server").trigger()


def test_api_server_from_the_models_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    recording[0] = False  # this test's own client connects, on purpose
    port = free_port()
    w.core.config.change(server_port=port)
    toggle = menu_action(w, "Local API server")
    with qtbot.waitSignal(w.api_server.started, timeout=30_000):
        toggle.trigger()
    url = f"http://127.0.0.1:{port}/v1"
    assert w.status.api_label.isVisible() and w.status.api_label.text() == f"API {url}"
    client = openai.OpenAI(base_url=url, api_key="x", max_retries=0, timeout=120)
    assert client.models.list().data[0].id == w.active.local.slug  # type: ignore[union-attr]
    stream = client.chat.completions.create(
        model=w.active.name,  # type: ignore[union-attr]
        messages=[{"role": "user", "content": "Name a fruit."}],
        stream=True,
        max_tokens=16,
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices).strip()
    # The window's server has the same guard as `assistant serve`: a rebinding page's
    # Host, a foreign page's Origin and a text/plain body get nothing.
    rebound = httpx.get(f"{url}/models", headers={"Host": f"evil.example:{port}"})
    page = httpx.get(f"{url}/models", headers={"Origin": "http://evil.example"})
    plain = httpx.post(
        f"{url}/chat/completions", content=b"{}", headers={"Content-Type": "text/plain"}
    )
    assert (rebound.status_code, page.status_code, plain.status_code) == (403, 403, 415)
    shot(w, "api-server")
    assert menu_action(w, "Local API server").isChecked()
    with qtbot.waitSignal(w.api_server.stopped, timeout=30_000):
        menu_action(w, "Local API server").trigger()
    assert not w.status.api_label.isVisible()
    with pytest.raises(openai.APIConnectionError):
        client.models.list()


def test_remote_model_from_the_models_menu(qtbot, window: MainWindow, starter: Path) -> None:  # type: ignore[no-untyped-def]
    w = window
    recording[0] = False  # the remote server is on 127.0.0.1, added by the user
    port = free_port()
    peer = llama_server(starter, port)
    try:
        add_remote_through_dialog(w, "Peer", f"http://127.0.0.1:{port}/v1")
        qtbot.waitUntil(lambda: w.active is not None and w.active.is_remote, timeout=60_000)
        assert w.status.model_button.text() == "Peer"
        assert w.status.offline_badge.text() == f"● Remote: 127.0.0.1:{port}"
        assert "Peer" in Settings.load(w.core.paths.settings_file).remotes
        assert menu_action(w, "Peer (remote)").isChecked()
        send(qtbot, w, "Say hello in one sentence.")
        answer = w.messages.messages[-1]
        assert answer.role == "assistant" and answer.status == "complete" and answer.content
        assert w.core.repo.branch(w.conversations.current)[-1].model_file == "Peer"  # type: ignore[arg-type]
        shot(w, "remote-model")
        doc = Path(w.core.paths.data) / "notes.txt"
        doc.write_text("The river rose in spring.\n\nThe bridge was closed for a week.\n")
        w.documents.summarize(str(doc))
        assert "model on this computer" in w.banner.text() and not w.engine.busy
        # Back to the local model: offline again.
        menu_action(w, "SmolLM2").trigger()
        qtbot.waitUntil(lambda: w.active is not None and not w.active.is_remote, timeout=60_000)
        assert w.status.offline_badge.text() == "● Offline"
        # A server that is not there is said plainly and not kept; the model stays.
        add_remote_through_dialog(w, "Gone", f"http://127.0.0.1:{free_port()}/v1")
        qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=60_000)
        assert "Cannot reach" in w.banner.text()
        assert "Gone" not in w.core.settings.remotes
        assert not w.active.is_remote  # type: ignore[union-attr]
    finally:
        peer.terminate()
        peer.wait(30)


def test_the_window_answers_while_the_api_serves(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Three API clients stream long answers; the person asks in the window meanwhile:
    the window's answer comes (it goes before the programs'), and theirs finish whole."""
    import threading

    w = window
    recording[0] = False  # this test's own clients connect, on purpose
    port = free_port()
    w.core.config.change(server_port=port)
    with qtbot.waitSignal(w.api_server.started, timeout=30_000):
        menu_action(w, "Local API server").trigger()
    url = f"http://127.0.0.1:{port}/v1"
    tokens: list[int] = []

    def client(i: int) -> None:
        c = openai.OpenAI(base_url=url, api_key="x", max_retries=0, timeout=300)
        stream = c.chat.completions.create(
            model=w.active.name,  # type: ignore[union-attr]
            messages=[{"role": "user", "content": f"Tell a long story about river {i}."}],
            stream=True,
            max_tokens=200,
            stream_options={"include_usage": True},
            extra_body={"ignore_eos": True},
        )
        tokens.extend(chunk.usage.completion_tokens for chunk in stream if chunk.usage)

    clients = [threading.Thread(target=client, args=(i,)) for i in range(3)]
    for t in clients:
        t.start()
    qtbot.waitUntil(lambda: w.core.engine.answers == 3, timeout=30_000)
    send(qtbot, w, "Name a colour.")
    assert w.messages.messages[-1].role == "assistant"
    assert w.messages.messages[-1].content.strip()
    assert any(t.is_alive() for t in clients)  # answered while the programs still wrote
    shot(w, "answer-beside-api")
    for t in clients:
        t.join(300)
    assert tokens == [200, 200, 200]
    with qtbot.waitSignal(w.api_server.stopped, timeout=30_000):
        menu_action(w, "Local API server").trigger()
